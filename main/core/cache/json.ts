import type { ZodType } from 'zod';
import { createLogger } from '../log.js';

const log = createLogger('cache');

/**
 * Parses a JSON column that a pull or a later write rebuilds (settings,
 * extras, conflict details). An empty column is the fallback; corrupt text or
 * a value of the wrong shape is the fallback too, but said out loud in the log.
 * Nothing a user queued goes through here: the outbox reads its rows with its
 * own schema and fails a damaged entry instead (outboxChange.ts).
 */
export function parseJson<T>(text: string | null | undefined, fallback: T, schema?: ZodType<T>): T {
  if (text === null || text === undefined || text === '') return fallback;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    log.warn('a cached JSON column is corrupt; using the default', { length: text.length });
    return fallback;
  }
  if (!schema) return value as T;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  log.warn('a cached JSON column has an unexpected shape; using the default', { issue: parsed.error.issues[0]?.message });
  return fallback;
}
