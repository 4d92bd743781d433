import { AppError } from '../../../../shared/errors.js';
import { createHttp, networkError, protocolError, retryAfterMs, type AxiosInstance } from '../../net/http.js';
import { withRetry, type RetryOptions } from '../../net/retry.js';
import type { Logger } from '../../log.js';
import { envelopeError, httpError } from './errors.js';
import { HASH_MODES, signedQuery, type HashMode, type Target } from './hash.js';
import { EnvelopeSchema, type Envelope } from './schema.js';

const PROVIDER = 'worksection';
const ENDPOINT = '/api/admin/v2/';

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  log: Logger;
  /** The hash form remembered for this account; null until one has been accepted. */
  hashMode: HashMode | null;
  /** Told when the server accepted a different hash form than the one remembered. */
  onHashMode: (mode: HashMode) => void;
  retry?: RetryOptions;
  /** Wait after `Quota exceeded` when the server gives no Retry-After. */
  quotaWaitMs: number;
}

export type Params = Record<string, string | number | string[] | null | undefined>;

export interface CallOptions {
  target?: Target;
  /** Writes are repeated only after `Quota exceeded` (the server handled nothing then). */
  write?: boolean;
}

function toPairs(params: Params): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else pairs.push([name, String(value)]);
  }
  return pairs;
}

/** The wire: one endpoint, `action=`, an md5 signature, JSON envelopes. The API key never leaves this object. */
export class WorksectionClient {
  private readonly http: AxiosInstance;
  private mode: HashMode | null;
  /** Whether the server accepted `mode` in this session; until then a code 2 makes us try the other form. */
  private confirmed = false;

  constructor(private readonly options: ClientOptions) {
    this.http = createHttp({ baseURL: options.baseUrl.replace(/\/+$/, ''), timeoutMs: options.timeoutMs });
    this.mode = options.hashMode;
  }

  get hashMode(): HashMode | null {
    return this.mode;
  }

  /** A read: retried after network failures, 5xx and quota replies. */
  async read(action: string, params: Params = {}, target: Target = {}): Promise<Envelope> {
    return withRetry(() => this.signedCall(action, params, target, 'GET'), this.options.retry);
  }

  /** A write: sent once; repeated only after `Quota exceeded`, which the server answers without handling. */
  async write(action: string, params: Params = {}, target: Target = {}): Promise<Envelope> {
    return withRetry(() => this.signedCall(action, params, target, 'POST'), { ...this.options.retry, idempotent: false });
  }

  /** Tries the remembered hash form first, the other one after a signature refusal (code 2). */
  private async signedCall(action: string, params: Params, target: Target, method: 'GET' | 'POST'): Promise<Envelope> {
    const first = this.mode ?? 'legacy';
    const modes = this.confirmed ? [first] : [first, ...HASH_MODES.filter((m) => m !== first)];
    let refusal: AppError | null = null;
    for (const mode of modes) {
      try {
        const envelope = await this.send(mode, action, params, target, method);
        this.accept(mode);
        return envelope;
      } catch (error) {
        if (!(error instanceof AppError && error.providerCode === 2 && error.code === 'auth')) throw error;
        refusal ??= error;
      }
    }
    throw refusal ?? new AppError('auth', 'Worksection refused the API key', { provider: PROVIDER });
  }

  private accept(mode: HashMode): void {
    const changed = this.mode !== mode;
    this.mode = mode;
    this.confirmed = true;
    if (changed) {
      this.options.log.info('Worksection accepts this hash form', { mode });
      this.options.onHashMode(mode);
    }
  }

  private async send(mode: HashMode, action: string, params: Params, target: Target, method: 'GET' | 'POST'): Promise<Envelope> {
    const url = `${ENDPOINT}?${signedQuery(mode, action, target, toPairs(params), this.options.apiKey)}`;
    let response;
    try {
      response = await this.http.request<string>({ url, method });
    } catch (error) {
      throw networkError(error, PROVIDER);
    }
    const body = typeof response.data === 'string' ? response.data : String(response.data ?? '');
    if (response.status !== 200) throw httpError(response.status, body, response.headers, this.options.quotaWaitMs);
    const envelope = parseEnvelope(body, action);
    if (envelope.status === 'error') {
      throw envelopeError(envelope, this.options.quotaWaitMs, retryAfterMs(response.headers['retry-after']));
    }
    return envelope;
  }

  /** download: raw bytes on success (kept as bytes, never decoded as text), a JSON envelope on error. */
  async download(fileId: string): Promise<{ name: string | null; bytes: Buffer }> {
    return withRetry(async () => {
      const mode = this.mode ?? 'legacy';
      const url = `${ENDPOINT}?${signedQuery(mode, 'download', {}, [['id_file', fileId]], this.options.apiKey)}`;
      const response = await this.http.request<ArrayBuffer>({ url, responseType: 'arraybuffer' }).catch((error: unknown) => {
        throw networkError(error, PROVIDER);
      });
      const type = String(response.headers['content-type'] ?? '');
      if (response.status !== 200) throw httpError(response.status, '', response.headers, this.options.quotaWaitMs);
      const bytes = Buffer.from(response.data);
      if (type.includes('json')) {
        const envelope = parseEnvelope(bytes.toString('utf8'), 'download');
        throw envelopeError(envelope, this.options.quotaWaitMs, null);
      }
      const disposition = /filename="([^"]+)"/.exec(String(response.headers['content-disposition'] ?? ''));
      return { name: disposition?.[1] ?? null, bytes };
    }, this.options.retry);
  }
}

function parseEnvelope(body: string, action: string): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw protocolError(PROVIDER, `a reply to ${action} that is not JSON`, body);
  }
  const parsed = EnvelopeSchema.safeParse(json);
  if (!parsed.success) throw protocolError(PROVIDER, `a reply to ${action} without a status`, body);
  return parsed.data;
}
