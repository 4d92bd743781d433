import { expect, saveScreenshot, test } from './fixtures.js';
import { searchFor } from './support/ui.js';

test.describe('a large cache', () => {
  test.use({ simSizes: { worksnapsTasksPerProject: 3000 } });

  test('search, filters and keyboard stay usable over ten thousand tasks', async ({ page, app }) => {
    await app.addAccounts(['worksnaps', 'webwork']);
    const all = await app.client.invoke('tasks:list', { status: 'all', limit: 1 });
    expect(all.total).toBeGreaterThan(10_000);
    await app.open();
    await page.getByTestId('filter-status').selectOption('all');
    await expect(page.getByTestId('list-meta')).toContainText(all.total.toLocaleString('en-US'));
    expect(await page.getByTestId('task-row').count()).toBeLessThan(120);

    await page.getByTestId('task-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const last = await app.client.invoke('tasks:list', { status: 'all', offset: all.total - 1, limit: 1 });
    await expect(page.locator(`[data-key="${last.tasks[0]!.key}"]`)).toBeVisible();

    const deep = (await app.client.invoke('tasks:list', { provider: 'worksnaps', status: 'all', offset: 7000, limit: 1 }))
      .tasks[0]!;
    const rows = await searchFor(page, deep.title);
    await expect(rows.first()).toBeVisible();

    await page.getByTestId('search').fill('');
    await page.getByTestId('filter-provider').selectOption('webwork');
    await page.getByTestId('filter-status').selectOption('done');
    const done = await app.client.invoke('tasks:list', { provider: 'webwork', status: 'done', limit: 1 });
    await expect(page.getByTestId('list-meta')).toContainText(`${done.total.toLocaleString('en-US')} task`);

    await page.getByTestId('filter-status').selectOption('not-done');
    await page.getByTestId('task-list').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const selected = page.locator('[data-testid="task-row"][aria-selected="true"]');
    const title = (await selected.locator('.title').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('detail').getByRole('heading', { name: title })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('detail')).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(page.getByTestId('search')).toBeFocused();
  });
});

test('editing a task in the detail pane reaches the server', async ({ page, app }) => {
  await app.addAccounts(['webwork']);
  const task = (await app.client.invoke('tasks:list', { status: 'not-done', limit: 1 })).tasks[0]!;
  await app.open();
  const rows = await searchFor(page, task.title);
  await rows.first().click();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('edit-title')).toHaveValue(task.title);
  await detail.getByTestId('edit-title').fill(`${task.title} (checked)`);
  await detail.getByTestId('edit-due').fill('2026-12-01');
  await detail.getByTestId('edit-details').fill('Agreed with the client on Monday.');
  await detail.getByTestId('edit-save').click();
  await expect(detail.getByTestId('save-result')).toBeVisible();
  await expect.poll(async () => (await app.client.invoke('outbox:list', {})).length, { timeout: 30_000 }).toBe(0);
  await app.client.invoke('sync:run', {});
  const after = await app.client.invoke('tasks:get', { key: task.key });
  expect(after).toMatchObject({
    title: `${task.title} (checked)`,
    dueDate: '2026-12-01',
    details: 'Agreed with the client on Monday.',
  });
});

test('the main window shows tasks from all four providers', async ({ page, app }) => {
  await app.addAccounts();
  await app.open();
  // One word from each provider's sample data, joined with the search box's OR, sorted by title so they interleave.
  await page.getByTestId('search').fill('chocolate OR migrate OR check landing OR footer 58');
  await page.getByTestId('sort').selectOption('title');
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  for (const provider of ['worksnaps', 'worksection', 'workity', 'webwork']) {
    await expect(page.locator(`.sidebar .provider-${provider}`).first()).toBeVisible();
    await expect(page.locator(`[data-testid="task-row"] .provider-${provider}`).first()).toBeVisible();
  }
  await page.getByTestId('task-row').nth(2).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail')).toBeVisible();
  await saveScreenshot(page, 'main-window');
});
