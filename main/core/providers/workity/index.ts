import { validationError } from '../../../../shared/errors.js';
import type { Capabilities } from '../../../../shared/model.js';
import { registerSecret } from '../../log.js';
import type { RetryOptions } from '../../net/retry.js';
import { checkBaseUrl } from '../../accounts/baseUrl.js';
import type { AccountInput, ProviderAdapter } from '../types.js';
import { WorkitySession } from './session.js';

export const WORKITY_DEFAULT_URL = 'https://www.workity.com/services/api.asmx';

export const WORKITY_CAPABILITIES: Capabilities = {
  statusChanges: true,
  doingStatus: false,
  dueDates: true,
  details: true,
  deleteTasks: true,
  comments: false,
  costs: false,
  timeEntries: false,
  timers: false,
  news: true,
  conflictCopies: true,
  assignees: true,
  tags: true,
  notesAndFiles: true,
  priority: false,
  subtasks: false,
  singleAssignee: false,
  logTime: false,
  editTime: false,
  deleteTime: false,
  startTimer: false,
  titleMax: 100,
  notes: {
    priority: 'Workity tasks have no priority.',
    subtasks: 'Workity tasks have no subtasks.',
    logTime: 'Workity does not track time.',
    editTime: 'Workity does not track time.',
    deleteTime: 'Workity does not track time.',
    startTimer: 'Workity has no timers.',
    doingStatus: 'Workity tasks are either unfinished or finished.',
    comments: 'The Workity API has no comments; notes are separate items.',
    costs: 'Workity does not track costs.',
    timeEntries: 'Workity does not track time.',
    timers: 'Workity has no timers.',
  },
};

export interface WorkityAdapterOptions {
  /** Backoff for read retries (tests pass tiny waits). */
  retry?: RetryOptions;
}

export function createWorkityAdapter(options: WorkityAdapterOptions = {}): ProviderAdapter {
  return {
    id: 'workity',
    capabilities: WORKITY_CAPABILITIES,
    // Assigning and tagging are add/remove calls on the service: a set, whatever order it lists them in.
    unorderedFields: ['assignees', 'tags'],
    defaultBaseUrl: WORKITY_DEFAULT_URL,
    prepareAccount(input: AccountInput) {
      const email = input.email?.trim() ?? '';
      if (!/^[^\s@]+@[^\s@]+$/.test(email))
        throw validationError('email', 'Workity logs in with the e-mail address of the account', 'workity');
      const baseUrl = input.baseUrl?.trim() || WORKITY_DEFAULT_URL;
      checkBaseUrl(baseUrl, 'workity', WORKITY_DEFAULT_URL);
      return { baseUrl, settings: { email } };
    },
    connect(ctx) {
      registerSecret(ctx.secret);
      return new WorkitySession(ctx, options.retry);
    },
  };
}

export const workityAdapter = createWorkityAdapter();

export { WorkitySession } from './session.js';
export { WorkityClient } from './client.js';
export { workityWsdlPath, WORKITY_NS } from './wsdl.js';
