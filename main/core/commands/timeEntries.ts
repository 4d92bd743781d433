import { randomUUID } from 'node:crypto';
import type { EditTimeInput, LogTimeInput, MutationResult, StartTimerInput } from '../../../shared/contract.js';
import { stampToInstant } from '../../../shared/dates/wire.js';
import { AppError, validationError } from '../../../shared/errors.js';
import {
  isLocalKey,
  parseKey,
  PROVIDER_NAMES,
  recordKey,
  type Account,
  type Capabilities,
  type TimeEntry,
  type Timer,
} from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { OutboxChange, OutboxEntry } from '../cache/outboxRepo.js';
import { bookedFields, getTimeEntry, putTimeEntry, removeTimeEntry, resolveTimeKey } from '../cache/timeRows.js';
import type { NewTimeEntry, ProviderAdapter, ProviderSession } from '../providers/types.js';
import type { Mutations } from './mutations.js';

export interface TimeEntriesDeps {
  cache: Cache;
  /** Its `settle` pushes an entry now and tells what became of it, as for tasks. */
  mutations: Pick<Mutations, 'settle'>;
  adapterOf: (provider: string) => ProviderAdapter;
  sessionFor: (account: Account) => ProviderSession;
}

/** Booking, changing and deleting time, and starting a service's timer. */
export interface TimeEntries {
  log(input: LogTimeInput): Promise<MutationResult>;
  edit(input: EditTimeInput): Promise<MutationResult>;
  remove(key: string): Promise<MutationResult>;
  startTimer(input: StartTimerInput): Promise<Timer>;
}

type TimeAbility = 'logTime' | 'editTime' | 'deleteTime' | 'startTimer';

const CANNOT: Record<TimeAbility, string> = {
  logTime: 'book time',
  editTime: 'change booked time',
  deleteTime: 'delete booked time',
  startTimer: 'start a timer',
};

function requireAbility(account: Account, caps: Capabilities, ability: TimeAbility): void {
  if (caps[ability]) return;
  const name = PROVIDER_NAMES[account.provider];
  throw new AppError('unsupported', caps.notes[ability] ?? `${name} does not let clients ${CANNOT[ability]}`, {
    provider: account.provider,
  });
}

