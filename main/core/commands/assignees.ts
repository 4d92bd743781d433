import { AppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, type Capabilities, type Member, type ProviderId } from '../../../shared/model.js';

/** The field a person-naming refusal carries: the CLI reports it as a usage error (exit 2), as for a bad flag. */
export const ASSIGNEE_FIELD = 'assignee';

export interface AssigneeScope {
  provider: ProviderId;
  caps: Capabilities;
  /** The people the account can see (members table). */
  members: Member[];
  /** The task's current assignees (refs): kept as they are even when the members table does not list them. */
  current?: string[];
}

const same = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();

function refusal(message: string, provider: ProviderId): AppError {
  return new AppError('validation', message, { field: ASSIGNEE_FIELD, provider });
}

/** One person, by name or e-mail (case-insensitive, exact); an exact ref of a member or a current assignee also passes. */
function refOf(person: string, scope: AssigneeScope): string {
  const wanted = person.trim();
  const byName = scope.members.filter((m) => same(m.name, wanted) || same(m.email, wanted));
  const unique = [...new Map(byName.map((m) => [m.ref, m])).values()];
  const [only] = unique;
  if (only && unique.length === 1) return only.ref;
  if (unique.length > 1) {
    const who = unique.map((m) => (m.email ? `${m.name} <${m.email}>` : `${m.name} (id ${m.remoteId})`)).join(', ');
    throw refusal(`"${wanted}" could be any of ${who}; give the e-mail instead`, scope.provider);
  }
  if (scope.current?.includes(wanted) || scope.members.some((m) => m.ref === wanted)) return wanted;
  throw refusal(
    `No one called "${wanted}" among the people this ${PROVIDER_NAMES[scope.provider]} account can see (worktray members lists them; sync first if they are new)`,
    scope.provider,
  );
}

/**
 * Maps people named by the user to what the service's tasks hold as assignees
 * (Member.ref). Nothing is queued when one of them is unknown or ambiguous.
 */
export function resolveAssignees(people: string[], scope: AssigneeScope): string[] {
  const refs = [...new Set(people.map((p) => refOf(p, scope)))];
  if (scope.caps.singleAssignee && refs.length > 1) {
    throw refusal(`${PROVIDER_NAMES[scope.provider]} tasks have one assignee; give --assignee once`, scope.provider);
  }
  return refs;
}
