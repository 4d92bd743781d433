import type { Capabilities } from '../../../../shared/model.js';
import { registerSecret } from '../../log.js';
import type { RetryOptions } from '../../net/retry.js';
import { checkBaseUrl } from '../../accounts/baseUrl.js';
import { checkWorksnapsTime } from './offlineTime.js';
import type { AccountInput, ProviderAdapter, ProviderContext } from '../types.js';
import { WorksnapsClient } from './client.js';
import { createSession, type WorksnapsSession } from './session.js';

export type { WorksnapsSession } from './session.js';

const DEFAULT_BASE_URL = 'https://api.worksnaps.com';

export const WORKSNAPS_CAPABILITIES: Capabilities = {
  statusChanges: false,
  doingStatus: false,
  dueDates: false,
  details: true,
  deleteTasks: true,
  comments: false,
  costs: false,
  timeEntries: true,
  timers: false,
  news: false,
  conflictCopies: false,
  assignees: true,
  tags: false,
  notesAndFiles: false,
  priority: false,
  subtasks: false,
  singleAssignee: false,
  logTime: true,
  editTime: true,
  deleteTime: true,
  startTimer: false,
  titleMax: null,
  notes: {
    priority: 'Worksnaps tasks have no priority.',
    subtasks: 'Worksnaps tasks have no subtasks.',
    startTimer: 'Worksnaps tracks time with its desktop client; Worktray logs offline time only.',
    statusChanges: 'Worksnaps tasks have no finished flag, so every task shows as open; delete a task you no longer need.',
    doingStatus: 'Worksnaps tasks have no status at all.',
    dueDates: 'Worksnaps tasks have no due date.',
    comments: 'Worksnaps tasks have no comments; time entries carry a comment instead.',
    timers: 'Worksnaps tracks time with its desktop client; Worktray logs offline time only.',
    tags: 'Worksnaps tasks have no tags.',
  },
};

/** Accepts scheme+host, or a URL that already ends in /api (the client adds /api itself). */
export function normaliseBaseUrl(raw: string | null): string {
  const value = (raw ?? DEFAULT_BASE_URL).trim();
  const url = checkBaseUrl(value, 'worksnaps', DEFAULT_BASE_URL);
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/api$/, '')}`;
}

export interface WorksnapsAdapterOptions {
  /** Backoff for reads; tests pass small waits. */
  retry?: RetryOptions;
}

/** The shared adapter, whose sessions also offer the Worksnaps-only calls. */
export interface WorksnapsAdapter extends ProviderAdapter {
  connect(ctx: ProviderContext): WorksnapsSession;
}

export function createWorksnapsAdapter(options: WorksnapsAdapterOptions = {}): WorksnapsAdapter {
  return {
    id: 'worksnaps',
    capabilities: WORKSNAPS_CAPABILITIES,
    // Assigning and tagging are add/remove calls on the service: a set, whatever order it lists them in.
    unorderedFields: ['assignees', 'tags'],
    defaultBaseUrl: DEFAULT_BASE_URL,
    checkTimeEntry: checkWorksnapsTime,
    prepareAccount: (input: AccountInput) => ({ baseUrl: normaliseBaseUrl(input.baseUrl), settings: {} }),
    connect(ctx: ProviderContext): WorksnapsSession {
      // The token travels base64-encoded in the Authorization header; an echoing server could show either form.
      registerSecret(ctx.secret);
      registerSecret(Buffer.from(`${ctx.secret}:ignored`).toString('base64'));
      const client = new WorksnapsClient({
        baseUrl: normaliseBaseUrl(ctx.account.baseUrl),
        token: ctx.secret,
        timeoutMs: ctx.timeoutMs,
        log: ctx.log,
        retry: options.retry,
      });
      return createSession(ctx, client);
    },
  };
}

export const worksnapsAdapter = createWorksnapsAdapter();
