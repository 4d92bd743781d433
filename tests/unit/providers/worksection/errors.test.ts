import { describe, expect, it } from 'vitest';
import { envelopeError, httpError } from '../../../../main/core/providers/worksection/errors.js';

const SEED_CODES: [number, string, string, string][] = [
  [0, 'Action is invalid', 'unsupported', 'does not know this action'],
  [1, 'Action is required', 'validation', 'named no action'],
  [2, 'Action hash is missed or invalid', 'auth', 'refused the API key'],
  [3, 'Page is invalid', 'not-found', 'does not know this project or task address'],
  [4, 'Project is invalid', 'not-found', 'project no longer exists'],
  [5, 'Task is invalid', 'not-found', 'task no longer exists'],
  [6, 'Subtask is invalid', 'not-found', 'subtask no longer exists'],
  [7, 'Project is required', 'validation', 'needs a project'],
  [8, 'Task is required', 'validation', 'needs a task'],
  [9, 'Subtask is required', 'validation', 'needs a subtask'],
  [10, 'Field is required', 'validation', 'needs a value for title'],
  [11, 'Invalid email', 'validation', 'did not accept "title"'],
  [12, 'Task is already closed', 'validation', 'already closed'],
  [13, 'Task has children', 'validation', 'still has open subtasks'],
  [14, 'Subtask is already closed', 'validation', 'subtask is already closed'],
  [15, 'Subtask has children', 'validation', 'subtask still has open subtasks'],
  [20, 'Quota exceeded', 'rate-limited', 'quota is used up'],
];

describe('worksection status codes', () => {
  it.each(SEED_CODES)(
    'code %i "%s" becomes a %s error in words, keeping code, message and details',
    (statusCode, message, code, words) => {
      const error = envelopeError({ status: 'error', status_code: statusCode, message, message_details: 'title' }, 5000, null);
      expect(error.code).toBe(code);
      expect(error.message).toContain(words);
      expect(error.providerCode).toBe(statusCode);
      expect(error.providerMessage).toBe(`${message} (title)`);
      expect(error.provider).toBe('worksection');
    },
  );

  it('makes the quota retryable, waiting as long as the server asks or the default', () => {
    expect(envelopeError({ status: 'error', status_code: 20, message: 'Quota exceeded' }, 5000, null)).toMatchObject({
      retryable: true,
      retryAfterMs: 5000,
    });
    expect(envelopeError({ status: 'error', status_code: 20, message: 'Quota exceeded' }, 5000, 2000)).toMatchObject({
      retryAfterMs: 2000,
    });
  });

  it('reads the newer reuse of codes: timers and "parent task is done"', () => {
    expect(envelopeError({ status: 'error', status_code: 6, message: 'Timer is already started' }, 0, null).code).toBe(
      'conflict',
    );
    expect(envelopeError({ status: 'error', status_code: 7, message: 'Timer not found' }, 0, null).code).toBe('not-found');
    expect(envelopeError({ status: 'error', status_code: 14, message: 'Parent task is done' }, 0, null).message).toBe(
      'The parent task is done: reopen it first',
    );
    expect(envelopeError({ status: 'error', status_code: 12, message: 'Project is already active' }, 0, null).message).toBe(
      'This project is already open in Worksection',
    );
  });

  it('keeps a code-less refusal such as the record cap, and a code it does not know, as non-retryable', () => {
    expect(envelopeError({ status: 'error', message: 'Too many tasks (10000 max)' }, 0, null)).toMatchObject({
      code: 'validation',
      providerCode: null,
      retryable: false,
    });
    expect(envelopeError({ status: 'error', status_code: 99, message: 'Odd' }, 0, null)).toMatchObject({
      code: 'server',
      providerCode: 99,
      retryable: false,
    });
  });
});

describe('worksection HTTP errors', () => {
  it('an HTTP 429 waits its Retry-After, or the quota wait when it names none', () => {
    expect(httpError(429, '', { 'retry-after': '3' }, 20_000)).toMatchObject({ code: 'rate-limited', retryAfterMs: 3000 });
    expect(httpError(429, '', {}, 20_000)).toMatchObject({ code: 'rate-limited', retryAfterMs: 20_000, providerCode: 429 });
  });

  it('other statuses carry no wait', () => {
    expect(httpError(502, 'Bad gateway', {}, 20_000)).toMatchObject({ code: 'server', retryable: true, retryAfterMs: null });
  });
});
