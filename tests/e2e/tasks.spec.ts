import { expect, saveScreenshot, test } from './fixtures.js';
import { searchFor } from './support/ui.js';

test.describe('a large cache', () => {
  test.use({ simSizes: { worksnapsTasksPerProject: 3000 } });

  test('search, filters and keyboard stay usable over ten thousand tasks', async ({ page, app }) => {
    await app.addAccounts(['worksnaps', 'webwork']);
    expect((await app.client.invoke('tasks:list', { status: 'all', offset: 10_000, limit: 1 })).tasks).toHaveLength(1);
    // A listing counts only a step past the page it shows: "1,000+", growing as the list is scrolled.
    const all = await app.client.invoke('tasks:list', { status: 'all', limit: 1 });
    expect(all).toMatchObject({ total: 1000, capped: true });
    await app.open();
    await page.getByTestId('filter-status').selectOption('all');
    await expect(page.getByTestId('list-meta')).toContainText('1,000+ tasks');
    expect(await page.getByTestId('task-row').count()).toBeLessThan(120);

    const toEnd = () => page.getByTestId('task-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await toEnd();
    await expect(page.getByTestId('list-meta')).toContainText('2,000+ tasks');
    await toEnd();
    const later = await app.client.invoke('tasks:list', { status: 'all', offset: 1999, limit: 1 });
    await expect(page.locator(`[data-key="${later.tasks[0]!.key}"]`)).toBeVisible();

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

test("WebWork rows say the service's own state: Completed apart from Done, and a workspace's custom status", async ({
  page,
  app,
  sims,
}) => {
  const [completed, done, review] = sims.webwork.state.tasks.filter((t) => t.project_id === 100 && !t.deleted_at);
  completed!.status = 30;
  done!.status = 20;
  review!.status = 11;
  await app.addAccounts(['webwork']);
  await app.open();
  await page.getByTestId('filter-status').selectOption('all');
  const row = (id: number) => page.locator(`[data-testid="task-row"][data-key$=":task:${id}"]`);
  for (const [task, label] of [
    [completed!, 'Completed'],
    [done!, 'Done'],
    [review!, 'In Review'],
  ] as const) {
    await searchFor(page, task.title);
    await expect(row(task.id).locator('.pill.done-pill, .pill.doing')).toHaveText([label]);
  }
});
