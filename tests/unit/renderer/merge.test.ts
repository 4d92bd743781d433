import { describe, expect, it } from 'vitest';
import { ResolveConflictSchema } from '../../../shared/contract.js';
import type { Conflict } from '../../../shared/model.js';
import { buildResolution, diffParts, initialChoices } from '../../../renderer/logic/merge.js';

const conflict: Conflict = {
  id: 'c1',
  accountId: 'a',
  kind: 'write-write',
  key: 'workity:a:task:1',
  title: 'Boxes',
  foundAt: '2026-11-18T10:00:00Z',
  resolvedAt: null,
  serverItems: {},
  fields: {
    title: { base: 'Order boxes', mine: 'Order 40 boxes', theirs: 'Order boxes and tape' },
    assignees: { base: ['Ana'], mine: ['Ana', 'Jo'], theirs: ['Sam'] },
  },
};

describe('merge resolution', () => {
  it('starts with mine for every field and sends keep: mine when nothing changes', () => {
    expect(buildResolution(conflict, initialChoices(conflict))).toEqual({ keep: 'mine' });
  });

  it('sends keep: theirs when every field takes theirs', () => {
    const choices = { title: { side: 'theirs' as const, text: '' }, assignees: { side: 'theirs' as const, text: '' } };
    expect(buildResolution(conflict, choices)).toEqual({ keep: 'theirs' });
  });

  it('sends a merged record of every field for a mix, parsing edited lists', () => {
    const choices = {
      title: { side: 'edit' as const, text: 'Order 40 boxes and tape' },
      assignees: { side: 'theirs' as const, text: '' },
    };
    const resolution = buildResolution(conflict, choices);
    expect(resolution).toEqual({ merged: { title: 'Order 40 boxes and tape', assignees: ['Sam'] } });
    expect(ResolveConflictSchema.safeParse({ id: 'c1', ...resolution }).success).toBe(true);
    const edited = buildResolution(conflict, {
      title: { side: 'mine', text: '' },
      assignees: { side: 'edit', text: 'Ana, Jo, Ana' },
    });
    expect(edited).toEqual({ merged: { title: 'Order 40 boxes', assignees: ['Ana', 'Jo'] } });
  });

  it('marks what changed inside the text against the base', () => {
    const parts = diffParts('Order boxes', 'Order 40 boxes');
    expect(parts.filter((p) => p.added).map((p) => p.text.trim())).toEqual(['40']);
    expect(
      parts
        .filter((p) => !p.added && !p.removed)
        .map((p) => p.text)
        .join(''),
    ).toContain('boxes');
  });
});
