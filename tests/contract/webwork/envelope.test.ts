import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../main/core/log.js';
import { WebworkClient } from '../../../main/core/providers/webwork/client.js';
import { TaskSchema } from '../../../main/core/providers/webwork/schema.js';
import * as ws from '../../../main/core/providers/webwork/workspaceApi.js';
import { listen, type RunningSimulator } from '../../simulators/common/server.js';
import { failure, lastDays, recordingSink, startHarness, type Harness } from './helpers.js';

let h: Harness | null = null;
let raw: RunningSimulator | null = null;
afterEach(async () => {
  await h?.sim.close();
  await raw?.close();
  h = null;
  raw = null;
});

/** A client against a bare server that answers every request with `status` and `body`. */
async function clientFor(status: number, body: string, contentType = 'text/html'): Promise<WebworkClient> {
  raw = await listen((_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  return new WebworkClient({
    baseUrl: `${raw.origin}/api/v2`,
    token: 'wwpat-test-token-1',
    timeoutMs: 2000,
    log: createLogger('test'),
    retry: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 10 },
  });
}

describe('WebWork envelope and paging', () => {
  it('answers in the documented envelope, paging 20 by default', async () => {
    h = await startHarness();
    const envelope = await h.session.client.request('GET', 'tasks', { workspace_id: 1, project_id: 100 });
    expect(envelope.success).toBe(true);
    expect(Array.isArray(envelope.data) && envelope.data.length).toBe(20);
    expect(envelope.meta).toMatchObject({
      api_version: '2.0.0',
      pagination: { current_page: 1, per_page: 20, total: 260, last_page: 13 },
    });
    expect(envelope.message).toBe('Tasks retrieved successfully');
  });

  it('a project without tasks still gets one last, empty page so the cache can drop stale ones', async () => {
    h = await startHarness({ maxTimeDays: 1 });
    const project = await ws.createProject(h.session.client, 1, { name: 'Empty' });
    const { sink, got } = recordingSink();
    await h.session.pull(sink, lastDays(0));
    const pages = got.pages.filter((p) => p.projectRemoteId === String(project.id));
    expect(pages.map((p) => [p.index, p.tasks.length, p.last])).toEqual([[0, 0, true]]);
  });

  it('an HTML 502 page is a retryable server error, not a protocol error', async () => {
    const client = await clientFor(502, '<html><body>Bad Gateway</body></html>');
    const error = await failure(client.request('GET', 'workspaces'));
    expect(error).toMatchObject({ code: 'server', retryable: true, providerCode: 502 });
  });

  it('JSON without the envelope is a protocol error', async () => {
    const client = await clientFor(200, '[{"id":1}]', 'application/json');
    const error = await failure(client.request('GET', 'workspaces'));
    expect(error.code).toBe('protocol');
    expect(error.message).toContain('envelope');
  });

  it('a task missing its title is a protocol error naming the field', async () => {
    const client = await clientFor(
      200,
      JSON.stringify({ success: true, data: { id: 5, project_id: 1, status: 0 }, meta: {} }),
      'application/json',
    );
    const error = await failure(client.read('tasks/5', {}, TaskSchema, 'task'));
    expect(error.code).toBe('protocol');
    expect(error.message).toContain('title');
  });

  it('success:false on a 200 carries the server message', async () => {
    const client = await clientFor(
      200,
      JSON.stringify({ success: false, message: 'Workspace is suspended', meta: {} }),
      'application/json',
    );
    const error = await failure(client.request('GET', 'workspaces'));
    expect(error).toMatchObject({ code: 'server', providerMessage: 'Workspace is suspended', retryable: false });
    expect(error.message).toContain('Workspace is suspended');
  });

  it('sends the token as a Bearer header and reports the rate-limit headers', async () => {
    h = await startHarness({ rateLimitPerMinute: 60 });
    const response = await fetch(`${h.sim.url}/workspaces`, { headers: { Authorization: `Bearer ${h.sim.tokens.owner}` } });
    expect(response.headers.get('x-ratelimit-limit')).toBe('60');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('59');
    const anonymous = await fetch(`${h.sim.url}/workspaces`);
    expect(anonymous.status).toBe(401);
  });
});
