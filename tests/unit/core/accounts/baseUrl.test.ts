import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../../main/core/accounts/baseUrl.js';
import { allAdapters } from '../../../../main/core/providers/registry.js';

const prepare = (provider: string, baseUrl: string) =>
  allAdapters()
    .find((adapter) => adapter.id === provider)!
    .prepareAccount({ baseUrl, email: 'me@example.com', workspace: null });

const HTTPS_ONLY = /base URL must use https:\/\/ \(plain http is allowed only for this computer: localhost, 127\.x\.x\.x, ::1\)/;

describe('base URLs: https only, plain http for this computer', () => {
  const providers = ['worksnaps', 'worksection', 'workity', 'webwork'];

  it.each(providers)('%s refuses plain http to another host, naming the provider and the field', (provider) => {
    let error: unknown;
    try {
      prepare(provider, 'http://tracker.example.com/api');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'validation', field: 'baseUrl', provider, message: expect.stringMatching(HTTPS_ONLY) });
  });

  it.each(providers)('%s accepts https and loopback http (simulators, local servers)', (provider) => {
    for (const url of ['https://tracker.example.com', 'http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:9000'])
      expect(prepare(provider, url).baseUrl).toMatch(/^https?:\/\//);
  });

  it('knows loopback from a name that only looks like it', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.8.9.10', '[::1]', 'localhost.'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['localhost.evil.com', '127.0.0.1.nip.io', '10.0.0.1', '[::ffff:7f00:1]', 'example.com'])
      expect(isLoopbackHost(host)).toBe(false);
    // WHATWG URL turns other spellings of 127.0.0.1 into the dotted form first.
    expect(prepare('webwork', 'http://2130706433:8080/api/v2').baseUrl).toBe('http://2130706433:8080/api/v2');
    expect(() => prepare('webwork', 'http://127.0.0.1.nip.io/api/v2')).toThrow(HTTPS_ONLY);
  });

  it('refuses credentials in the address and text that is not an address', () => {
    expect(() => prepare('worksnaps', 'https://user:pw@api.worksnaps.com')).toThrow(/must not hold a user name or password/);
    expect(() => prepare('webwork', 'not a url')).toThrow(/WebWork Tracker base URL "not a url" is not a web address/);
  });
});
