import { InvalidArgumentError } from 'commander';
import { parseDue, type ParseContext } from '../../shared/dates/index.js';

/**
 * --due, --from and --to read what people type ("tomorrow", "fri", 2026-12-01)
 * through the one date parser, in the user's zone. A date that can't be read is
 * refused while the command line is parsed, so it is a usage error (exit 2)
 * naming the option and nothing is written.
 */
function context(): ParseContext {
  return { now: new Date() };
}

/** --due on `edit`: a date, or "none" to clear it (null). */
export function dueOption(value: string): string | null {
  const parsed = parseDue(value, context());
  if (!parsed.ok) throw new InvalidArgumentError(parsed.message);
  return parsed.date;
}

/** --from/--to and --due on `add`: a day, never "none". */
export function dayOption(value: string): string {
  const day = dueOption(value);
  if (day === null) throw new InvalidArgumentError('expected a date such as 2026-12-01, "today" or "fri"');
  return day;
}
