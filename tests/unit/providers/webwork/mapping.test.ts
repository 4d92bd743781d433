import { describe, expect, it } from 'vitest';
import type { Task } from '../../../../shared/model.js';
import {
  patchToBody,
  statusFromRaw,
  statusToRaw,
  toProject,
  toTask,
  toTimeEntry,
  toTimer,
} from '../../../../main/core/providers/webwork/mapping.js';
import { daysOf } from '../../../../main/core/providers/webwork/dates.js';
import { TaskSchema } from '../../../../main/core/providers/webwork/schema.js';

const wireTask = TaskSchema.parse({
  id: 500,
  title: 'Implement user authentication',
  description: 'Add OAuth2 authentication support',
  project_id: 100,
  owner_id: 10,
  creator_id: 100,
  status: 11,
  priority: 20,
  start_date: '2024-01-15',
  end_date: '2024-01-30',
  completed_at: null,
  assignees: [
    { id: 100, firstname: 'John', lastname: 'Doe', email: 'john.doe@example.com', user_id: 100, task_id: 500, assigner_id: 101 },
  ],
  has_details: false,
  created_at: '2024-01-15T09:00:00Z',
  updated_at: '2024-01-20T14:30:00Z',
  deleted_at: null,
});

describe('WebWork status mapping', () => {
  it('maps 0/10/20/30 to open/doing/done/done and custom codes by their decade', () => {
    expect([0, 1, 2, 10, 11, 20, 21, 30].map(statusFromRaw)).toEqual([
      'open',
      'open',
      'open',
      'doing',
      'doing',
      'done',
      'done',
      'done',
    ]);
  });

  it('sends base codes, keeping the current one when it already means the status', () => {
    expect(statusToRaw('done', 30)).toBe(30);
    expect(statusToRaw('done', 10)).toBe(20);
    expect(statusToRaw('doing', 11)).toBe(10);
    expect(statusToRaw('open', null)).toBe(0);
  });
});

describe('WebWork task mapping', () => {
  it('maps the documented task example, keeping raw status and priority', () => {
    const task = toTask(wireTask, { accountId: 'a1', userId: 100 });
    expect(task).toMatchObject({
      key: 'webwork:a1:task:500',
      projectRemoteId: '100',
      remoteId: '500',
      title: 'Implement user authentication',
      details: 'Add OAuth2 authentication support',
      status: 'doing',
      rawStatus: '11',
      priority: 20,
      dueDate: '2024-01-30',
      assignees: ['100'],
      isMine: true,
      revision: '2024-01-20T14:30:00Z',
      pending: false,
      conflict: false,
      tags: [],
    });
    expect(task.extras).toMatchObject({ startDate: '2024-01-15', assigneeNames: ['John Doe'] });
    expect(toTask(wireTask, { accountId: 'a1', userId: 7 }).isMine).toBe(false);
  });

  it('builds a PUT body from a patch with the wire names', () => {
    const base = { rawStatus: '30' } as Task;
    expect(patchToBody(base, { title: 'T', details: '', status: 'done', dueDate: null, priority: 10, tags: ['x'] })).toEqual({
      title: 'T',
      description: null,
      status: 30,
      end_date: null,
      priority: 10,
    });
  });

  it('marks archived projects', () => {
    expect(toProject({ id: 1, name: 'Old', status: 0, deleted_at: null }, 'a').archived).toBe(true);
    expect(toProject({ id: 2, name: 'New', status: 1, deleted_at: null }, 'a')).toMatchObject({
      archived: false,
      key: 'webwork:a:project:2',
    });
  });
});

describe('WebWork time mapping', () => {
  it('joins day and HH:MM, and computes minutes when no duration is given', () => {
    const entry = toTimeEntry(
      { id: 9, date: '2024-03-01', start_time: '09:00', end_time: '10:30', project_id: 5, task_id: null, notes: 'x' },
      'a',
    );
    expect(entry).toMatchObject({
      start: '2024-03-01T09:00:00',
      end: '2024-03-01T10:30:00',
      minutes: 90,
      projectRemoteId: '5',
      taskRemoteId: null,
    });
  });

  it('keys a timer by its user, one tracker per user', () => {
    const timer = toTimer({ start_time: '2024-03-01T09:00:00Z', task_id: 7, task_title: 'Fix it' }, 'a', 4, 'Marco Rossi');
    expect(timer).toMatchObject({
      key: 'webwork:a:timer:4',
      remoteId: '4',
      taskRemoteId: '7',
      title: 'Fix it',
      userName: 'Marco Rossi',
    });
  });

  it('lists the days of a range, keeping the latest when it is too long', () => {
    const range = { from: new Date('2024-02-27T22:00:00Z'), to: new Date('2024-03-02T01:00:00Z') };
    expect(daysOf(range, 10, 'UTC')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
    expect(daysOf(range, 2, 'UTC')).toEqual(['2024-03-01', '2024-03-02']);
  });
});
