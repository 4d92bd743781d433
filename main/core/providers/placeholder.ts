import { unsupported } from '../../../shared/errors.js';
import type { Capabilities, ProviderId } from '../../../shared/model.js';
import type { ProviderAdapter } from './types.js';

export const NO_CAPABILITIES: Capabilities = {
  statusChanges: false,
  doingStatus: false,
  dueDates: false,
  details: false,
  deleteTasks: false,
  comments: false,
  costs: false,
  timeEntries: false,
  timers: false,
  news: false,
  conflictCopies: false,
  assignees: false,
  tags: false,
  notesAndFiles: false,
  notes: {},
};

/** Stands in for a provider whose client is not built yet: every call says so plainly. */
export function placeholderAdapter(id: ProviderId, defaultBaseUrl: string | null): ProviderAdapter {
  return {
    id,
    capabilities: NO_CAPABILITIES,
    defaultBaseUrl,
    prepareAccount: () => {
      throw unsupported(id, 'This provider');
    },
    connect: () => {
      throw unsupported(id, 'This provider');
    },
  };
}
