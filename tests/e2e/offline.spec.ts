import { expect, test } from './fixtures.js';
import { startWebworkSimulator } from '../simulators/webwork/index.js';
import { LABELS, WEBWORK_E2E_RATE } from '../simulators/all.js';
import { expectOnServerOnce, quickAdd, searchFor } from './support/ui.js';

test('offline: cached tasks stay, an add is queued, and it is sent once when the service is back', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['webwork', 'workity']);
  const cached = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'not-done', limit: 1 })).tasks[0]!;
  const port = Number(new URL(sims.webwork.origin).port);
  await sims.webwork.close();

  await app.open();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('connection-line')).toContainText('WebWork Tracker unreachable', { timeout: 30_000 });
  await expect(page.getByTestId('connection-line')).not.toContainText('Workity');
  await expect((await searchFor(page, cached.title)).first()).toBeVisible();

  const title = 'Written while WebWork was down';
  await page.getByRole('button', { name: '+ Quick add' }).click();
  await quickAdd(page, { title, account: LABELS.webwork });
  const rows = await searchFor(page, title);
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('.pill.pending')).toBeVisible();
  await expect(page.getByTestId('nav-outbox').locator('.badge')).toHaveText('1');

  const back = await startWebworkSimulator({ port, rateLimitPerMinute: WEBWORK_E2E_RATE });
  sims.webwork = back;
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('connection-line')).toHaveCount(0, { timeout: 30_000 });
  await expect(rows.locator('.pill.pending')).toHaveCount(0, { timeout: 30_000 });
  await expectOnServerOnce(app.client, title);
  expect(back.state.tasks.filter((t) => t.title === title)).toHaveLength(1);
});
