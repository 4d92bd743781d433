import { AppError } from '../../../../shared/errors.js';
import type { Logger } from '../../log.js';
import { createHttp, networkError, type AxiosInstance } from '../../net/http.js';
import { withRetry, type RetryOptions } from '../../net/retry.js';
import { readErrorInfo, replyError } from './errors.js';
import { readStatus } from './schema.js';
import { buildBody, parseReply, type XmlDoc } from './xml.js';

export interface TransportOptions {
  /** scheme+host; requests go to `${baseUrl}/api/...`. */
  baseUrl: string;
  token: string;
  timeoutMs: number;
  log: Logger;
  /** Backoff for reads; tests pass small waits. */
  retry?: RetryOptions;
}

export type Query = Record<string, string | number | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: XmlDoc;
}

/** Path segments are ids: digits only (or `;`-joined digits), so nothing can steer the URL elsewhere. */
export function idSegment(value: string, field: string): string {
  if (!/^\d+(;\d+)*$/.test(value)) {
    throw new AppError('validation', `${field}: "${value}" is not a Worksnaps id`, { provider: 'worksnaps', field });
  }
  return value;
}

/** Throws when a write reply says `<status>0</status>` without an error body. */
export function expectStatus(doc: XmlDoc, what: string): void {
  if (!readStatus(doc)) throw new AppError('server', `Worksnaps did not ${what} (status 0)`, { provider: 'worksnaps' });
}

export function projectPath(projectId: string, rest: string): string {
  return `/projects/${idSegment(projectId, 'projectId')}${rest}`;
}

/** The wire: basic auth with the token as user name, XML both ways, retries for reads only. */
export class WorksnapsTransport {
  private readonly http: AxiosInstance;

  constructor(private readonly options: TransportOptions) {
    this.http = createHttp({
      baseURL: `${options.baseUrl}/api`,
      timeoutMs: options.timeoutMs,
      headers: { Accept: 'application/xml', 'Content-Type': 'application/xml' },
    });
  }

  /** GET with retries: repeating a read is always safe. */
  read(path: string, query?: Query): Promise<XmlDoc> {
    return withRetry(() => this.send('GET', path, { query }), {
      ...this.options.retry,
      onRetry: (error, attempt, waitMs) => {
        this.options.log.info(`retrying GET ${path}`, { attempt, reason: error.message, waitMs });
        this.options.retry?.onRetry?.(error, attempt, waitMs);
      },
    });
  }

  /** POST/PUT/DELETE once: the outbox decides whether and how a write is repeated. */
  write(method: 'POST' | 'PUT' | 'DELETE', path: string, options: RequestOptions = {}): Promise<XmlDoc> {
    return this.send(method, path, options);
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<XmlDoc> {
    const log = this.options.log;
    let response;
    try {
      response = await this.http.request<string>({
        method,
        url: path,
        params: options.query,
        data: options.body ? buildBody(options.body) : undefined,
        auth: { username: this.options.token, password: 'ignored' },
      });
    } catch (error) {
      const appError = networkError(error, 'worksnaps');
      log.warn(`${method} ${path} failed`, { code: appError.code, reason: appError.message });
      throw appError;
    }
    const body = typeof response.data === 'string' ? response.data : '';
    log.debug(`${method} ${path} -> ${response.status}`);
    if (response.status >= 200 && response.status < 300) return parseReply(body, `${method} ${path}`);
    const error = replyError(response.status, body, response.headers);
    const extra = readErrorInfo(body).extraInfo;
    log.warn(`${method} ${path} -> ${response.status}`, { code: error.code, reason: error.message, extra: extra ?? '' });
    throw error;
  }
}
