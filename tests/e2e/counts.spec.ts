import { expect, test } from './fixtures.js';
import { searchFor, toggleRow } from './support/ui.js';

/*
 * Each badge here follows the core's counts:changed event; the stores apply it as it
 * arrives with no debounce or refetch (tests/unit/renderer/undoStore.test.ts checks that
 * no counts are asked for again), so the badge waits below only wait for the browser to paint.
 */

test('the news badge goes to 0 on Mark all read and back on Undo', async ({ page, app }) => {
  await app.addAccounts(['workity']);
  const unread = (await app.client.invoke('news:list', {})).length;
  expect(unread).toBeGreaterThan(0);
  await app.open('#/news');
  const badge = page.getByTestId('nav-news').locator('.badge');
  await expect(badge).toHaveText(String(unread));
  await page.getByTestId('news-reset').click();
  await expect(badge).toHaveText('0');
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText(`Marked ${unread} news items read`);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(badge).toHaveText(String(unread));
  await expect(page.getByTestId('news-item')).toHaveCount(unread);
  await expect(page.getByTestId('undo-notice')).toContainText('Workity has no way to mark it unread');
});

test('the conflicts badge drops as a conflict is settled', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const task = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', limit: 1 })).tasks[0]!;
  const simTask = sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
  simTask.title = `${task.title} — server side`;
  simTask.updated_at = new Date(Date.now() + 60_000).toISOString();
  await app.client.invoke('tasks:edit', { key: task.key, patch: { title: `${task.title} — my side` } });
  await expect.poll(async () => (await app.client.invoke('conflicts:list', {})).length, { timeout: 30_000 }).toBe(1);
  await app.open('#/conflicts');
  const badge = page.getByTestId('nav-conflicts').locator('.badge');
  await expect(badge).toHaveText('1');
  await page.getByTestId('conflict-row').first().getByRole('button', { name: 'Settle…' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.getByTestId('take-theirs-title').check();
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toHaveCount(0);
  await expect(badge).toHaveText('0');
});

test('the outbox badge counts a queued completion and drops to 0 when the outbox drains', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const task = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', limit: 1 })).tasks[0]!;
  const before = (await app.client.invoke('tasks:counts', {})).views.all;
  await app.open();
  const all = page.getByTestId('view-all').locator('.badge');
  await expect(all).toHaveText(before.toLocaleString('en-US'));
  sims.webwork.faults.dropNext = 1_000_000;
  const rows = await searchFor(page, task.title);
  await toggleRow(page, rows.first());
  const outbox = page.getByTestId('nav-outbox').locator('.badge');
  await expect(outbox).toHaveText('1');
  await expect(all).toHaveText((before - 1).toLocaleString('en-US'));
  sims.webwork.faults.dropNext = 0;
  await app.client.invoke('outbox:push', {});
  await expect(outbox).toHaveText('0');
  expect(sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)?.status).toBe(20);
});
