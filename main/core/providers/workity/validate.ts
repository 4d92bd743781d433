import { validationError } from '../../../../shared/errors.js';

// Date and time checks and conversions live in dates.ts; re-exported for the callers that validate through here.
export { checkDateTime, dueDateFromWire, dueDateToWire, instantFromWire, localDateTime } from './dates.js';

/**
 * Checks the seed says the server would answer with a fault, done before
 * sending so the user gets a `validation` error naming the field.
 */
const PROVIDER = 'workity';
const KEYWORD = /^\S{1,20}$/;

export function checkTitle(field: string, value: string): string {
  if (value.length === 0) throw validationError(field, 'must not be empty', PROVIDER);
  if (value.length > 100) throw validationError(field, `must be at most 100 characters (has ${value.length})`, PROVIDER);
  return value;
}

export function checkSearchString(value: string): string {
  if (value.length > 50) throw validationError('searchString', `must be at most 50 characters (has ${value.length})`, PROVIDER);
  return value;
}

export function checkKeyword(value: string, field = 'keyword'): string {
  if (!KEYWORD.test(value)) throw validationError(field, 'must be 1 to 20 characters without spaces', PROVIDER);
  return value;
}
