import { describe, expect, it } from 'vitest';
import type { ErrorPayload } from '../../../shared/errors.js';
import { errorDetails, errorSentence } from '../../../shared/messages/errorSentence.js';
import { serviceOfCall, withService } from '../../../shared/messages/serviceOfCall.js';

const payload = (over: Partial<ErrorPayload> & Pick<ErrorPayload, 'code' | 'message'>): ErrorPayload => ({
  provider: null,
  providerCode: null,
  providerMessage: null,
  field: null,
  retryable: false,
  ...over,
});

describe('errorSentence: contract refusals name the field in words and format the numbers', () => {
  it.each([
    [
      { field: 'title', message: 'tasks:add: title: Too big: expected string to have <=1024 characters', provider: 'webwork' },
      'Title is too long for WebWork Tracker (1,024 characters at most)',
    ],
    [
      { field: 'title', message: 'tasks:add: title: Too big: expected string to have <=1024 characters' },
      'Title is too long (1,024 characters at most)',
    ],
    [
      { field: 'title', message: 'title: must be at most 100 characters (has 1200)', provider: 'workity' },
      'Title is too long for Workity (100 characters at most; it has 1,200)',
    ],
    [{ field: 'dueDate', message: 'tasks:add: dueDate: expected YYYY-MM-DD' }, 'Due date must be a date like 2026-12-24'],
    [
      {
        field: 'patch.dueDate',
        message: 'tasks:edit: patch.dueDate: Invalid string: must match pattern /^\\d{4}-\\d{2}-\\d{2}$/',
      },
      'Due date must be a date like 2026-12-24',
    ],
    [
      { field: 'title', message: 'tasks:add: title: Too small: expected string to have >=1 characters' },
      'Title must not be empty',
    ],
    [
      { field: 'priority', message: 'tasks:add: priority: Invalid input: expected int, received number' },
      'Priority must be a whole number',
    ],
    [{ field: 'limit', message: 'tasks:list: limit: Too big: expected number to be <=100000' }, 'Limit must be 100,000 or less'],
    [
      { field: 'patch.status', message: 'tasks:edit: patch.status: Invalid option: expected one of "open"|"doing"|"done"' },
      'Status must be open, doing or done',
    ],
    [
      { field: 'assignees', message: 'tasks:add: assignees: Too big: expected array to have <=100 items' },
      'Assignees: too many (100 at most)',
    ],
    [{ field: 'input', message: 'tasks:add: input: Unrecognized key: "colour"' }, 'This request has no colour field'],
    [
      { field: 'start', message: 'time:log: start: expected an ISO 8601 date and time such as 2026-12-01T09:00' },
      'Start must be a date and time like 2026-12-24T09:30',
    ],
    [
      { field: 'projectRemoteId', message: 'projectRemoteId: is not a Workity project id', provider: 'workity' },
      'Project is not a Workity project id',
    ],
    [{ field: 'title', message: 'title: a task needs a title', provider: 'worksection' }, 'A task needs a title'],
    [{ field: 'out', message: '--out: cannot write /x: EACCES' }, 'Output file: cannot write /x: EACCES'],
  ])('%o -> %s', (over, sentence) => {
    expect(errorSentence(payload({ code: 'validation', ...over }))).toBe(sentence);
  });
});

