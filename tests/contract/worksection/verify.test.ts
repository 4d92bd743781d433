import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { reconnect, startHarness, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h?.sim.close());

describe('worksection verify and hash-form detection', () => {
  it('finds that a seeds-era server accepts md5(page + action + apikey) and remembers it', async () => {
    h = await startHarness({ hashMode: 'legacy' });
    const result = await h.session.verify();
    expect(result.settings.hashMode).toBe('legacy');
    expect(h.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ hashMode: 'legacy' }));
    expect(result.userRemoteId).toBe(h.sim.owner.id);
    expect(result.userName).toBe('Olena Kovalenko');
    expect(result.settings.userEmail).toBe(h.sim.owner.email);
  });

  it('finds that a newer server wants md5(query + apikey) and remembers it', async () => {
    h = await startHarness({ hashMode: 'query' });
    const result = await h.session.verify();
    expect(result.settings.hashMode).toBe('query');
    expect(h.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ hashMode: 'query' }));
  });

  it('signs every later request in the remembered form, without a refused first try', async () => {
    h = await startHarness({ hashMode: 'query' });
    const session = reconnect(h, { hashMode: 'query', userEmail: h.sim.owner.email, userRemoteId: h.sim.owner.id });
    const before = h.sim.requests();
    await session.getTask(h.sim.state.projects[0]!.id, h.sim.state.tasks[0]!.id);
    expect(h.sim.requests() - before).toBe(1);
    expect(h.saveSettings).not.toHaveBeenCalled();
    expect(h.sim.state.handled.at(-1)?.params).toMatchObject({ action: 'get_task', id_task: h.sim.state.tasks[0]!.id });
  });

  it('switches and saves the new form when the server stops accepting the remembered one', async () => {
    h = await startHarness({ hashMode: 'legacy' });
    const session = reconnect(h, { hashMode: 'legacy' });
    h.sim.state.hashMode = 'query';
    await session.getTask(h.sim.state.projects[0]!.id, h.sim.state.tasks[0]!.id);
    expect(h.saveSettings).toHaveBeenCalledWith({ hashMode: 'query' });
  });

  it('names the member given by e-mail as "me" instead of the owner', async () => {
    h = await startHarness({}, { email: 'iryna@acme.test' });
    const result = await h.session.verify();
    expect(result.userName).toBe('Iryna Shevchenko');
    expect(result.settings.userEmail).toBe('iryna@acme.test');
  });

  it('refuses a wrong API key in words, keeping status_code 2 and the server message', async () => {
    h = await startHarness({}, {}, 'wrong-key-0000');
    const error = await h.session.verify().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'auth',
      providerCode: 2,
      providerMessage: 'Action hash is missed or invalid',
      retryable: false,
    });
    expect((error as AppError).message).toMatch(/API key/);
    expect(h.saveSettings).not.toHaveBeenCalled();
  });

  it('never puts the API key or a request hash into an error', async () => {
    h = await startHarness({ hashMode: 'query' });
    h.sim.faults.malformedNext = 1;
    const errors = [await h.session.verify().catch((e: unknown) => e)];
    h.sim.state.apiKey = 'rotated-key-on-server';
    errors.push(await h.session.verify().catch((e: unknown) => e));
    for (const error of errors) {
      const text = JSON.stringify({ ...(error as AppError).toPayload(), message: (error as AppError).message });
      expect(text).not.toContain(h.ctx.secret);
      expect(text).not.toMatch(/hash=|[0-9a-f]{32}/);
    }
  });
});
