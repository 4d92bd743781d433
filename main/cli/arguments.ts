import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { MergedFieldsSchema, type MergedFields } from '../../shared/contract.js';

/**
 * A usage error found after parsing (a missing choice between options): exit
 * 2, like commander's own, naming the field.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

const DIGITS = /^\d+$/;

/**
 * The parser for every whole-number option and argument (commander's
 * argParser): only plain digits within [min, max]. Number.parseInt read
 * `3abc` as 3 and `1e309` as 1, and `outbox discard 3abc` then dropped entry 3.
 */
export function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const parsed = DIGITS.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    }
    return parsed;
  };
}

export const outboxId = integer(1, 2_147_483_647);
export const port = integer(0, 65_535);
export const limit = integer(1, 100_000);
/** Minutes of booked time: up to a day. */
export const minutes = integer(1, 24 * 60);

/** `--merged FILE.json`: read and checked against the same schema as the page's merge, before anything opens. */
export function mergedFile(path: string): MergedFields {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidArgumentError(`Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError('The file is not JSON: give an object of {field: value}.');
  }
  const parsed = MergedFieldsSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
  throw new InvalidArgumentError(`${field ? `${field}: ` : ''}${issue?.message ?? 'not a set of task fields'}.`);
}

/** The option or argument a commander usage message names (`option '--limit <n>'`, `argument 'id'`), for --json. */
export function fieldOfUsage(message: string): string | undefined {
  const match = /option '--([\w-]+)|argument '([\w-]+)'|option '([\w-]+)'/.exec(message);
  const name = match?.[1] ?? match?.[2] ?? match?.[3];
  return name?.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
