import type { UndoChange, UndoOutcome, UndoReport } from '../../../shared/contract.js';
import { toAppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { EventBus } from '../events.js';
import type { SyncService } from '../sync/syncService.js';
import type { Mutations } from './mutations.js';
import type { OutboxActions } from './outboxActions.js';
import { undoDelete, undoEdit } from './undoTasks.js';

export interface UndoDeps {
  cache: Cache;
  mutations: Mutations;
  outbox: OutboxActions;
  sync: Pick<SyncService, 'exclusive'>;
  events: EventBus;
  /** What a change made here tells the windows (tasks:changed and the outbox counts). */
  onChange: (accountId: string) => void;
}

/** The one place that knows how to take back what the user did; a batch is one call. */
export interface Undo {
  run(changes: UndoChange[]): Promise<UndoReport>;
}

/**
 * "Mark all read" calls Workity's ResetNews, which has no opposite: the news comes back
 * here only, and the outcome says so rather than claiming the service has it unread.
 */
function undoNewsRead(deps: UndoDeps, change: Extract<UndoChange, { kind: 'news.read' }>): UndoOutcome {
  const { cache } = deps;
  const provider = cache.accounts.get(change.accountId)?.provider;
  const current = cache.records.news(change.accountId);
  const known = new Set(current.map((item) => item.key));
  const back = change.items.filter((item) => item.accountId === change.accountId && !known.has(item.key));
  cache.records.replaceNews(change.accountId, [...current, ...back]);
  deps.events.emit('news:changed', { accountId: change.accountId, unread: current.length + back.length });
  const service = provider ? PROVIDER_NAMES[provider] : 'The service';
  return {
    kind: change.kind,
    key: change.accountId,
    how: 'local',
    result: null,
    message: `News is unread again here only: ${service} has no way to mark it unread, so the next sync clears it`,
  };
}

export function createUndo(deps: UndoDeps): Undo {
  const one = async (change: UndoChange): Promise<UndoOutcome> => {
    try {
      switch (change.kind) {
        case 'task.edit':
          return await undoEdit(deps, change);
        case 'task.delete':
          return await undoDelete(deps, change);
        case 'news.read':
          return undoNewsRead(deps, change);
        default: {
          const never: never = change;
          throw new Error(`unknown change ${JSON.stringify(never)}`);
        }
      }
    } catch (error) {
      const key = change.kind === 'news.read' ? change.accountId : change.key;
      return { kind: change.kind, key, how: 'failed', result: null, message: toAppError(error).message };
    }
  };
  return {
    // Each account's changes wait for its own pushes; different accounts go side by side.
    run: async (changes) => ({ outcomes: await Promise.all(changes.map(one)) }),
  };
}
