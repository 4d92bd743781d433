import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { Member } from '../../../../shared/model.js';
import { priorityLevel, priorityValue } from '../../../../shared/priority.js';
import { ASSIGNEE_FIELD, resolveAssignees } from '../../../../main/core/commands/assignees.js';
import { WEBWORK_CAPABILITIES } from '../../../../main/core/providers/webwork/index.js';
import { WORKSECTION_CAPABILITIES } from '../../../../main/core/providers/worksection/index.js';

const member = (remoteId: string, name: string, email: string | null, ref = remoteId): Member => ({
  accountId: 'a1',
  remoteId,
  name,
  email,
  ref,
});
const members = [
  member('1', 'Olivia Hart', 'olivia@acme.example'),
  member('2', 'Sam Lee', 'sam.lee@acme.example'),
  member('3', 'Sam Lee', 'sam.l@other.example'),
];
const webwork = { provider: 'webwork' as const, caps: WEBWORK_CAPABILITIES, members };

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('resolveAssignees', () => {
  it('maps a name or an e-mail, in any case, to the ref tasks use; the same person twice is once', () => {
    expect(resolveAssignees(['olivia hart', 'SAM.LEE@acme.example', 'Olivia@Acme.Example'], webwork)).toEqual(['1', '2']);
  });

  it('refuses an unknown person and an ambiguous name, naming them, with the assignee field', () => {
    const unknown = refusal(() => resolveAssignees(['Nobody'], webwork));
    expect(unknown).toMatchObject({ code: 'validation', field: ASSIGNEE_FIELD });
    expect(unknown.message).toContain('"Nobody"');
    const ambiguous = refusal(() => resolveAssignees(['sam lee'], webwork));
    expect(ambiguous.message).toContain('sam.lee@acme.example');
    expect(ambiguous.message).toContain('sam.l@other.example');
  });

  it('keeps a current assignee the members table does not list (the UI sends back what it showed)', () => {
    expect(resolveAssignees(['99'], { ...webwork, current: ['99'] })).toEqual(['99']);
  });

  it('refuses a second person where the service has one assignee', () => {
    const ws = { provider: 'worksection' as const, caps: WORKSECTION_CAPABILITIES, members };
    expect(refusal(() => resolveAssignees(['Olivia Hart', 'sam.lee@acme.example'], ws)).field).toBe(ASSIGNEE_FIELD);
  });
});

describe('priority levels', () => {
  it('maps to each service’s own values and back; a service without priorities has none', () => {
    expect(priorityValue('webwork', 'urgent')).toBe(10);
    expect(priorityValue('webwork', 'low')).toBe(40);
    expect(priorityValue('worksection', 'urgent')).toBe(10);
    expect(priorityValue('worksection', 'low')).toBe(1);
    expect(priorityValue('workity', 'high')).toBeNull();
    expect(priorityLevel('webwork', 30)).toBe('normal');
    expect(priorityLevel('worksection', 0)).toBe('low');
    expect(priorityLevel('worksection', 5)).toBe('normal');
    expect(priorityLevel('worksection', 9)).toBe('urgent');
    expect(priorityLevel('worksnaps', 3)).toBeNull();
  });
});
