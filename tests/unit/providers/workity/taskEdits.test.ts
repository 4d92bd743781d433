import { describe, expect, it } from 'vitest';
import type { Task } from '../../../../shared/model.js';
import { checkPatch } from '../../../../main/core/providers/workity/taskEdits.js';
import { wireId } from '../../../../main/core/providers/workity/wireArgs.js';

const inConflict = { tags: ['!WRITE-WRITE-CONFLICT!', 'party'] } as Task;

describe('Workity task edits checked before sending', () => {
  it('a conflict keyword already on the task is not held to the 20-character user tag rule', () => {
    expect('!WRITE-WRITE-CONFLICT!'.length).toBeGreaterThan(20);
    expect(() => checkPatch({ tags: [...inConflict.tags, 'bowling'] }, inConflict)).not.toThrow();
    expect(() => checkPatch({ tags: ['party'] }, inConflict)).not.toThrow();
  });

  it('user tags still are, and a conflict keyword cannot be added by hand', () => {
    expect(() => checkPatch({ tags: ['a-tag-that-is-far-too-long'] }, inConflict)).toThrow(
      expect.objectContaining({ code: 'validation', field: 'tags' }),
    );
    expect(() => checkPatch({ tags: ['!DELETE-WRITE-CONFLICT!'] }, inConflict)).toThrow(
      expect.objectContaining({ code: 'validation', field: 'tags' }),
    );
  });
});

describe('Workity ids on the wire', () => {
  it('keeps 64-bit ids as exact text and refuses a number that is no longer exact', () => {
    expect(wireId('taskId', '9007199254740993')).toBe('9007199254740993');
    expect(wireId('taskId', '9223372036854775807')).toBe('9223372036854775807');
    expect(wireId('taskId', 1007)).toBe('1007');
    expect(() => wireId('taskId', '9223372036854775808')).toThrow(expect.objectContaining({ field: 'taskId' }));
    expect(() => wireId('taskId', 2 ** 53 + 2)).toThrow(expect.objectContaining({ code: 'validation', field: 'taskId' }));
    expect(() => wireId('projectRemoteId', '11; DROP')).toThrow(expect.objectContaining({ field: 'projectRemoteId' }));
  });
});
