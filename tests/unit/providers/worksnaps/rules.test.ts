import { describe, expect, it } from 'vitest';
import { readErrorInfo, replyError } from '../../../../main/core/providers/worksnaps/errors.js';
import { normaliseBaseUrl } from '../../../../main/core/providers/worksnaps/index.js';
import { taskChange } from '../../../../main/core/providers/worksnaps/tasks.js';
import {
  assertRange,
  boundaryRange,
  chunkRange,
  isOnBoundary,
  MAX_RANGE_S,
} from '../../../../main/core/providers/worksnaps/time.js';
import type { Task } from '../../../../shared/model.js';

describe('worksnaps timestamp rules', () => {
  it('knows the spec example: 1300616400 is on a boundary, 1300616700 is not', () => {
    expect(isOnBoundary(1300616400)).toBe(true);
    expect(isOnBoundary(1300616700)).toBe(false);
  });

  it('widens a range outwards to boundaries', () => {
    const range = boundaryRange(new Date(1300616700_000), new Date(1300617001_000));
    expect(range).toEqual({ from: 1300616400, to: 1300617600 });
    expect(boundaryRange(new Date(1300616400_000), new Date(1300616400_000))).toEqual({ from: 1300616400, to: 1300617000 });
  });

  it('chunks a long range into back-to-back windows of at most 30 days', () => {
    const from = 1300616400;
    const chunks = chunkRange({ from, to: from + MAX_RANGE_S * 2 + 600 });
    expect(chunks).toEqual([
      { from, to: from + MAX_RANGE_S },
      { from: from + MAX_RANGE_S, to: from + 2 * MAX_RANGE_S },
      { from: from + 2 * MAX_RANGE_S, to: from + 2 * MAX_RANGE_S + 600 },
    ]);
    expect(chunkRange({ from, to: from + 600 })).toEqual([{ from, to: from + 600 }]);
  });

  it('refuses off-boundary, empty and over-long ranges', () => {
    expect(() => assertRange({ from: 1300616700, to: 1300620000 })).toThrow(/from: 1300616700 is not on a 10-minute boundary/);
    expect(() => assertRange({ from: 1300616400, to: 1300616400 })).toThrow(/must be after/);
    expect(() => assertRange({ from: 1300616400, to: 1300616400 + MAX_RANGE_S + 600 }, MAX_RANGE_S)).toThrow(/30 days/);
    expect(() => assertRange({ from: 1300616400, to: 1300616400 + MAX_RANGE_S }, MAX_RANGE_S)).not.toThrow();
  });
});

describe('worksnaps error payloads', () => {
  it('reads the seed’s bare form (no <reply> root) as well as the wrapped one', () => {
    const bare =
      '<status type="integer">0</status>\n<error_code type="integer">10022</error_code>\n<error_string>A project of name Website Design already exists</error_string>';
    expect(readErrorInfo(bare)).toEqual({
      errorCode: 10022,
      errorString: 'A project of name Website Design already exists',
      extraInfo: null,
    });
    expect(readErrorInfo('<reply><error_string>Nope</error_string><extra_info>more</extra_info></reply>')).toEqual({
      errorCode: null,
      errorString: 'Nope',
      extraInfo: 'more',
    });
  });

  it.each([
    [400, 'validation'],
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'validation'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('maps HTTP %i onto %s', (status, code) => {
    expect(
      replyError(status, '<reply><status>0</status><error_code>1</error_code><error_string>x</error_string></reply>').code,
    ).toBe(code);
  });

  it('keeps the HTTP status as the code when the body is not XML, with an excerpt as the message', () => {
    const error = replyError(502, '<html><body>Bad gateway</body></html>');
    expect(error.toPayload()).toMatchObject({ code: 'server', providerCode: 502, retryable: true });
    const text = replyError(500, 'Internal Server Error');
    expect(text.message).toBe('Worksnaps had a server error (HTTP 500): Internal Server Error');
  });

  it('takes the wait from Retry-After on a 429', () => {
    expect(replyError(429, '', { 'retry-after': '3' }).retryAfterMs).toBe(3000);
  });
});

describe('worksnaps task edits and account options', () => {
  const base = { title: 'A', details: 'B', status: 'open', assignees: ['1'], tags: [], remoteId: '5' } as unknown as Task;

  it('sends name and description together, or nothing when nothing changes', () => {
    expect(taskChange(base, { title: ' New ' })).toEqual({ name: 'New', description: 'B' });
    expect(taskChange(base, { details: 'C' })).toEqual({ name: 'A', description: 'C' });
    expect(taskChange(base, { status: 'open', assignees: ['1'], tags: [] })).toBeNull();
  });

  it('refuses fields Worksnaps tasks do not have', () => {
    expect(() => taskChange(base, { status: 'done' })).toThrow(/no finished flag/);
    expect(() => taskChange(base, { dueDate: '2025-01-01' })).toThrow(/no due date/);
    expect(() => taskChange(base, { tags: ['x'] })).toThrow(/no tags/);
    expect(() => taskChange(base, { title: '  ' })).toThrow(/needs a title/);
  });

  it('normalises base URLs', () => {
    expect(normaliseBaseUrl(null)).toBe('https://api.worksnaps.com');
    expect(normaliseBaseUrl('https://api.worksnaps.com/api')).toBe('https://api.worksnaps.com');
    expect(normaliseBaseUrl('http://127.0.0.1:5000/')).toBe('http://127.0.0.1:5000');
    expect(() => normaliseBaseUrl('https://tok:x@api.worksnaps.com')).toThrow(/must not hold a user name or password/);
    expect(() => normaliseBaseUrl('not a url')).toThrow(/is not a web address/);
  });
});
