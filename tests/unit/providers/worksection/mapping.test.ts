import { describe, expect, it } from 'vitest';
import {
  costTime,
  flattenTasks,
  inputDate,
  parseCostMinutes,
  toCostEntry,
} from '../../../../main/core/providers/worksection/mapping.js';
import type { WireTask } from '../../../../main/core/providers/worksection/schema.js';
import { updateParams } from '../../../../main/core/providers/worksection/update.js';

const me = { id: '10', email: 'me@acme.test' };

function wire(id: string, extra: Partial<WireTask> = {}): WireTask {
  return { id, name: `Task ${id}`, status: 'active', priority: '3', tags: {}, ...extra };
}

describe('worksection mapping', () => {
  it('flattens two levels of child tasks with their parents, keeping raw status and string ids', () => {
    const tree = [wire('1', { child: [wire('2', { child: [wire('3', { status: 'done', date_end: '2030-01-02' })] })] })];
    const tasks = flattenTasks({ accountId: 'a', me }, tree, '7');
    expect(tasks.map((t) => [t.remoteId, t.parentRemoteId, t.projectRemoteId])).toEqual([
      ['1', null, '7'],
      ['2', '1', '7'],
      ['3', '2', '7'],
    ]);
    expect(tasks[2]).toMatchObject({
      status: 'done',
      rawStatus: 'done',
      dueDate: '2030-01-02',
      priority: 3,
      key: 'worksection:a:task:3',
      pending: false,
      conflict: false,
    });
  });

  it('marks tasks assigned to "me" and ignores the NOONE/ANY placeholders', () => {
    const tasks = flattenTasks(
      { accountId: 'a', me },
      [
        wire('1', { user_to: { id: '10', email: 'ME@acme.test', name: 'Me' } }),
        wire('2', { user_to: { id: '1', email: 'NOONE', name: "Executive isn't assigned" } }),
        wire('3', { user_to: { id: '2', email: 'ANY', name: 'Anyone' } }),
      ],
      '7',
    );
    expect(tasks.map((t) => [t.isMine, t.assignees])).toEqual([
      [true, ['ME@acme.test']],
      [false, []],
      [false, []],
    ]);
  });

  it('changes the revision fingerprint exactly when an editable field changes', () => {
    const [a] = flattenTasks({ accountId: 'a', me }, [wire('1', { tags: { '5': 'bug' } })], '7');
    const [b] = flattenTasks({ accountId: 'a', me }, [wire('1', { tags: { '5': 'bug' }, date_added: '2030-01-01 10:00' })], '7');
    const [c] = flattenTasks({ accountId: 'a', me }, [wire('1', { tags: { '5': 'bug', '6': 'urgent' } })], '7');
    expect(a!.revision).toBe(b!.revision);
    expect(c!.revision).not.toBe(a!.revision);
  });

  it('converts dates and cost times both ways', () => {
    expect(inputDate('2030-05-17')).toBe('17.05.2030');
    expect(parseCostMinutes('6:50')).toBe(410);
    expect(parseCostMinutes('103:39')).toBe(6219);
    expect(parseCostMinutes('0.15')).toBe(9);
    expect(costTime(90)).toBe('1:30');
    expect(
      toCostEntry('a', { id: '9', comment: 'x', time: '1:05', date: '2030-01-01', task: { id: '3', project: { id: '7' } } }),
    ).toMatchObject({ kind: 'cost', minutes: 65, projectRemoteId: '7', taskRemoteId: '3', start: '2030-01-01' });
  });
});

describe('worksection updates', () => {
  it('turns a patch into update_task parameters', () => {
    expect(updateParams({ title: 'New', dueDate: null, assignees: ['taras@acme.test'] })).toEqual({
      title: 'New',
      dateend: '',
      email_user_to: 'taras@acme.test',
    });
    expect(updateParams({ assignees: [], priority: 7 })).toEqual({ email_user_to: 'NOONE', priority: '7' });
  });

  it('refuses what the API cannot do: a description change or a "doing" status', () => {
    expect(() => updateParams({ details: 'x' })).toThrow(expect.objectContaining({ code: 'unsupported', field: 'details' }));
    expect(() => updateParams({ status: 'doing' })).toThrow(expect.objectContaining({ code: 'validation', field: 'status' }));
  });
});
