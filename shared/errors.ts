import { z } from 'zod';

/** Every failure that crosses a module or process boundary has one of these codes. */
export const ERROR_CODES = [
  'auth',
  'forbidden',
  'not-found',
  'validation',
  'conflict',
  'rate-limited',
  'offline',
  'server',
  'protocol',
  'unsupported',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  provider: z.string().nullable(),
  providerCode: z.union([z.string(), z.number()]).nullable(),
  providerMessage: z.string().nullable(),
  field: z.string().nullable(),
  retryable: z.boolean(),
});
/** The serialisable form of an AppError: what the CLI prints and IPC carries. */
export type ErrorPayload = z.infer<typeof ErrorPayloadSchema>;

export interface AppErrorOptions {
  provider?: string | null;
  providerCode?: string | number | null;
  providerMessage?: string | null;
  field?: string | null;
  retryable?: boolean;
  /** How long the server asked us to wait (HTTP Retry-After, quota windows). */
  retryAfterMs?: number | null;
  cause?: unknown;
}

const RETRYABLE_BY_DEFAULT: Record<ErrorCode, boolean> = {
  auth: false,
  forbidden: false,
  'not-found': false,
  validation: false,
  conflict: false,
  'rate-limited': true,
  offline: true,
  server: true,
  protocol: false,
  unsupported: false,
};

/** The one error type of Worktray. Messages never hold a secret: callers pass redacted text. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly provider: string | null;
  readonly providerCode: string | number | null;
  readonly providerMessage: string | null;
  readonly field: string | null;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.provider = options.provider ?? null;
    this.providerCode = options.providerCode ?? null;
    this.providerMessage = options.providerMessage ?? null;
    this.field = options.field ?? null;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT[code];
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: this.message,
      provider: this.provider,
      providerCode: this.providerCode,
      providerMessage: this.providerMessage,
      field: this.field,
      retryable: this.retryable,
    };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Wraps anything thrown into an AppError without leaking a stack or a secret to the caller. */
export function toAppError(value: unknown, provider: string | null = null): AppError {
  if (value instanceof AppError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new AppError('server', `Unexpected failure: ${message}`, { provider, retryable: false, cause: value });
}

export function validationError(field: string, message: string, provider: string | null = null): AppError {
  return new AppError('validation', `${field}: ${message}`, { field, provider });
}

export function unsupported(provider: string, what: string): AppError {
  return new AppError('unsupported', `${what} is not implemented for ${provider}`, { provider });
}

/** The `{ ok, value } | { ok, error }` that crosses process lines instead of a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
