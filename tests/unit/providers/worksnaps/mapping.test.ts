import { describe, expect, it } from 'vitest';
import {
  assigneesByTask,
  nestedAssignments,
  taskRevision,
  toProject,
  toTask,
  toTimeEntry,
} from '../../../../main/core/providers/worksnaps/mapping.js';
import { TaskSchema, TimeEntrySchema, readList, readOne } from '../../../../main/core/providers/worksnaps/schema.js';
import { parseReply } from '../../../../main/core/providers/worksnaps/xml.js';

describe('worksnaps mapping', () => {
  it('maps a project; a status other than active (any case) means archived', () => {
    const base = { id: '7', name: 'Site', description: '', status: 'Active' };
    expect(toProject('a1', base)).toMatchObject({ key: 'worksnaps:a1:project:7', remoteId: '7', name: 'Site', archived: false });
    expect(toProject('a1', { ...base, status: 'inactive' }).archived).toBe(true);
    expect(toProject('a1', { ...base, status: '' }).archived).toBe(false);
  });

  it('maps a task as open with no invented status, and marks it mine by assignment', () => {
    const task = toTask('a1', '7', { id: '42', name: 'Fix login', description: 'SSO' }, ['5', '9'], '9');
    expect(task).toMatchObject({
      key: 'worksnaps:a1:task:42',
      projectRemoteId: '7',
      title: 'Fix login',
      details: 'SSO',
      status: 'open',
      rawStatus: null,
      dueDate: null,
      assignees: ['5', '9'],
      isMine: true,
      pending: false,
      conflict: false,
    });
    expect(toTask('a1', '7', { id: '42', name: 'Fix login', description: 'SSO' }, ['5'], '9').isMine).toBe(false);
    expect(toTask('a1', '7', { id: '42', name: 'x', description: '' }, [], null).isMine).toBe(false);
  });

  it('derives a revision that changes exactly when name or description does', () => {
    expect(taskRevision('a', 'b')).toBe(taskRevision('a', 'b'));
    expect(taskRevision('a', 'b')).not.toBe(taskRevision('a', 'c'));
    expect(taskRevision('ab', '')).not.toBe(taskRevision('a', 'b'));
  });

  it('maps a time entry from Unix seconds; task 0 (Default Activity) has no task', () => {
    const entry = TimeEntrySchema.parse({
      id: '3',
      project_id: '7',
      user_id: '9',
      task_id: '0',
      from_timestamp: '1300616400',
      duration_in_minutes: '10',
      type: 'online',
      user_comment: '',
    });
    expect(toTimeEntry('a1', entry)).toEqual({
      key: 'worksnaps:a1:time:3',
      accountId: 'a1',
      kind: 'time',
      projectRemoteId: '7',
      taskRemoteId: null,
      start: '2011-03-20T10:20:00.000Z',
      end: '2011-03-20T10:30:00.000Z',
      minutes: 10,
      note: '',
    });
  });

  it('reads lists of one, many and none, whatever the list root is called', () => {
    const one = parseReply('<tasks><task><id type="integer">1</id><name>A &amp; B</name><description/></task></tasks>', 'test');
    expect(readList(one, 'tasks', 'task', TaskSchema)).toEqual([{ id: '1', name: 'A & B', description: '' }]);
    const two = parseReply('<list><task><id>1</id><name>A</name></task><task><id>2</id><name>B</name></task></list>', 'test');
    expect(readList(two, 'tasks', 'task', TaskSchema).map((t) => t.id)).toEqual(['1', '2']);
    expect(readList(parseReply('<tasks></tasks>', 'test'), 'tasks', 'task', TaskSchema)).toEqual([]);
    expect(readList(parseReply('<tasks/>', 'test'), 'tasks', 'task', TaskSchema)).toEqual([]);
  });

  it('reads a single element bare or wrapped in <reply>', () => {
    expect(readOne(parseReply('<task><id>1</id><name>A</name></task>', 't'), 'task', TaskSchema).id).toBe('1');
    expect(readOne(parseReply('<reply><task><id>1</id><name>A</name></task></reply>', 't'), 'task', TaskSchema).id).toBe('1');
  });

  it('turns a reply of the wrong shape into a protocol error, never a crash', () => {
    expect(() => readOne(parseReply('<reply><status>1</status></reply>', 't'), 'task', TaskSchema)).toThrow(
      /without a <task> element/,
    );
    expect(() =>
      readList(parseReply('<tasks><task><name>no id</name></task></tasks>', 't'), 'tasks', 'task', TaskSchema),
    ).toThrow(/unexpected <task> \(id/);
    expect(() => parseReply('<html><body>Bad gateway<br></body></html>', 'GET /x')).toThrow(/malformed XML reply to GET \/x/);
  });

  it('collects assignees per task, and reads nested assignments', () => {
    const rows = [
      { id: '1', task_id: '10', user_id: '5' },
      { id: '2', task_id: '10', user_id: '6' },
      { id: '3', task_id: '11', user_id: '5' },
    ];
    expect(Object.fromEntries(assigneesByTask(rows))).toEqual({ '10': ['5', '6'], '11': ['5'] });
    const task = readOne(
      parseReply(
        '<task><id>10</id><name>A</name><task_assignments><task_assignment><id>1</id><task_id>10</task_id><user_id>5</user_id></task_assignment></task_assignments></task>',
        't',
      ),
      'task',
      TaskSchema,
    );
    expect(nestedAssignments(task)?.map((a) => a.user_id)).toEqual(['5']);
    expect(nestedAssignments({ id: '1', name: 'x', description: '' })).toBeNull();
  });
});
