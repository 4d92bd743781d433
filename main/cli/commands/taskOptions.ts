import { Option, type Command } from 'commander';
import type { MutationResult } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, type Member, type ProviderId, type Task } from '../../../shared/model.js';
import { PRIORITY_LEVELS, priorityLevel, priorityValue, type PriorityLevel } from '../../../shared/priority.js';
import { UsageError } from '../arguments.js';
import type { CliContext } from '../context.js';

/** The flags `add` and `edit` share: people, priority. */
export interface PeopleFlags {
  /** Repeated --assignee values; false after --no-assignee. */
  assignee?: string[] | false;
  priority?: PriorityLevel;
}

const collect = (value: string, previous: unknown): string[] => [...(Array.isArray(previous) ? previous : []), value];

export function addPeopleOptions(command: Command): Command {
  return command
    .option('--assignee <nameOrEmail>', 'a person as `worktray members` lists them (repeat for several)', collect)
    .option('--no-assignee', 'assign no one')
    .addOption(new Option('--priority <level>', 'the task priority').choices(PRIORITY_LEVELS));
}

/** The assignees to send: the people named, none after --no-assignee, or undefined when neither was given. */
export function assigneesOf(flags: PeopleFlags): string[] | undefined {
  if (flags.assignee === false) return [];
  return Array.isArray(flags.assignee) ? flags.assignee : undefined;
}

/** The service's own value for a priority level, refused with the service's reason where it has none. */
export async function priorityOf(
  ctx: CliContext,
  provider: ProviderId,
  level: PriorityLevel | undefined,
): Promise<number | undefined> {
  if (level === undefined) return undefined;
  const value = priorityValue(provider, level);
  if (value !== null) return value;
  const caps = (await ctx.call('capabilities:get', {}))[provider];
  const reason = caps.notes.priority ?? `${PROVIDER_NAMES[provider]} tasks have no priority`;
  throw new AppError('unsupported', reason, { provider, field: 'priority' });
}

/** A person the account cannot see (or several matching) is a usage error, like a bad flag: exit 2, nothing written. */
export async function asUsage(change: Promise<MutationResult>): Promise<MutationResult> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof AppError && error.field === 'assignee') throw new UsageError(error.message, 'assignee');
    throw error;
  }
}

/** The extra fields of a `tasks` row: assignees as people, the priority level, the parent, the service's own status. */
export function taskExtras(t: Task, people: Map<string, Member>) {
  return {
    assignees: t.assignees.map((ref) => {
      const m = people.get(`${t.accountId}\u0000${ref}`);
      return { name: m?.name ?? ref, email: m?.email ?? null };
    }),
    priority: priorityLevel(t.provider, t.priority),
    rawPriority: t.priority,
    parentRemoteId: t.parentRemoteId,
    rawStatus: t.rawStatus,
    statusName: typeof t.extras.statusName === 'string' ? t.extras.statusName : null,
  };
}

/** Members by account and the ref tasks name them by. */
export async function peopleIndex(ctx: CliContext, accountId?: string): Promise<Map<string, Member>> {
  const members = await ctx.call('members:list', { accountId });
  return new Map(members.map((m) => [`${m.accountId}\u0000${m.ref}`, m]));
}
