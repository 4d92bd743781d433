import type { z } from 'zod';
import { AppError } from '../../../../shared/errors.js';
import { createHttp, excerpt, networkError, protocolError, statusError, type AxiosInstance } from '../../net/http.js';
import { withRetry, type RetryOptions } from '../../net/retry.js';
import type { Logger } from '../../log.js';
import { replyError } from './errors.js';
import { EnvelopeSchema, parseList, parseWire, PROVIDER, type Envelope } from './schema.js';

export interface WebworkClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  log: Logger;
  /** Backoff for reads (and for writes refused with 429); tests pass small timeouts. */
  retry?: RetryOptions;
}

export type Query = Record<string, string | number | boolean | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Page<T> {
  items: T[];
  index: number;
  last: boolean;
  total: number | null;
}

/** The documented maximum page size; every list is read with it to keep the request count (60/min) low. */
export const PER_PAGE = 100;
const MAX_PAGES = 10_000;

/** The wire: Bearer auth, the `{success, data, meta}` envelope, paging, and retries for reads. */
export class WebworkClient {
  private readonly http: AxiosInstance;

  constructor(private readonly options: WebworkClientOptions) {
    this.http = createHttp({
      baseURL: options.baseUrl.replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs,
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
    });
  }

  /** One request, no retry; resolves with the envelope of a successful reply. */
  async request(method: Method, path: string, query?: Query, body?: Record<string, unknown>): Promise<Envelope> {
    let response;
    try {
      response = await this.http.request({
        method,
        url: path,
        params: query,
        data: body,
        headers: body ? { 'Content-Type': 'application/json' } : undefined,
      });
    } catch (error) {
      throw networkError(error, PROVIDER);
    }
    const envelope = this.parseEnvelope(response.status, response.data, response.headers);
    if (response.status >= 400 || !envelope.success) throw replyError(response.status, envelope, response.headers);
    return envelope;
  }

  private parseEnvelope(status: number, raw: unknown, headers: Record<string, unknown>): Envelope {
    let json: unknown;
    try {
      json = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      // An HTML error page (proxy, outage, wrong base URL) still says what its status says; only a 2xx must be JSON.
      if (status >= 400) throw statusError(status, PROVIDER, excerpt(raw), headers);
      throw protocolError(PROVIDER, `a reply that is not JSON (HTTP ${status})`, raw);
    }
    const parsed = EnvelopeSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    if (status >= 400) throw replyError(status, null, headers);
    throw protocolError(PROVIDER, 'a reply without the {success, data} envelope', raw);
  }

  /** A read, retried on network failures, 5xx and 429 (Retry-After honoured exactly). */
  readEnvelope(path: string, query: Query): Promise<Envelope> {
    return withRetry(() => this.request('GET', path, query), this.retryOptions('GET', path, true));
  }

  private retryOptions(method: Method, path: string, idempotent: boolean): RetryOptions {
    return {
      ...this.options.retry,
      idempotent,
      onRetry: (error, attempt, waitMs) => {
        this.options.log.info(`retrying ${method} ${path}`, { attempt, code: error.code, waitMs });
        this.options.retry?.onRetry?.(error, attempt, waitMs);
      },
    };
  }

  async read<T>(path: string, query: Query, schema: z.ZodType<T>, what: string): Promise<T> {
    return parseWire(schema, (await this.readEnvelope(path, query)).data, what);
  }

  /** Every page of a list, `per_page` 100, until the server's `last_page` (or a short page when it gives none). */
  async *pages<T>(path: string, query: Query, schema: z.ZodType<T>, what: string): AsyncGenerator<Page<T>> {
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const envelope = await this.readEnvelope(path, { ...query, page, per_page: PER_PAGE });
      const items = parseList(schema, envelope.data, what);
      const pagination = envelope.meta?.pagination ?? envelope.pagination ?? null;
      const last = pagination ? pagination.current_page >= pagination.last_page || items.length === 0 : items.length < PER_PAGE;
      yield { items, index: page - 1, last, total: pagination?.total ?? null };
      if (last) return;
    }
    throw new AppError('protocol', `WebWork Tracker kept returning pages of ${what} past ${MAX_PAGES}`, { provider: PROVIDER });
  }

  async readAll<T>(path: string, query: Query, schema: z.ZodType<T>, what: string): Promise<T[]> {
    const all: T[] = [];
    for await (const page of this.pages(path, query, schema, what)) all.push(...page.items);
    return all;
  }

  /**
   * A write. Not retried on network or 5xx failures (the outbox does that, with duplicate
   * checks); only a 429 is waited out and repeated, since the server did not act on it.
   */
  write(method: Method, path: string, body: Record<string, unknown>, query?: Query): Promise<Envelope> {
    return withRetry(() => this.request(method, path, query, body), this.retryOptions(method, path, false));
  }

  async writeData<T>(
    method: Method,
    path: string,
    body: Record<string, unknown>,
    schema: z.ZodType<T>,
    what: string,
    query?: Query,
  ): Promise<T> {
    return parseWire(schema, (await this.write(method, path, body, query)).data, what);
  }
}