function instant(value: string, field: string): string {
  // A Worksection cost is dated by its day only: that day's start stands for it.
  const stamp = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00` : value;
  const parsed = stampToInstant(stamp);
  if (!parsed) throw validationError(field, 'expected an ISO 8601 date and time such as 2026-12-01T09:00');
  return parsed;
}

/** The end from --end or --minutes (never both), checked to come after the start. */
function endOf(start: string, input: { end?: string; minutes?: number }, keptMinutes: number | null): string {
  if (input.end !== undefined && input.minutes !== undefined)
    throw validationError('minutes', 'give either an end or a number of minutes, not both');
  if (input.minutes !== undefined && input.minutes <= 0) throw validationError('minutes', 'minutes must be more than 0');
  const minutes = input.minutes ?? keptMinutes;
  if (input.end === undefined && minutes === null) throw validationError('end', 'give an end or a number of minutes');
  const end =
    input.end !== undefined ? instant(input.end, 'end') : new Date(Date.parse(start) + (minutes ?? 0) * 60_000).toISOString();
  if (Date.parse(end) <= Date.parse(start)) throw validationError('end', 'the end must come after the start');
  return end;
}

export function createTimeEntries(deps: TimeEntriesDeps): TimeEntries {
  const { cache } = deps;

  const accountOf = (accountId: string): Account => {
    const account = cache.accounts.get(accountId);
    if (!account) throw new AppError('not-found', `No account with id ${accountId}`, { field: 'account' });
    return account;
  };

  const requireEntry = (requested: string): TimeEntry => {
    const entry = getTimeEntry(cache.db, resolveTimeKey(cache.db, requested));
    if (!entry) throw new AppError('not-found', `No booked time with key ${requested} in the cache`, { field: 'key' });
    return entry;
  };

  /** Cache and outbox in one transaction, then pushed at once; the remote id is the entry key's. */
  const queue = async (account: Account, key: string, change: OutboxChange, apply: () => void): Promise<MutationResult> => {
    const id = cache.transaction(() => {
      apply();
      return cache.outbox.add({ accountId: account.id, key, ...change });
    });
    const result = await deps.mutations.settle(account.id, id, key);
    const current = resolveTimeKey(cache.db, result.key);
    return { ...result, key: current, remoteId: isLocalKey(current) ? null : (parseKey(current)?.remoteId ?? null) };
  };

  return {
    async log(input) {
      const account = accountOf(input.accountId);
      const adapter = deps.adapterOf(account.provider);
      requireAbility(account, adapter.capabilities, 'logTime');
      const start = instant(input.start, 'start');
      const entry: NewTimeEntry = {
        projectRemoteId: input.projectRemoteId,
        taskRemoteId: input.taskRemoteId ?? null,
        start,
        end: endOf(start, input, null),
        note: input.note ?? '',
      };
      adapter.checkTimeEntry?.(entry);
      const kind = adapter.capabilities.costs && !adapter.capabilities.timeEntries ? 'cost' : 'time';
      const key = recordKey(account.provider, account.id, kind, `local-${randomUUID()}`);
      const local: TimeEntry = { key, accountId: account.id, kind, ...bookedFields(entry) };
      return queue(account, key, { op: 'time.create', payload: { entry } }, () => putTimeEntry(cache.db, local));
    },

    async edit(input) {
      const before = requireEntry(input.key);
      const account = accountOf(before.accountId);
      const adapter = deps.adapterOf(account.provider);
      requireAbility(account, adapter.capabilities, 'editTime');
      if (!before.start || !before.projectRemoteId)
        throw validationError('key', 'this entry has no start or project to change it by', account.provider);
      const start = instant(input.start ?? before.start, 'start');
      const entry: NewTimeEntry = {
        projectRemoteId: before.projectRemoteId,
        taskRemoteId: before.taskRemoteId,
        start,
        end: endOf(start, input, before.minutes),
        note: input.note ?? before.note,
      };
      adapter.checkTimeEntry?.(entry, before);
      const change: OutboxChange = { op: 'time.update', payload: { before, entry } };
      return queue(account, before.key, change, () => putTimeEntry(cache.db, { ...before, ...bookedFields(entry) }));
    },

    async remove(requested) {
      const entry = requireEntry(requested);
      const account = accountOf(entry.accountId);
      requireAbility(account, deps.adapterOf(account.provider).capabilities, 'deleteTime');
      const change: OutboxChange = { op: 'time.delete', payload: { entry } };
      return queue(account, entry.key, change, () => removeTimeEntry(cache.db, entry.key));
    },

    /** A timer runs on the service now or not at all: nothing is queued. */
    async startTimer(input) {
      const account = accountOf(input.accountId);
      requireAbility(account, deps.adapterOf(account.provider).capabilities, 'startTimer');
      const session = deps.sessionFor(account);
      if (!session.startTimer) throw new AppError('unsupported', CANNOT.startTimer, { provider: account.provider });
      const timer = await session.startTimer({
        projectRemoteId: input.projectRemoteId ?? null,
        taskRemoteId: input.taskRemoteId ?? null,
        note: input.note ?? '',
      });
      cache.records.replaceTimers(account.id, [...cache.records.timers(account.id).filter((t) => t.key !== timer.key), timer]);
      return timer;
    },
  };
}

/**
 * A dropped time change puts the cache back as the server has it: a booking
 * never sent goes, a deleted entry comes back, an edit shows what it replaced
 * (unless later changes of the same entry are still queued).
 */
export function discardTime(cache: Cache, entry: OutboxEntry, othersQueued: boolean): void {
  const op = entry.op === 'damaged' ? entry.storedOp : entry.op;
  if (op === 'time.create' && !othersQueued && isLocalKey(entry.key)) removeTimeEntry(cache.db, entry.key);
  if (entry.op === 'time.delete') putTimeEntry(cache.db, { ...entry.payload.entry, key: entry.key });
  if (entry.op === 'time.update' && !othersQueued) putTimeEntry(cache.db, { ...entry.payload.before, key: entry.key });
}

/** What the outbox list shows for a time change: its note, else when it starts. */
export function timeTitle(entry: { note: string; start: string | null }): string {
  return entry.note.trim() || `Time from ${entry.start ?? 'an unknown start'}`;
}
