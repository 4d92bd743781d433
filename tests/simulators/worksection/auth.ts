import { createHash } from 'node:crypto';
import type { WorksectionState } from './data.js';

const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/** The raw query minus its `hash` pair, byte for byte as sent: the newer form hashes exactly this. */
export function queryWithoutHash(rawQuery: string): string {
  return rawQuery
    .split('&')
    .filter((pair) => !pair.startsWith('hash='))
    .join('&');
}

/**
 * Checks `hash` against the forms the server is set to accept: the seeds'
 * md5(page + action + apikey) (page empty when absent), and/or the newer
 * md5(query string without hash + apikey).
 */
export function isHashValid(state: WorksectionState, rawQuery: string, params: URLSearchParams): boolean {
  const given = params.get('hash');
  if (!given) return false;
  const legacy = md5(`${params.get('page') ?? ''}${params.get('action') ?? ''}${state.apiKey}`);
  const query = md5(`${queryWithoutHash(rawQuery)}${state.apiKey}`);
  if (state.hashMode === 'legacy') return given === legacy;
  if (state.hashMode === 'query') return given === query;
  return given === legacy || given === query;
}
