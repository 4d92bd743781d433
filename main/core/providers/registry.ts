import { AppError } from '../../../shared/errors.js';
import { ProviderIdSchema, type ProviderId } from '../../../shared/model.js';
import type { ProviderAdapter } from './types.js';
import { webworkAdapter } from './webwork/index.js';
import { workityAdapter } from './workity/index.js';
import { worksectionAdapter } from './worksection/index.js';
import { worksnapsAdapter } from './worksnaps/index.js';

/** The providers a core can talk to; tests hand createCore fakes in place of the real ones. */
export type ProviderRegistry = Partial<Record<ProviderId, ProviderAdapter>>;

/** Adding a provider is one line here; everything else lives in its own folder. */
export const DEFAULT_PROVIDERS: ProviderRegistry = {
  worksnaps: worksnapsAdapter,
  worksection: worksectionAdapter,
  workity: workityAdapter,
  webwork: webworkAdapter,
};

/** The adapter of `provider` in `registry`, or a validation error naming the providers there are. */
export function adapterIn(registry: ProviderRegistry, provider: string): ProviderAdapter {
  const parsed = ProviderIdSchema.safeParse(provider);
  const adapter = parsed.success ? registry[parsed.data] : undefined;
  if (!adapter) {
    const known = Object.keys(registry);
    throw new AppError(
      'validation',
      `Unknown provider "${provider}": use ${known.slice(0, -1).join(', ')}${known.length > 1 ? ' or ' : ''}${known.at(-1) ?? ''}`,
      { field: 'provider' },
    );
  }
  return adapter;
}

export function getAdapter(provider: string): ProviderAdapter {
  return adapterIn(DEFAULT_PROVIDERS, provider);
}

export function allAdapters(registry: ProviderRegistry = DEFAULT_PROVIDERS): ProviderAdapter[] {
  return Object.values(registry);
}
