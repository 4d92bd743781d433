import type { ErrorPayload } from '../errors.js';
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../model.js';
import { fieldLabel, fieldWords, isDateField } from './fields.js';
import { capitalize, formatNumber, listWords } from './words.js';

/**
 * What any error shape the app has carries: an AppError, its payload, or the
 * `{ code, message }` of a sync report. Only `code` and `message` are sure.
 */
export type ErrorLike = { code: ErrorPayload['code'] | (string & {}); message: string } & Partial<
  Omit<ErrorPayload, 'code' | 'message'>
>;

/** A provider id, or the display name a core message starts with ("Workity could not be reached …"). */
function providerOf(error: ErrorLike): string | null {
  if (error.provider) return PROVIDER_NAMES[error.provider as ProviderId] ?? error.provider;
  const named = PROVIDER_IDS.map((id) => PROVIDER_NAMES[id]).find((name) => error.message.startsWith(`${name} `));
  return named ?? null;
}

/** Why a socket failed, from the Node/axios code the core keeps as providerCode. */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was cut off',
  EPIPE: 'the connection was cut off',
  ECONNABORTED: 'it did not answer in time',
  ETIMEDOUT: 'it did not answer in time',
  ERR_SOCKET_CONNECTION_TIMEOUT: 'it did not answer in time',
  ENOTFOUND: 'its address could not be found',
  EAI_AGAIN: 'its address could not be found',
  EHOSTUNREACH: 'the network cannot reach it',
  ENETUNREACH: 'the network cannot reach it',
};

function unreachableReason(error: ErrorLike): string {
  const code = error.providerCode === null || error.providerCode === undefined ? '' : String(error.providerCode);
  const fromCode = UNREACHABLE[code] ?? Object.entries(UNREACHABLE).find(([c]) => error.message.includes(c))?.[1];
  if (fromCode) return fromCode;
  if (/timed out|timeout/i.test(error.message)) return 'it did not answer in time';
  return 'no answer came back';
}

/*
 * The dispatcher reports a schema failure as "channel: path: zod's words",
 * providers as "field: their words". What follows the field is read for the
 * few things zod says, each turned into a sentence that names the field.
 */
const CHANNEL_PREFIX = /^[a-z]+:[a-zA-Z]+: /;

function stripPrefixes(message: string, field: string | null): string {
  const rest = message.replace(CHANNEL_PREFIX, '').trim();
  if (!field) return rest;
  // "title: …", and the CLI's "--out: …" and "PATH: …".
  const prefix = new RegExp(`^(--)?${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `, 'i');
  return rest.replace(prefix, '').trim();
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
};

/** A validation error's words after the field, as the rest of a sentence that starts with the field. */
function validationSentence(field: string, rest: string, service: string | null): string | null {
  const label = fieldLabel(field);
  const forService = service ? ` for ${service}` : '';
  let m = /^Too big: expected string to have <=(\d+) characters?/.exec(rest);
  m ??= /^must be at most (\d+) characters/.exec(rest);
  if (m) {
    const has = /\(has (\d+)\)/.exec(rest);
    const count = has ? `; it has ${formatNumber(Number(has[1]))}` : '';
    return `${label} is too long${forService} (${formatNumber(Number(m[1]))} characters at most${count})`;
  }
  if ((m = /^Too big: expected array to have <=(\d+) items?/.exec(rest)))
    return `${label}: too many${forService} (${formatNumber(Number(m[1]))} at most)`;
  if ((m = /^Too big: expected number to be <=?(-?[\d.]+)/.exec(rest)))
    return `${label} must be ${formatNumber(Number(m[1]))} or less`;
  if (/^Too small: expected string to have >=1 characters?/.test(rest) || /^must not be empty/.test(rest))
    return `${label} must not be empty`;
  if ((m = /^Too small: expected string to have >=(\d+) characters?/.exec(rest)))
    return `${label} is too short (${formatNumber(Number(m[1]))} characters at least)`;
  if ((m = /^Too small: expected array to have >=(\d+) items?/.exec(rest)))
    return `${label} needs at least ${formatNumber(Number(m[1]))}`;
  if ((m = /^Too small: expected number to be >=?(-?[\d.]+)/.exec(rest)))
    return `${label} must be ${formatNumber(Number(m[1]))} or more`;
  const dateLike = /YYYY-MM-DD|calendar date|must match pattern \/\^\\d\{4\}|must be a date like/.test(rest);
  if (dateLike || (isDateField(field) && /^Invalid (string|input)/.test(rest))) return `${label} must be a date like 2026-12-24`;
  if (/date and time|ISO 8601/.test(rest)) return `${label} must be a date and time like 2026-12-24T09:30`;
  if ((m = /^Invalid option: expected one of (.+)$/.exec(rest))) {
    const options = m[1]!.split('|').map((o) => o.replace(/^"|"$/g, ''));
    return `${label} must be ${listWords(options, 'or')}`;
  }
  if ((m = /^Invalid input: expected (\w+)/.exec(rest))) return `${label} must be ${KINDS[m[1]!] ?? m[1]!}`;
  if ((m = /^Unrecognized keys?: (.+)$/.exec(rest))) {
    const names = m[1]!.split(/,\s*/).map((n) => n.replace(/^"|"$/g, ''));
    return `This request has no ${listWords(
      names.map((n) => fieldWords(n)),
      'or',
    )} field`;
  }
  if (/^Invalid string/.test(rest)) return `${label} is not in the expected form`;
  return null;
}

