import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, setLogSink } from '../../../main/core/log.js';
import { resetFaults } from '../../simulators/common/faults.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';
import { adapter, caught, makeCtx, recordingSink } from './helpers.js';

let sim: WorksnapsSimulator;
const lines: string[] = [];
beforeAll(async () => {
  sim = await startWorksnapsSimulator({ tasksPerProject: 3 });
  setLogSink((line) => lines.push(line), 'debug');
});
afterAll(async () => {
  setLogSink((line) => process.stderr.write(`${line}\n`), 'warn');
  await sim.close();
});
afterEach(() => {
  resetFaults(sim.faults);
  sim.faults.echoRequestNext = 0;
});

/** Every form the token could leak in: as sent, base64 in the Authorization header, and URL-encoded. */
function forms(token: string): string[] {
  return [token, Buffer.from(`${token}:ignored`).toString('base64'), encodeURIComponent(token)];
}

function expectClean(token: string, texts: string[]): void {
  for (const text of texts) for (const form of forms(token)) expect(text).not.toContain(form);
}

function session(token: string) {
  return adapter.connect({ ...makeCtx(sim, token), log: createLogger('worksnaps-test') });
}

describe('the API token never shows up in an error or a log line', () => {
  it('even when the server echoes the request, credentials included, in its error body', async () => {
    lines.length = 0;
    sim.faults.echoRequestNext = 1;
    const error = await caught(session(sim.tokens.alice).verify());
    // The simulator really did send the token back, in both forms.
    expect(error.code).toBe('validation');
    expect(error.providerCode).toBe(10000);
    expect(error.message).toContain('for API token [redacted]');
    expectClean(sim.tokens.alice, [
      error.message,
      error.providerMessage ?? '',
      JSON.stringify(error.toPayload()),
      String(error.stack),
    ]);
    expect(lines.some((l) => l.includes('/me.xml -> 400'))).toBe(true);
    expectClean(sim.tokens.alice, lines);
  });

  it('a wrong token is not repeated back by a 401', async () => {
    lines.length = 0;
    const wrong = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
    sim.faults.echoRequestNext = 1;
    const echoed = await caught(session(wrong).verify());
    const refused = await caught(session(wrong).verify());
    expect(refused.code).toBe('auth');
    expectClean(wrong, [echoed.message, refused.message, echoed.providerMessage ?? '', ...lines]);
  });

  it('me.xml carries api_token; a whole pull with debug logs on writes it nowhere', async () => {
    lines.length = 0;
    const s = session(sim.tokens.bob);
    await s.verify();
    await s.pull(recordingSink(), { from: new Date(Date.now() - 3 * 86_400_000), to: new Date() });
    expect(lines.length).toBeGreaterThan(5);
    expectClean(sim.tokens.bob, lines);
  });

  it('echoed, truncated and dropped replies on the same session all leave it out', async () => {
    lines.length = 0;
    const s = session(sim.tokens.carol);
    sim.faults.echoRequestNext = 1;
    const errors = [await caught(s.client.listProjects())];
    sim.faults.malformedNext = 1;
    errors.push(await caught(s.client.listProjects()));
    sim.faults.dropNext = 10;
    errors.push(await caught(s.client.listProjects()));
    expect(errors.map((e) => e.code)).toEqual(['validation', 'protocol', 'offline']);
    expectClean(sim.tokens.carol, [
      ...errors.flatMap((e) => [e.message, e.providerMessage ?? '', JSON.stringify(e.toPayload())]),
      ...lines,
    ]);
  });
});
