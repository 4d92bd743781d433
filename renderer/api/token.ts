/** Where the web host's per-launch token is kept so a reload keeps working without showing it in the URL. */
export const TOKEN_STORAGE_KEY = 'worktray.token';

export interface TokenEnv {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState'>;
}

/**
 * Reads `?token=` from the page URL, stores it for reloads and removes it from
 * the visible address (so it is not shared by a copied link or a screenshot).
 */
export function takeToken(env: TokenEnv): string | null {
  const params = new URLSearchParams(env.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    env.storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(null, '', `${env.location.pathname}${rest ? `?${rest}` : ''}${env.location.hash}`);
    return fromUrl;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}

export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, token: string | null): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return `${scheme}://${location.host}/ws${query}`;
}
