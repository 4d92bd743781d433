import { AppError, validationError } from '../../../../shared/errors.js';
import type { Capabilities } from '../../../../shared/model.js';
import { registerSecret } from '../../log.js';
import type { RetryOptions } from '../../net/retry.js';
import { checkBaseUrl } from '../../accounts/baseUrl.js';
import type { AccountInput, ProviderAdapter, ProviderContext } from '../types.js';
import { WebworkClient } from './client.js';
import { PROVIDER } from './schema.js';
import { WebworkSession } from './session.js';
import { checkWebworkTime } from './bookedTime.js';

export const WEBWORK_DEFAULT_BASE_URL = 'https://api.webwork-tracker.com/api/v2';

export const WEBWORK_CAPABILITIES: Capabilities = {
  statusChanges: true,
  doingStatus: true,
  dueDates: true,
  details: true,
  deleteTasks: true,
  comments: false,
  costs: false,
  timeEntries: true,
  timers: true,
  news: false,
  conflictCopies: false,
  assignees: true,
  tags: false,
  notesAndFiles: false,
  priority: true,
  subtasks: true,
  singleAssignee: false,
  logTime: true,
  editTime: false,
  deleteTime: false,
  startTimer: true,
  titleMax: 1024,
  notes: {
    editTime: 'The WebWork Tracker v2 API has no call to change a time entry; change it on the website.',
    deleteTime: 'The WebWork Tracker v2 API has no call to delete a time entry; delete it on the website.',
    comments: 'The WebWork Tracker v2 API has no task comments.',
    costs: 'WebWork Tracker tracks time; expenses are not part of Worktray.',
    news: 'News is a Workity feature.',
    conflictCopies: 'WebWork Tracker keeps no conflict copies; offline edits are compared field by field.',
    tags: 'WebWork Tracker tasks have no tags.',
    notesAndFiles: 'Notes and files are Workity items.',
  },
};

export interface WebworkAdapterOptions {
  /** Backoff for reads and 429s; tests pass small timeouts. */
  retry?: RetryOptions;
  /** Days of time entries a pull reads at most (one request per day). Default 31. */
  maxTimeDays?: number;
}

function prepareAccount(input: AccountInput): { baseUrl: string; settings: Record<string, unknown> } {
  const baseUrl = (input.baseUrl?.trim() || WEBWORK_DEFAULT_BASE_URL).replace(/\/+$/, '');
  checkBaseUrl(baseUrl, 'webwork', WEBWORK_DEFAULT_BASE_URL);
  const settings: Record<string, unknown> = {};
  const workspace = input.workspace?.trim();
  if (workspace) {
    if (!/^\d+$/.test(workspace)) throw validationError('workspace', 'a WebWork workspace is its numeric id', PROVIDER);
    settings.workspace = workspace;
  }
  return { baseUrl, settings };
}

export function createWebworkAdapter(options: WebworkAdapterOptions = {}): ProviderAdapter {
  return {
    id: 'webwork',
    capabilities: WEBWORK_CAPABILITIES,
    // Assigning and tagging are add/remove calls on the service: a set, whatever order it lists them in.
    unorderedFields: ['assignees', 'tags'],
    defaultBaseUrl: WEBWORK_DEFAULT_BASE_URL,
    checkTimeEntry: checkWebworkTime,
    prepareAccount,
    connect(ctx: ProviderContext): WebworkSession {
      const token = ctx.secret.trim();
      if (!token) throw new AppError('auth', 'WebWork Tracker needs an API token', { provider: PROVIDER });
      registerSecret(ctx.secret);
      registerSecret(token);
      const client = new WebworkClient({
        baseUrl: ctx.account.baseUrl,
        token,
        timeoutMs: ctx.timeoutMs,
        log: ctx.log,
        retry: options.retry,
      });
      return new WebworkSession(ctx, client, { maxTimeDays: options.maxTimeDays ?? 31 });
    },
  };
}

export const webworkAdapter = createWebworkAdapter();
