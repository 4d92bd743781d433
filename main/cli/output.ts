import { toAppError } from '../../shared/errors.js';
import { errorSentence } from '../../shared/messages/errorSentence.js';
import { redact } from '../core/log.js';

export interface Output {
  json: boolean;
  /** Prints the command's result: one JSON document, or lines for people. */
  result(value: unknown, human?: () => string): void;
  /** Prints a failure and returns the exit code (1). */
  failure(error: unknown): number;
  /** Prints a usage error (exit 2): one line and a pointer to --help, or the JSON error `usage`. */
  usage(message: string, field?: string): number;
  progress(text: string, done: number, total: number): void;
  progressDone(): void;
}

/*
 * Server text (titles, details, names, error messages) reaches the terminal
 * only through here. A terminal acts on control characters — ESC sequences
 * retitle the window, rewrite the screen or the clipboard — so human output
 * keeps newlines and tabs and drops every other C0/C1 control and the bidi
 * overrides that make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// JSON.stringify escapes C0; these it leaves raw, and a terminal or a JavaScript consumer may still act on them.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, '');
}

/** One JSON document whose every character is printable ASCII-safe text; parses back to the same value. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function errorPayload(error: unknown): { payload: Record<string, unknown>; line: string } {
  const appError = toAppError(error);
  const message = redact(appError.message);
  const payload = {
    code: appError.code,
    message,
    provider: appError.provider,
    providerCode: appError.providerCode,
    ...(appError.field ? { field: appError.field } : {}),
  };
  // People read a sentence naming the field or the service; the code stays in --json.
  const line = errorSentence({
    ...payload,
    field: appError.field,
    providerMessage: appError.providerMessage === null ? null : redact(appError.providerMessage),
  });
  return { payload, line: redact(line) };
}

/** Where output goes: stdout and stderr, or a test's capture. */
export interface Sink {
  write(text: string): unknown;
  isTTY?: boolean;
}

export function createOutput(json: boolean, out: Sink = process.stdout, err: Sink = process.stderr): Output {
  const bar = err.isTTY === true;
  return {
    json,
    result(value, human) {
      if (json) out.write(`${safeJson(value, 2)}\n`);
      else out.write(`${sanitizeForTerminal(human ? human() : JSON.stringify(value, null, 2))}\n`);
    },
    failure(error) {
      const { payload, line } = errorPayload(error);
      if (json) err.write(`${safeJson({ error: payload })}\n`);
      else err.write(`worktray: ${sanitizeForTerminal(line)}\n`);
      return 1;
    },
    usage(message, field) {
      if (json) err.write(`${safeJson({ error: { code: 'usage', message, ...(field ? { field } : {}) } })}\n`);
      else err.write(`worktray: ${sanitizeForTerminal(message)}\nRun 'worktray --help' for the commands and their options.\n`);
      return 2;
    },
    progress(text, done, total) {
      if (!bar) return;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const label = sanitizeForTerminal(text).padEnd(28).slice(0, 28);
      err.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    progressDone() {
      if (bar) err.write('\r\x1b[K');
    },
  };
}

/** Renders rows as aligned columns for people; a line break inside a cell would break the columns. */
export function table(rows: object[], columns: string[]): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length))));
  // The last column pads nothing, so it is never cut: it is where a sentence (an error, a change in words) goes.
  const last = columns.length - 1;
  const line = (values: string[]): string =>
    values
      .map((v, i) => (i === last ? v : v.slice(0, widths[i]).padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns), ...cells.map(line)].join('\n');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  return sanitizeForTerminal(text).replace(/[\n\t]/g, ' ');
}
