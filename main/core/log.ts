/** A logger that cannot write a secret: every line is redacted before it leaves. */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export type LogSink = (line: string) => void;

const SECRET_KEYS = /(token|password|passwd|secret|ticket|hash|authorization|apikey|api_key|cookie|passphrase)/i;

const PATTERNS: [RegExp, string][] = [
  [/(authorization\s*[:=]\s*)(basic|bearer|admin)?\s*[^\s,;"']+/gi, '$1$2 [redacted]'],
  [/([?&](?:hash|token|access_token|apikey|api_key|ticket)=)[^&\s"']+/gi, '$1[redacted]'],
  [/(<(?:[\w-]+:)?(?:Ticket|Password|api_token)>)[^<]*(<\/)/gi, '$1[redacted]$2'],
  [/("(?:token|password|ticket|hash|apikey|api_key|secret|api_token)"\s*:\s*")[^"]*(")/gi, '$1[redacted]$2'],
  [/(https?:\/\/)[^/@\s:]+(:[^/@\s]*)?@/gi, '$1[redacted]@'],
];

const known = new Set<string>();

/** Registers a secret so that it is replaced wherever it shows up, whatever the shape around it. */
export function registerSecret(secret: string): void {
  if (secret.length >= 4) known.add(secret);
}

export function redact(text: string): string {
  let out = text;
  for (const secret of known) out = out.split(secret).join('[redacted]');
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function redactData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (SECRET_KEYS.test(key)) out[key] = '[redacted]';
    else if (typeof value === 'string') out[key] = redact(value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) out[key] = redactData(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

let sink: LogSink = (line) => process.stderr.write(`${line}\n`);
let minLevel = process.env.WORKTRAY_LOG_LEVEL ?? 'warn';
const LEVELS = ['debug', 'info', 'warn', 'error'];

/** Points every logger at another sink (a file under the data folder, a test's array). */
export function setLogSink(next: LogSink, level = minLevel): void {
  sink = next;
  minLevel = level;
}

export function createLogger(scope: string): Logger {
  const write = (level: string, message: string, data?: Record<string, unknown>): void => {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(minLevel)) return;
    const extra = data ? ` ${JSON.stringify(redactData(data))}` : '';
    sink(redact(`${new Date().toISOString()} ${level} [${scope}] ${message}${extra}`));
  };
  return {
    debug: (m, d) => write('debug', m, d),
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
