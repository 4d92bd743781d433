import { expect, saveScreenshot, test } from './fixtures.js';
import { searchFor } from './support/ui.js';

test('a Workity write-write conflict is settled field by field in the merge dialog', async ({ page, app }) => {
  await app.addAccounts(['workity']);
  const open = await app.client.invoke('conflicts:list', {});
  expect(open.map((c) => c.kind)).toContain('write-write');
  await app.open('#/conflicts');
  await expect(page.getByTestId('nav-conflicts').locator('.badge')).toHaveText(String(open.length));
  await page.getByTestId('conflict-row').first().getByRole('button', { name: 'Settle…' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('ins, del').first()).toBeVisible();
  const fields = await dialog.locator('fieldset.merge-field').count();
  expect(fields).toBeGreaterThan(0);
  const first = (await dialog.locator('fieldset.merge-field').first().getAttribute('data-testid'))!.replace('merge-field-', '');
  await dialog.getByTestId(`take-theirs-${first}`).check();
  await saveScreenshot(page, 'merge-dialog');
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await app.client.invoke('conflicts:list', {})).length).toBe(open.length - 1);
  await expect(page.getByTestId('nav-conflicts').locator('.badge')).toHaveText(String(open.length - 1));
  await expect.poll(async () => (await app.client.invoke('outbox:list', {})).length, { timeout: 30_000 }).toBe(0);
});

test('an edit that collides with a server change opens an offline-edit conflict, settled with a merged value after an undo', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['webwork']);
  const task = (await app.client.invoke('tasks:list', { status: 'not-done', limit: 1 })).tasks[0]!;
  const simTask = sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
  simTask.title = `${task.title} — server side`;
  simTask.updated_at = new Date(Date.now() + 60_000).toISOString();
  await app.open();
  const rows = await searchFor(page, task.title);
  await rows.first().click();
  await page.keyboard.press('Enter');
  await page.getByTestId('edit-title').fill(`${task.title} — my side`);
  await page.getByTestId('edit-save').click();
  await expect
    .poll(async () => (await app.client.invoke('conflicts:list', {})).map((c) => c.kind), { timeout: 30_000 })
    .toContain('offline-edit');
  await page.getByTestId('nav-conflicts').click();
  await page.getByTestId('conflict-row').first().getByRole('button', { name: 'Settle…' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.getByTestId('take-theirs-title').check();
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('undo-last').click();
  await expect(page.getByTestId('conflict-row')).toHaveCount(1);
  await page.getByTestId('conflict-row').first().getByRole('button', { name: 'Settle…' }).click();
  await dialog.getByTestId('take-edit-title').check();
  await dialog.getByTestId('merged-title').fill(`${task.title} — agreed`);
  await dialog.getByTestId('merge-apply').click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(
      async () => {
        await app.client.invoke('sync:run', {});
        return (await app.client.invoke('tasks:get', { key: task.key })).title;
      },
      { timeout: 30_000 },
    )
    .toBe(`${task.title} — agreed`);
  expect(simTask.title).toBe(`${task.title} — agreed`);
});
