import axios, { AxiosError, type AxiosInstance, type AxiosRequestConfig } from 'axios';
import { AppError } from '../../../shared/errors.js';
import { redact } from '../log.js';

export interface HttpOptions {
  baseURL: string;
  timeoutMs: number;
  headers?: Record<string, string>;
  /** Raw text bodies: each provider parses (and so can report) malformed replies itself. */
  responseType?: 'text' | 'json';
}

/** An axios instance that never throws on an HTTP status, so each provider maps its own error bodies. */
export function createHttp(options: HttpOptions): AxiosInstance {
  return axios.create({
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    headers: options.headers,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxRedirects: 0,
    proxy: false,
  });
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/** Turns a transport failure (no HTTP reply at all) into an `offline` AppError. */
export function networkError(error: unknown, provider: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof AxiosError || (error instanceof Error && 'code' in error)) {
    const code = String((error as { code?: string }).code ?? '');
    const what = code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timed out' : 'could not be reached';
    if (NETWORK_CODES.has(code) || /socket hang up|aborted|timeout/i.test(error.message)) {
      return new AppError('offline', `${providerLabel(provider)} ${what} (${code || error.message})`, {
        provider,
        providerCode: code || null,
        retryable: true,
      });
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('offline', `${providerLabel(provider)} could not be reached: ${redact(message)}`, {
    provider,
    retryable: true,
  });
}

/** Maps an HTTP status the provider gave no better word for onto the shared codes. */
export function statusError(status: number, provider: string, detail: string, headers: Record<string, unknown> = {}): AppError {
  const text = redact(detail);
  if (status === 429) {
    return new AppError('rate-limited', `${providerLabel(provider)} asks us to slow down (HTTP 429)`, {
      provider,
      providerCode: 429,
      providerMessage: text || null,
      retryAfterMs: retryAfterMs(headers['retry-after']),
    });
  }
  const code =
    status === 401
      ? 'auth'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not-found'
          : status >= 500
            ? 'server'
            : 'validation';
  return new AppError(code, `${providerLabel(provider)} answered HTTP ${status}${text ? `: ${text}` : ''}`, {
    provider,
    providerCode: status,
    providerMessage: text || null,
  });
}

export function retryAfterMs(header: unknown): number | null {
  if (typeof header !== 'string' && typeof header !== 'number') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(String(header));
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** A short, redacted excerpt of a body that could not be parsed, for `protocol` errors. */
export function excerpt(body: unknown, max = 120): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  const flat = redact(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function protocolError(provider: string, what: string, body: unknown): AppError {
  return new AppError('protocol', `${providerLabel(provider)} sent ${what}: "${excerpt(body)}"`, { provider });
}

const LABELS: Record<string, string> = {
  worksnaps: 'Worksnaps',
  worksection: 'Worksection',
  workity: 'Workity',
  webwork: 'WebWork Tracker',
};

function providerLabel(provider: string): string {
  return LABELS[provider] ?? provider;
}

export type { AxiosInstance, AxiosRequestConfig };
