import {
  DEFAULT_SETTINGS,
  type AccountSyncStatus,
  type Comment,
  type OutboxEntryView,
  type PublicAccount,
  type Settings,
} from '../../shared/contract.js';
import type { Conflict, NewsItem, Project, Task, TimeEntry, Timer, WorkityItem } from '../../shared/model.js';

/** Everything the in-memory API holds; tests read and change it directly. */
export interface MemoryState {
  accounts: PublicAccount[];
  projects: Project[];
  tasks: Task[];
  items: WorkityItem[];
  comments: Record<string, Comment[]>;
  news: NewsItem[];
  conflicts: Conflict[];
  time: TimeEntry[];
  timers: Timer[];
  outbox: OutboxEntryView[];
  sync: AccountSyncStatus[];
  settings: Settings;
  /** Secrets the add form sent; kept so tests can prove none ever comes back out. */
  secrets: Record<string, string>;
}

export { DEFAULT_SETTINGS };

export function emptyState(): MemoryState {
  return {
    accounts: [],
    projects: [],
    tasks: [],
    items: [],
    comments: {},
    news: [],
    conflicts: [],
    time: [],
    timers: [],
    outbox: [],
    sync: [],
    settings: { ...DEFAULT_SETTINGS },
    secrets: {},
  };
}
