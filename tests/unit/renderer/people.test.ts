import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/model.js';
import { assigneeWords, indexPeople, labelPeople, UNKNOWN_PERSON } from '../../../renderer/logic/people.js';
import { countTitle } from '../../../renderer/logic/titleLimit.js';

const member = (over: Partial<Member>): Member => ({
  accountId: 'a',
  remoteId: '1',
  name: 'Ana Lima',
  email: 'ana@example.com',
  ref: '1',
  ...over,
});

describe('people by name', () => {
  const members = [
    member({}),
    member({ remoteId: '2', ref: '2', name: '', email: 'noname@example.com' }),
    member({ remoteId: '3', ref: '3', name: 'Jo', email: null }),
    member({ remoteId: '4', ref: '4', name: 'Jo', email: null }),
    member({ accountId: 'b', remoteId: '1', ref: '1', name: 'Other account', email: null }),
  ];
  const index = indexPeople(members);

  it('shows the name with the e-mail on hover, the e-mail only where there is no name', () => {
    expect(labelPeople(index, 'a', ['1', '2'])).toEqual([
      { ref: '1', text: 'Ana Lima', title: 'ana@example.com', known: true },
      { ref: '2', text: 'noname@example.com', title: 'noname@example.com', known: true },
    ]);
  });

  it('shows an unknown ref as "Unknown person", the id only in the hover text', () => {
    const [unknown] = labelPeople(index, 'a', ['99']);
    expect(unknown).toMatchObject({ text: UNKNOWN_PERSON, known: false });
    expect(unknown!.title).toContain('99');
  });

  it('reads refs within their own account', () => {
    expect(labelPeople(index, 'b', ['1'])[0]!.text).toBe('Other account');
  });

  it('names people for tasks:edit by e-mail, else a unique name, else the ref', () => {
    const own = members.filter((m) => m.accountId === 'a');
    expect(assigneeWords(['1', '3', 'x'], own)).toEqual(['ana@example.com', '3', 'x']);
    expect(assigneeWords(['3'], own.slice(0, 3))).toEqual(['Jo']);
  });
});

describe('the title counter', () => {
  it('appears from 80% of the limit, with thousands separated', () => {
    expect(countTitle(818, 1024, 'webwork').isNear).toBe(false);
    expect(countTitle(820, 1024, 'webwork')).toMatchObject({ isNear: true, isOver: false, text: '820 / 1,024', problem: null });
  });

  it('over the limit says why saving is off, naming the service', () => {
    const count = countTitle(1030, 1024, 'webwork');
    expect(count).toMatchObject({ isOver: true, text: '1,030 / 1,024' });
    expect(count.problem).toBe('Title is too long for WebWork Tracker (1,024 characters at most); take out 6.');
  });
});