describe('errorSentence: each kind of failure names the service and says what happened without codes', () => {
  it.each([
    [
      payload({
        code: 'offline',
        message: 'Workity could not be reached (ECONNREFUSED)',
        provider: 'workity',
        providerCode: 'ECONNREFUSED',
      }),
      'Workity is unreachable: the server refused the connection',
    ],
    [
      payload({
        code: 'offline',
        message: 'WebWork Tracker could not be reached (ECONNRESET)',
        provider: 'webwork',
        providerCode: 'ECONNRESET',
      }),
      'WebWork Tracker is unreachable: the connection was cut off',
    ],
    [
      payload({ code: 'offline', message: 'Worksnaps timed out (ETIMEDOUT)', provider: 'worksnaps', providerCode: 'ETIMEDOUT' }),
      'Worksnaps is unreachable: it did not answer in time',
    ],
    [
      payload({
        code: 'offline',
        message: 'Worksection could not be reached (ENOTFOUND)',
        provider: 'worksection',
        providerCode: 'ENOTFOUND',
      }),
      'Worksection is unreachable: its address could not be found',
    ],
    [
      payload({ code: 'offline', message: 'The connection to Worktray was lost; try again when it is back.' }),
      'The connection to Worktray was lost; try again when it is back.',
    ],
    [
      payload({ code: 'auth', message: 'WebWork Tracker answered HTTP 401', provider: 'webwork', providerCode: 401 }),
      'WebWork Tracker did not accept the sign-in; check the account’s token or password',
    ],
    [
      payload({ code: 'auth', message: 'The vault is locked: set WORKTRAY_PASSPHRASE', field: 'passphrase' }),
      'The vault is locked: set WORKTRAY_PASSPHRASE',
    ],
    [
      payload({ code: 'forbidden', message: 'WebWork Tracker answered HTTP 403', provider: 'webwork', providerCode: 403 }),
      'WebWork Tracker does not allow this for your account',
    ],
    [
      payload({ code: 'not-found', message: 'Worksection answered HTTP 404', provider: 'worksection', providerCode: 404 }),
      'Worksection does not have this item any more',
    ],
    [
      payload({ code: 'not-found', message: 'No task with key webwork:a:task:1', field: 'key' }),
      'No task with key webwork:a:task:1',
    ],
    [
      payload({
        code: 'validation',
        message: 'WebWork Tracker answered HTTP 422: name is taken',
        provider: 'webwork',
        providerCode: 422,
        providerMessage: 'name is taken',
      }),
      'WebWork Tracker refused the change: name is taken',
    ],
    [
      payload({ code: 'conflict', message: 'The task changed on Workity since it was read', provider: 'workity' }),
      'The task changed on Workity since it was read',
    ],
    [
      payload({ code: 'conflict', message: 'The task changed since it was read', provider: 'workity' }),
      'Workity: The task changed since it was read',
    ],
    [
      payload({
        code: 'rate-limited',
        message: 'Worksnaps asks us to slow down (HTTP 429)',
        provider: 'worksnaps',
        providerCode: 429,
      }),
      'Worksnaps asks Worktray to slow down; it tries again shortly',
    ],
    [
      payload({ code: 'server', message: 'Workity answered HTTP 500', provider: 'workity', providerCode: 500 }),
      'Workity had a problem on its side; Worktray tries again later',
    ],
    [payload({ code: 'server', message: 'Unexpected failure: boom' }), 'Worktray hit an unexpected problem: boom'],
    [
      payload({ code: 'protocol', message: 'Worksnaps sent XML it cannot parse: "<html"', provider: 'worksnaps' }),
      'Worksnaps sent an answer Worktray cannot read',
    ],
    [
      payload({ code: 'unsupported', message: 'comments is not implemented for webwork', provider: 'webwork' }),
      'WebWork Tracker cannot do this: comments',
    ],
    [
      payload({ code: 'unsupported', message: 'Workity tasks have no comments', provider: 'workity' }),
      'Workity tasks have no comments',
    ],
  ])('%#: %s', (error, sentence) => {
    const said = errorSentence(error);
    expect(said).toBe(sentence);
    expect(said).not.toMatch(/HTTP \d|ECONN|ETIMEDOUT|ENOTFOUND|\bcode\b/);
  });

  it('reads the service from a sync report that has only code and message', () => {
    expect(errorSentence({ code: 'offline', message: 'Workity could not be reached (ECONNRESET)' })).toBe(
      'Workity is unreachable: the connection was cut off',
    );
  });
});

describe('errorDetails: the codes and raw words, for the Details disclosure only', () => {
  it('keeps the code, the service code, the field and both messages, each once', () => {
    const error = payload({
      code: 'validation',
      message: 'WebWork Tracker answered HTTP 422',
      provider: 'webwork',
      providerCode: 422,
      providerMessage: 'name is taken',
      field: 'title',
    });
    expect(errorDetails(error)).toBe(
      'code validation · service webwork · service code 422 · field title — WebWork Tracker answered HTTP 422 — name is taken',
    );
  });
});

describe('serviceOfCall / withService: a refused payload is blamed on the service the call was about', () => {
  const accounts = (id: string) => (id === 'a1' ? 'webwork' : null);
  it('finds the service from a record key or an account id', () => {
    expect(serviceOfCall({ key: 'workity:a9:task:3' }, accounts)).toBe('workity');
    expect(serviceOfCall({ accountId: 'a1' }, accounts)).toBe('webwork');
    expect(serviceOfCall({ accountId: 'zz' }, accounts)).toBeNull();
    expect(serviceOfCall(null, accounts)).toBeNull();
  });
  it('fills in only a validation error’s missing provider; the code and message stay', () => {
    const refused = payload({ code: 'validation', message: 'tasks:add: title: Too big', field: 'title' });
    expect(withService(refused, 'webwork')).toEqual({ ...refused, provider: 'webwork' });
    const missing = payload({ code: 'not-found', message: 'No task with key x' });
    expect(withService(missing, 'webwork')).toBe(missing);
  });
});
