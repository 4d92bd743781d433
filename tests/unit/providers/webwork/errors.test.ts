import { describe, expect, it } from 'vitest';
import { replyError } from '../../../../main/core/providers/webwork/errors.js';
import { createWebworkAdapter } from '../../../../main/core/providers/webwork/index.js';
import type { Envelope } from '../../../../main/core/providers/webwork/schema.js';

const envelope = (message: string, errors?: Envelope['errors']): Envelope => ({ success: false, message, errors });

describe('WebWork error mapping', () => {
  it('maps 401/403/404 with the server message kept', () => {
    expect(replyError(401, envelope('Unauthenticated.'), {})).toMatchObject({
      code: 'auth',
      providerMessage: 'Unauthenticated.',
    });
    expect(replyError(403, envelope('No.'), {})).toMatchObject({ code: 'forbidden', providerCode: 403 });
    expect(replyError(404, envelope('Task not found.'), {}).message).toContain('Task not found.');
  });

  it('puts the first failing field in field and every field message in the text', () => {
    const error = replyError(
      422,
      envelope('Invalid.', { title: ['The title field is required.'], end_date: ['Too early.'] }),
      {},
    );
    expect(error).toMatchObject({ code: 'validation', field: 'title', retryable: false });
    expect(error.message).toContain('title: The title field is required.; end_date: Too early.');
  });

  it('turns 429 into rate-limited with the Retry-After wait', () => {
    expect(replyError(429, envelope('Too Many Attempts.'), { 'retry-after': '7' })).toMatchObject({
      code: 'rate-limited',
      retryAfterMs: 7000,
      retryable: true,
    });
  });

  it('treats success:false on a 200 as a refusal carrying the message', () => {
    expect(replyError(200, envelope('Workspace is suspended'), {})).toMatchObject({
      code: 'server',
      retryable: false,
      providerMessage: 'Workspace is suspended',
    });
  });

  it('5xx is a retryable server error', () => {
    expect(replyError(503, envelope('Down'), {})).toMatchObject({ code: 'server', retryable: true });
  });
});

describe('WebWork account options', () => {
  const adapter = createWebworkAdapter();
  it('defaults the base URL and keeps a numeric workspace', () => {
    expect(adapter.prepareAccount({ baseUrl: null, email: null, workspace: '12' })).toEqual({
      baseUrl: 'https://api.webwork-tracker.com/api/v2',
      settings: { workspace: '12' },
    });
  });

  it('refuses a workspace that is not an id and a base URL that is not one', () => {
    expect(() => adapter.prepareAccount({ baseUrl: null, email: null, workspace: 'Acme' })).toThrow(
      expect.objectContaining({ field: 'workspace' }),
    );
    expect(() => adapter.prepareAccount({ baseUrl: 'not a url', email: null, workspace: null })).toThrow(
      expect.objectContaining({ field: 'baseUrl' }),
    );
  });
});