function fieldSentence(field: string, rest: string, service: string | null): string {
  const known = validationSentence(field, rest, service);
  if (known) return known;
  const label = fieldLabel(field);
  if (rest === '') return `${label} is not valid`;
  // "must be …", "is not a Workity id": the field is the subject.
  if (/^(must|is|has|should|needs)\b/.test(rest)) return `${label} ${rest}`;
  // Already a sentence that names its subject ("a task needs a title", "the end must come after the start").
  if (rest.toLowerCase().includes(fieldWords(field))) return capitalize(rest);
  return `${label}: ${rest}`;
}

/** "X is not implemented for webwork" (shared/errors.ts `unsupported`). */
const NOT_IMPLEMENTED = /^(.+) is not implemented for (\w+)$/;

/** A status the service gave no words for (main/core/net/http.ts `statusError`): said per code instead. */
const BARE_STATUS = /answered HTTP \d+/;

function statusSentence(code: string, service: string, own: string | null): string | null {
  switch (code) {
    case 'auth':
      return `${service} did not accept the sign-in; check the account’s token or password`;
    case 'forbidden':
      return `${service} does not allow this for your account`;
    case 'not-found':
      return `${service} does not have this item any more`;
    case 'validation':
      return own ? `${service} refused the change: ${own}` : `${service} refused the change`;
    case 'server':
      return `${service} had a problem on its side; Worktray tries again later`;
    default:
      return null;
  }
}

/** Our own words, kept, with the service named when they do not name it yet. */
function naming(service: string | null, rest: string): string {
  if (!service || rest.includes(service)) return capitalize(rest);
  return `${service}: ${rest}`;
}

/**
 * One sentence for a person: names the field or the service, formats the
 * numbers, and leaves codes to `errorDetails` (the Details disclosure, --json).
 * Messages the core already words for people are kept; the ones that carry
 * zod's or the network's codes are said again in words.
 */
export function errorSentence(error: ErrorLike): string {
  const service = providerOf(error);
  const field = error.field ?? null;
  const rest = stripPrefixes(error.message, field);
  const own = error.providerMessage?.trim() || null;
  if (service && BARE_STATUS.test(rest)) {
    const said = statusSentence(error.code, service, own);
    if (said) return said;
  }
  switch (error.code) {
    case 'validation':
      if (field && field !== 'input' && field !== 'channel') return fieldSentence(field, rest, service);
      if (field === 'input') return validationSentence('input', rest, service) ?? 'Worktray could not read this request';
      return naming(service, rest);
    case 'offline':
      return service ? `${service} is unreachable: ${unreachableReason(error)}` : capitalize(rest);
    case 'rate-limited':
      return `${service ?? 'The service'} asks Worktray to slow down; it tries again shortly`;
    case 'protocol':
      return `${service ?? 'The service'} sent an answer Worktray cannot read`;
    case 'server':
      return naming(service, rest.replace(/^Unexpected failure: /, 'Worktray hit an unexpected problem: '));
    case 'unsupported': {
      const m = NOT_IMPLEMENTED.exec(rest);
      if (m) return `${PROVIDER_NAMES[m[2] as ProviderId] ?? m[2]} cannot do this: ${m[1]!.toLowerCase()}`;
      return naming(service, rest);
    }
    default:
      // auth, forbidden, not-found, conflict: the core's own sentences ("No task with key …", the vault's lock).
      return naming(service, rest);
  }
}

/** The raw facts for the Details disclosure: the code, the service's code and words, our own message. */
export function errorDetails(error: ErrorLike): string {
  const parts: string[] = [`code ${error.code}`];
  if (error.provider) parts.push(`service ${error.provider}`);
  if (error.providerCode !== null && error.providerCode !== undefined && error.providerCode !== '')
    parts.push(`service code ${String(error.providerCode)}`);
  if (error.field) parts.push(`field ${error.field}`);
  const words = [error.message.trim()];
  const own = error.providerMessage?.trim();
  if (own && !words[0]!.includes(own)) words.push(own);
  return `${parts.join(' · ')} — ${words.join(' — ')}`;
}
