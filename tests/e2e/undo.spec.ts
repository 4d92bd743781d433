import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.js';
import type { HostClient } from './support/hostClient.js';
import { searchFor, toggleRow } from './support/ui.js';

/** An open WebWork task, found in the list and completed with x on its row. */
async function completeOne(page: Page, client: HostClient) {
  const task = (await client.invoke('tasks:list', { provider: 'webwork', status: 'open', sort: 'title', limit: 1 })).tasks[0]!;
  const rows = await searchFor(page, task.title);
  await toggleRow(page, rows.first());
  return task;
}

test('complete, then Undo while the change is still queued: the service never hears of it and the task stays open there', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['webwork']);
  await app.open();
  // Every request to WebWork is dropped: the completion stays in the outbox.
  sims.webwork.faults.dropNext = 1_000_000;
  const task = await completeOne(page, app.client);
  const onServer = () => sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
  const updatedAt = onServer().updated_at;
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText(`Completed “${task.title}”`);
  await expect(page.getByTestId('nav-outbox').locator('.badge')).toHaveText('1');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, 'undo-toast');
  await page.setViewportSize({ width: 420, height: 700 });
  await saveScreenshot(page, 'undo-toast-420');

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  await expect(page.getByTestId('nav-outbox').locator('.badge')).toHaveText('0');
  expect(await app.client.invoke('outbox:list', {})).toEqual([]);

  sims.webwork.faults.dropNext = 0;
  await app.client.invoke('sync:run', {});
  expect(onServer()).toMatchObject({ status: 0, updated_at: updatedAt });
  expect(await app.client.invoke('tasks:get', { key: task.key })).toMatchObject({ status: 'open', pending: false });
});

test('complete, then Ctrl+Z once it was sent: the simulator has the task open again', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  await app.open();
  const task = await completeOne(page, app.client);
  const onServer = () => sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
  await expect.poll(() => onServer().status, { timeout: 30_000 }).toBe(20);
  await expect(page.getByTestId('undo-toast')).toBeVisible();
  await page.getByTestId('task-list').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  await expect.poll(() => onServer().status, { timeout: 30_000 }).toBe(0);
  expect(await app.client.invoke('outbox:list', {})).toEqual([]);
});

test('the Undo button is reached from the keyboard', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  await app.open();
  const task = await completeOne(page, app.client);
  const onServer = () => sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
  await expect.poll(() => onServer().status, { timeout: 30_000 }).toBe(20);
  const undo = page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' });
  // Tab from the last control before the toast lands on it.
  for (let i = 0; i < 200 && !(await undo.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => onServer().status, { timeout: 30_000 }).toBe(0);
});

test('Esc in the task editor with unsaved changes asks before throwing them away', async ({ page, app }) => {
  await app.addAccounts(['webwork']);
  const task = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', limit: 1 })).tasks[0]!;
  await app.open();
  const rows = await searchFor(page, task.title);
  await rows.first().click();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  const title = detail.getByTestId('edit-title');
  await title.fill(`${task.title} — draft`);
  await title.press('Escape');
  const confirm = page.getByTestId('discard-confirm');
  await expect(confirm).toContainText('Discard changes?');
  await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(title).toHaveValue(`${task.title} — draft`);
  await expect(title).toBeFocused();

  await title.press('Escape');
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(detail).toHaveCount(0);
  expect((await app.client.invoke('tasks:get', { key: task.key })).title).toBe(task.title);
});
