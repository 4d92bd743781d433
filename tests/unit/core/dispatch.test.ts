import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/core/dispatch.js';
import { AppError } from '../../../shared/errors.js';
import type { Handlers } from '../../../shared/contract.js';

const handlers = new Proxy({} as Handlers, {
  get: (_target, channel) => async (input: unknown) => {
    if (channel === 'tasks:get') throw new AppError('not-found', 'no such task', { field: 'key' });
    if (channel === 'accounts:list') throw new Error('boom');
    return { channel, input };
  },
});

describe('dispatch', () => {
  it('answers an unknown channel with a validation error', async () => {
    expect(await dispatch(handlers, 'tasks:explode', {})).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'channel' },
    });
    expect(await dispatch(handlers, 42, {})).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('names the field of an invalid payload', async () => {
    const result = await dispatch(handlers, 'tasks:add', { accountId: 'a', projectRemoteId: 'p', title: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'title' } });
    expect(await dispatch(handlers, 'tasks:list', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('passes a valid payload to its handler', async () => {
    expect(await dispatch(handlers, 'tasks:list', { search: 'x' })).toEqual({
      ok: true,
      value: { channel: 'tasks:list', input: { search: 'x' } },
    });
  });

  it("turns a handler's throw into an error result", async () => {
    expect(await dispatch(handlers, 'tasks:get', { key: 'k' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'no such task' },
    });
    expect(await dispatch(handlers, 'accounts:list', {})).toMatchObject({ ok: false, error: { code: 'server' } });
  });
});
