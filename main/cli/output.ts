import { AppError, toAppError } from '../../shared/errors.js';
import { redact } from '../core/log.js';

export interface Output {
  json: boolean;
  /** Prints the command's result: one JSON document, or lines for people. */
  result(value: unknown, human?: () => string): void;
  /** Prints a failure and returns the exit code (1). */
  failure(error: unknown): number;
  progress(text: string, done: number, total: number): void;
  progressDone(): void;
}

export function createOutput(json: boolean, out = process.stdout, err = process.stderr): Output {
  const bar = err.isTTY === true;
  return {
    json,
    result(value, human) {
      if (json) out.write(`${JSON.stringify(value, null, 2)}\n`);
      else out.write(`${human ? human() : JSON.stringify(value, null, 2)}\n`);
    },
    failure(error) {
      const appError = toAppError(error);
      const payload = {
        code: appError.code,
        message: redact(appError.message),
        provider: appError.provider,
        providerCode: appError.providerCode,
        ...(appError.field ? { field: appError.field } : {}),
      };
      if (json) err.write(`${JSON.stringify({ error: payload })}\n`);
      else
        err.write(
          `worktray: ${payload.message}${appError instanceof AppError && appError.providerMessage && !payload.message.includes(appError.providerMessage) ? ` (${redact(appError.providerMessage)})` : ''}\n`,
        );
      return 1;
    },
    progress(text, done, total) {
      if (!bar) return;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      err.write(`\r${text.padEnd(28).slice(0, 28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    progressDone() {
      if (bar) err.write('\r\x1b[K');
    },
  };
}

/** Renders rows as aligned columns for people. */
export function table(rows: object[], columns: string[]): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length))));
  const line = (values: string[]): string =>
    values
      .map((v, i) => v.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(columns), ...cells.map(line)].join('\n');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
