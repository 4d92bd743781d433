import { AppError } from '../../../shared/errors.js';
import { ProviderIdSchema, type ProviderId } from '../../../shared/model.js';
import type { ProviderAdapter } from './types.js';
import { webworkAdapter } from './webwork/index.js';
import { workityAdapter } from './workity/index.js';
import { worksectionAdapter } from './worksection/index.js';
import { worksnapsAdapter } from './worksnaps/index.js';

/** Adding a provider is one line here; everything else lives in its own folder. */
const ADAPTERS: Record<ProviderId, ProviderAdapter> = {
  worksnaps: worksnapsAdapter,
  worksection: worksectionAdapter,
  workity: workityAdapter,
  webwork: webworkAdapter,
};

export function getAdapter(provider: string): ProviderAdapter {
  const parsed = ProviderIdSchema.safeParse(provider);
  if (!parsed.success) {
    throw new AppError('validation', `Unknown provider "${provider}": use worksnaps, worksection, workity or webwork`, {
      field: 'provider',
    });
  }
  return ADAPTERS[parsed.data];
}

export function allAdapters(): ProviderAdapter[] {
  return Object.values(ADAPTERS);
}
