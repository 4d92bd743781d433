import { AppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, type ProviderId } from '../../../shared/model.js';

/** This computer only: local servers and the simulators may use plain http, nothing that crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // WHATWG URL has already turned 0x7f.1 or 2130706433 into dotted 127.0.0.1, and IPv6 into [::1].
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The one check of a provider's base URL, used by all four providers: a web
 * address, https (http only for loopback hosts), and no credentials in it.
 */
export function checkBaseUrl(raw: string, provider: ProviderId, example: string): URL {
  const name = PROVIDER_NAMES[provider];
  const value = raw.trim();
  const invalid = (message: string): AppError => new AppError('validation', message, { field: 'baseUrl', provider });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`The ${name} base URL "${value}" is not a web address (expected e.g. ${example})`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname)))
    throw invalid(
      `The ${name} base URL must use https:// (plain http is allowed only for this computer: localhost, 127.x.x.x, ::1)`,
    );
  if (url.username || url.password)
    throw invalid(`The ${name} base URL must not hold a user name or password; the secret goes in the vault`);
  return url;
}
