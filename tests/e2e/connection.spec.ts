import { PROVIDER_IDS } from '../../shared/model.js';
import { WEBWORK_E2E_RATE } from '../simulators/all.js';
import { startWebworkSimulator } from '../simulators/webwork/index.js';
import { expect, saveScreenshot, test } from './fixtures.js';
import { startHost } from './support/host.js';
import { connectClient } from './support/hostClient.js';
import { searchFor, toggleRow } from './support/ui.js';

/** WebWork's "done" status code in the simulator's own state. */
const WEBWORK_DONE = 20;

/** A code in parentheses that shows up twice in one line: "… (ECONNREFUSED) (ECONNREFUSED)". */
const doubled = (text: string): boolean => {
  const codes = [...text.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]);
  return new Set(codes).size !== codes.length;
};

test('every service down: exactly one offline line, each service’s reason once behind Details', async ({ page, app, sims }) => {
  await app.addAccounts();
  for (const provider of PROVIDER_IDS) await sims[provider].close();
  await app.open();
  await page.getByRole('button', { name: 'Sync now' }).click();
  const line = page.getByTestId('connection-line');
  await expect(line).toContainText('Offline — changes are kept and sent when you’re back', { timeout: 30_000 });
  await expect(page.locator('.banners .banner')).toHaveCount(1);
  await expect(line).toHaveAttribute('data-kind', 'offline');

  const reasons = line.locator('details li');
  await expect(reasons.first()).toBeHidden();
  await line.getByText('Details').click();
  await expect(reasons).toHaveCount(4);
  for (const text of await reasons.allTextContents()) expect(doubled(text), text).toBe(false);
  await page.setViewportSize({ width: 1000, height: 420 });
  await saveScreenshot(page, 'offline-line');
});

test('some services down: one line naming them', async ({ page, app, sims }) => {
  await app.addAccounts();
  await sims.workity.close();
  await sims.worksection.close();
  await app.open();
  await page.getByRole('button', { name: 'Sync now' }).click();
  const line = page.getByTestId('connection-line');
  await expect(line).toContainText('Worksection and Workity unreachable', { timeout: 30_000 });
  await expect(page.locator('.banners .banner')).toHaveCount(1);
  await expect(line).not.toContainText('WebWork');
  await expect(line).not.toContainText('Offline —');
});

test('host killed mid-session: the page says so, editing is off, nothing looks pending that the core never got, and what it got survives', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['webwork']);
  const [acked, unsent] = (
    await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', sort: 'title', limit: 2 })
  ).tasks;
  // WebWork down, so the acknowledged change stays in the outbox when the host dies.
  const port = Number(new URL(sims.webwork.origin).port);
  await sims.webwork.close();
  await app.open();

  // Any status, so the completed row stays in the list to be looked at.
  await page.getByTestId('filter-status').selectOption('all');
  await searchFor(page, acked!.title);
  const ackedRow = page.locator(`[data-testid="task-row"][data-key="${acked!.key}"]`);
  await toggleRow(page, ackedRow);
  await expect(ackedRow.locator('.pill.pending')).toBeVisible();
  expect((await app.client.invoke('outbox:list', {})).map((e) => e.key)).toEqual([acked!.key]);

  await searchFor(page, unsent!.title);
  const unsentRow = page.locator(`[data-testid="task-row"][data-key="${unsent!.key}"]`);
  await expect(unsentRow).toBeVisible();
  await app.host.kill();
  await expect(page.getByTestId('host-lost')).toHaveText('Not connected to Worktray — reconnecting');
  await expect(page.getByRole('button', { name: '+ Quick add' })).toBeDisabled();
  await expect(page.getByTestId('search')).toBeDisabled();
  // Neither the row's check mark nor x changes anything the core cannot keep.
  await unsentRow.getByTestId('row-check').click();
  await expect(unsentRow).not.toHaveClass(/\bdone\b/);
  await unsentRow.click();
  await expect(unsentRow).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('x');
  await expect(unsentRow).not.toHaveClass(/\bdone\b/);
  await expect(unsentRow.locator('.pill.pending')).toHaveCount(0);
  await saveScreenshot(page, 'host-lost');

  // A new host on the same data folder has the acknowledged change, and only that one.
  const back = await startWebworkSimulator({ port, rateLimitPerMinute: WEBWORK_E2E_RATE });
  sims.webwork = back;
  const host = await startHost(app.dataDir);
  const client = await connectClient(host);
  try {
    expect((await client.invoke('outbox:list', {})).map((e) => e.key)).toEqual([acked!.key]);
    expect((await client.invoke('tasks:get', { key: unsent!.key })).status).toBe('open');
    await client.invoke('outbox:push', {});
    const onServer = (key: typeof acked) => back.state.tasks.find((t) => String(t.id) === key!.remoteId)!;
    expect(onServer(acked).status).toBe(WEBWORK_DONE);
    expect(onServer(unsent).status).not.toBe(WEBWORK_DONE);
  } finally {
    client.close();
    await host.stop();
  }
  // That host has its own port and token: this page stays honestly disconnected.
  await expect(page.getByTestId('host-lost')).toBeVisible();
});
