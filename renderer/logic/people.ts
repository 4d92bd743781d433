import type { Member } from '../../shared/model.js';

/**
 * People as a person reads them: a task names its assignees by the service's
 * ref (a user id, an e-mail or a name, see Member.ref); these turn refs into
 * names, and names back into what tasks:edit takes, so no screen shows a bare id.
 */
export interface PersonLabel {
  ref: string;
  /** The name, or the e-mail where the service has no name, or "Unknown person". */
  text: string;
  /** What hovering shows: the e-mail, or for an unknown person the ref it came as. */
  title: string;
  known: boolean;
}

export const UNKNOWN_PERSON = 'Unknown person';

/** Each account's members by ref: `people.get(accountId)?.get(ref)`. */
export type PeopleIndex = Map<string, Map<string, Member>>;

export function indexPeople(members: readonly Member[]): PeopleIndex {
  const index: PeopleIndex = new Map();
  for (const member of members) {
    const own = index.get(member.accountId) ?? new Map<string, Member>();
    own.set(member.ref, member);
    index.set(member.accountId, own);
  }
  return index;
}

export function labelPerson(member: Member | undefined, ref: string): PersonLabel {
  if (!member) {
    return { ref, text: UNKNOWN_PERSON, title: `Not among the people this account can see (${ref})`, known: false };
  }
  const name = member.name.trim();
  if (name) return { ref, text: name, title: member.email ?? name, known: true };
  return { ref, text: member.email ?? UNKNOWN_PERSON, title: member.email ?? ref, known: member.email !== null };
}

export function labelPeople(index: PeopleIndex, accountId: string, refs: readonly string[]): PersonLabel[] {
  const own = index.get(accountId);
  return refs.map((ref) => labelPerson(own?.get(ref), ref));
}

/**
 * What tasks:edit takes for these refs: the e-mail where there is one (it is
 * unique), else the name where no one else of the account has it, else the
 * ref itself (the core takes a member's or a current assignee's exact ref).
 */
export function assigneeWords(refs: readonly string[], members: readonly Member[]): string[] {
  return refs.map((ref) => {
    const member = members.find((m) => m.ref === ref);
    if (!member) return ref;
    if (member.email) return member.email;
    const sameName = members.filter((m) => m.name.trim().toLowerCase() === member.name.trim().toLowerCase());
    return member.name.trim() && sameName.length === 1 ? member.name : ref;
  });
}

/** A project the sidebar has not read yet (a pull brought it; projects reload when the pull ends): never its bare id. */
export const UNKNOWN_PROJECT = 'Unknown project';
