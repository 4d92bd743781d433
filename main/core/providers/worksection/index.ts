import { validationError } from '../../../../shared/errors.js';
import type { Capabilities } from '../../../../shared/model.js';
import { registerSecret } from '../../log.js';
import type { RetryOptions } from '../../net/retry.js';
import { checkBaseUrl } from '../../accounts/baseUrl.js';
import type { AccountInput, ProviderAdapter, ProviderContext } from '../types.js';
import { WorksectionClient } from './client.js';
import { HASH_MODES, type HashMode } from './hash.js';
import { WorksectionSession } from './session.js';
import { checkWorksectionTime } from './costEntries.js';

export const WORKSECTION_CAPABILITIES: Capabilities = {
  statusChanges: true,
  doingStatus: false,
  dueDates: true,
  details: true,
  deleteTasks: false,
  comments: true,
  costs: true,
  timeEntries: false,
  timers: true,
  news: false,
  conflictCopies: false,
  assignees: true,
  tags: true,
  notesAndFiles: false,
  priority: true,
  subtasks: true,
  singleAssignee: true,
  logTime: true,
  editTime: true,
  deleteTime: true,
  startTimer: false,
  titleMax: null,
  notes: {
    startTimer: 'The Worksection API can stop timers but not start them.',
    doingStatus: 'Worksection tasks are either open or done.',
    deleteTasks: 'Worksection’s API does not delete tasks, on purpose.',
    timeEntries: 'Worksection records time as costs; they are listed under Costs.',
    news: 'Worksection has no news feed of its own in the admin API.',
    conflictCopies: 'Worksection keeps no conflict copies; offline edits are compared with the server instead.',
    notesAndFiles: 'Notes and files are Workity items.',
  },
};

export interface WorksectionAdapterOptions {
  /** Retry timing for reads (tests shorten it). */
  retry?: RetryOptions;
  /** Wait after `Quota exceeded` when the server names no time; the quota is per minute. */
  quotaWaitMs?: number;
}

/** Account base URL: scheme and host of the account (https://DOMAIN.worksection.com), nothing after. */
function prepareAccount(input: AccountInput): { baseUrl: string; settings: Record<string, unknown> } {
  if (!input.baseUrl)
    throw validationError('baseUrl', 'give your account’s address, e.g. https://yourcompany.worksection.com', 'worksection');
  const url = checkBaseUrl(input.baseUrl, 'worksection', 'https://yourcompany.worksection.com');
  return { baseUrl: url.origin, settings: input.email ? { email: input.email } : {} };
}

function rememberedMode(ctx: ProviderContext): HashMode | null {
  const mode = ctx.account.settings.hashMode;
  return HASH_MODES.find((m) => m === mode) ?? null;
}

export function createWorksectionAdapter(options: WorksectionAdapterOptions = {}): ProviderAdapter {
  return {
    id: 'worksection',
    capabilities: WORKSECTION_CAPABILITIES,
    // Assigning and tagging are add/remove calls on the service: a set, whatever order it lists them in.
    unorderedFields: ['assignees', 'tags'],
    defaultBaseUrl: null,
    checkTimeEntry: checkWorksectionTime,
    prepareAccount,
    connect(ctx: ProviderContext): WorksectionSession {
      registerSecret(ctx.secret);
      const client = new WorksectionClient({
        baseUrl: ctx.account.baseUrl,
        apiKey: ctx.secret.trim(),
        timeoutMs: ctx.timeoutMs,
        log: ctx.log,
        hashMode: rememberedMode(ctx),
        onHashMode: (hashMode) => ctx.saveSettings({ hashMode }),
        retry: options.retry,
        quotaWaitMs: options.quotaWaitMs ?? 20_000,
      });
      return new WorksectionSession(ctx, client);
    },
  };
}

export const worksectionAdapter = createWorksectionAdapter();
export { WorksectionSession } from './session.js';
