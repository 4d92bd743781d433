import { describe, expect, it } from 'vitest';
import { fileFromWire, newsFromWire, noteFromWire, taskFromWire } from '../../../../main/core/providers/workity/mapping.js';
import { ItemsSchema, parseResult } from '../../../../main/core/providers/workity/schema.js';

const ctx = { accountId: 'a1', userId: '101' };
const lenny = { PersonID: 101, Name: 'Lenny Leonard' };
const carl = { PersonID: 102, Name: 'Carl Carlson' };
const project = { ProjectID: 11, Name: 'Birthday party' };

/** The shapes node-soap produces: single-element arrays as arrays, empty arrays as null, numbers parsed. */
const wire = {
  TaskItems: {
    TaskItem: [
      {
        TaskID: 7,
        Project: project,
        Title: 'Order cake',
        Details: 'Vanilla',
        IsFinished: true,
        DueDate: '2024-05-10T00:00Z',
        Modification: { Person: carl, Date: '2024-05-01T10:00+02:00' },
        Persons: { Person: [lenny] },
        Keywords: { Keyword: [{ KeywordID: 5, Name: 'party' }] },
        Revision: 3,
      },
      {
        TaskID: 8,
        Project: project,
        Title: 'Chairs',
        IsFinished: false,
        Modification: { Person: lenny, Date: '2024-05-01T11:00Z' },
        Persons: null,
        Keywords: null,
        Revision: 0,
      },
    ],
  },
  NoteItems: {
    NoteItem: {
      NoteID: 9,
      Project: project,
      Title: 'Guest list',
      Details: 'Homer',
      Modification: { Person: carl, Date: '2024-05-01T12:00Z' },
      Persons: { Person: [carl] },
      Keywords: null,
      Revision: 10,
    },
  },
  FileItems: null,
};

describe('Workity wire items to the unified model', () => {
  const items = parseResult(ItemsSchema, wire, 'GetItems');

  it('maps a task: IsFinished to done with the raw value kept, revision as text, persons and keywords', () => {
    expect(taskFromWire(ctx, items.TaskItems[0]!)).toMatchObject({
      key: 'workity:a1:task:7',
      projectRemoteId: '11',
      remoteId: '7',
      status: 'done',
      rawStatus: 'true',
      priority: null,
      dueDate: '2024-05-10',
      assignees: ['Lenny Leonard'],
      tags: ['party'],
      isMine: true,
      revision: '3',
      updatedAt: '2024-05-01T08:00:00.000Z',
      pending: false,
      conflict: false,
      extras: { personIds: ['101'], keywordIds: ['5'], modifiedBy: 'Carl Carlson' },
    });
  });

  it('copes with missing details, due date, persons and keywords', () => {
    expect(taskFromWire(ctx, items.TaskItems[1]!)).toMatchObject({
      details: '',
      dueDate: null,
      status: 'open',
      assignees: [],
      tags: [],
      isMine: false,
      revision: '0',
    });
  });

  it('maps notes and files to items', () => {
    expect(noteFromWire(ctx, items.NoteItems[0]!)).toMatchObject({
      key: 'workity:a1:note:9',
      kind: 'note',
      title: 'Guest list',
      details: 'Homer',
      revision: '10',
    });
    const [file] = parseResult(
      ItemsSchema,
      {
        FileItems: {
          FileItem: [
            {
              FileID: 3,
              Project: project,
              Name: 'a.pdf',
              ContentType: 'application/pdf',
              Size: 12,
              Modification: { Person: lenny, Date: '2024-05-01T12:00Z' },
              Persons: null,
              Keywords: null,
              Revision: 1,
            },
          ],
        },
      },
      'x',
    ).FileItems;
    expect(fileFromWire(ctx, file!)).toMatchObject({
      key: 'workity:a1:file:3',
      kind: 'file',
      title: 'a.pdf',
      extras: { contentType: 'application/pdf', size: 12 },
    });
  });

  it('turns the news search into news entries, newest first', () => {
    expect(newsFromWire(ctx, items).map((n) => n.key)).toEqual([
      'workity:a1:news:note-9',
      'workity:a1:news:task-8',
      'workity:a1:news:task-7',
    ]);
  });

  it('keeps 64-bit ids (xs:long text, as the transport hands it over) exact, past 2^53', () => {
    const big = parseResult(
      ItemsSchema,
      {
        TaskItems: {
          TaskItem: {
            TaskID: '9007199254740993',
            Project: { ProjectID: '9223372036854775807', Name: 'Huge' },
            Title: 'Big id',
            IsFinished: 'false',
            Modification: { Person: { PersonID: '9007199254740995', Name: 'Lenny Leonard' }, Date: '2024-05-01T11:00Z' },
            Persons: { Person: { PersonID: '9007199254740995', Name: 'Lenny Leonard' } },
            Keywords: { Keyword: { KeywordID: '9007199254740997', Name: 'x' } },
            Revision: '0',
          },
        },
      },
      'GetItems',
    );
    const task = taskFromWire({ accountId: 'a1', userId: '9007199254740995' }, big.TaskItems[0]!);
    expect(task).toMatchObject({
      key: 'workity:a1:task:9007199254740993',
      remoteId: '9007199254740993',
      projectRemoteId: '9223372036854775807',
      isMine: true,
      extras: { personIds: ['9007199254740995'], keywordIds: ['9007199254740997'] },
    });
    // A number past 2^53 has already lost digits: refused rather than taken for another item.
    expect(() =>
      parseResult(ItemsSchema, { TaskItems: { TaskItem: { ...wire.TaskItems.TaskItem[0], TaskID: 2 ** 53 + 2 } } }, 'GetItems'),
    ).toThrow(expect.objectContaining({ code: 'protocol' }));
  });

  it('a reply of the wrong shape is a protocol error, not a crash', () => {
    expect(() => parseResult(ItemsSchema, { TaskItems: { TaskItem: [{ TaskID: 'seven' }] } }, 'GetItems')).toThrow(
      expect.objectContaining({ code: 'protocol' }),
    );
  });
});
