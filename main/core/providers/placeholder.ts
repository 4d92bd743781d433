import { unsupported } from '../../../shared/errors.js';
import { NO_CAPABILITIES, type ProviderId } from '../../../shared/model.js';

export { NO_CAPABILITIES };
import type { ProviderAdapter } from './types.js';

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
