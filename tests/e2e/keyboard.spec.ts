import type { Page } from '@playwright/test';
import { addDays, today } from '../../shared/dates/index.js';
import { SHORTCUTS } from '../../renderer/logic/shortcuts.js';
import { expect, saveScreenshot, test } from './fixtures.js';

/** The number the list's accessible name gives ("Tasks, 123 in this list"). */
async function listTotal(page: Page): Promise<number> {
  const label = (await page.getByTestId('task-list').getAttribute('aria-label')) ?? '';
  const found = /Tasks, (\d+) in this list/.exec(label);
  expect(found, `a count in "${label}"`).not.toBeNull();
  return Number(found![1]);
}

/** The list has focus and its active row (the keyboard cursor) is row `index`, shown as selected. */
async function expectCursorAt(page: Page, index: number): Promise<void> {
  const list = page.getByTestId('task-list');
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', `task-${index}`);
  const row = page.locator(`#task-${index}`);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toBeInViewport();
}

test.describe('in a time zone far east of UTC', () => {
  // UTC+14: for most of the day "tomorrow" here is a different date from tomorrow in UTC.
  const zone = 'Pacific/Kiritimati';
  test.use({ timezoneId: zone });

  /*
   * The phrase is "Pay rent tomorrow 5pm #Marketing @Carl !2". No
   * simulator seeds a Marketing project, a Carl and priorities together: Carl
   * Carlson is a Workity user, and Workity has no priorities. Worksection has
   * all three kinds: the project "Q3 marketing" and the user Taras Bondar, so
   * the phrase keeps its shape with @Taras. WebWork is added too, so the
   * project has to pick the account across services.
   */
  test('n opens quick-add; "Pay rent tomorrow 5pm #Marketing @Taras !2" lands on Worksection with every field', async ({
    page,
    app,
    sims,
  }) => {
    await app.addAccounts(['webwork', 'worksection']);
    await app.open('#/');
    await page.getByTestId('task-list').focus();
    await page.keyboard.press('n');
    const title = page.getByTestId('qa-title');
    await expect(title).toBeFocused();
    await title.pressSequentially('Pay rent tomorrow 5pm #Marketing @Taras !2');
    await expect(page.getByTestId('qa-chip-when')).toContainText('Tomorrow 17:00');
    await expect(page.getByTestId('qa-chip-project')).toContainText('Q3 marketing · Worksection');
    await expect(page.getByTestId('qa-chip-person')).toContainText('Taras Bondar');
    await expect(page.getByTestId('qa-chip-priority')).toContainText('High priority');
    await title.press('Enter');
    await expect(page.getByTestId('qa-added')).toContainText('“Pay rent”');

    const ws = sims.worksection.state;
    await expect.poll(() => ws.tasks.filter((t) => t.name.startsWith('Pay rent')).length, { timeout: 30_000 }).toBe(1);
    const task = ws.tasks.find((t) => t.name.startsWith('Pay rent'))!;
    expect(task.name).toBe('Pay rent');
    expect(ws.projects.find((p) => p.id === task.projectId)?.name).toBe('Q3 marketing');
    expect(ws.users.find((u) => u.id === task.userToId)?.email).toBe('taras@acme.test');
    // "!2" is the second of four levels, high; Worksection's scale is 0–10 and Worktray stores high as 7.
    expect(task.priority).toBe('7');
    expect(task.dateEnd?.slice(0, 10)).toBe(addDays(today(new Date(), zone), 1));
  });
});

test('Ctrl+K, "sync", Enter pulls what changed on the service', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const task = (await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', sort: 'title', limit: 1 }))
    .tasks[0]!;
  await app.open('#/');
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  const before = (await app.client.invoke('sync:status', {}))[0]!.lastSyncedAt;
  // A change made on the service only; the background full sync is five minutes away, so only the palette can pull it.
  const renamed = `${task.title} (renamed on WebWork)`;
  const simTask = sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
  simTask.title = renamed;
  simTask.updated_at = new Date(Date.now() + 60_000).toISOString();

  await page.keyboard.press('Control+k');
  const input = page.getByTestId('palette-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('sync');
  const first = page.getByTestId('palette-item').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toContainText('Sync now');
  // The palette shows the key that also runs it, read from the shortcut table.
  await expect(first.locator('kbd')).toHaveText('Shift+S');
  await input.press('Enter');
  await expect(page.getByTestId('palette')).toHaveCount(0);

  await expect(page.getByTestId('task-row').filter({ hasText: renamed })).toHaveCount(1);
  await expect.poll(async () => (await app.client.invoke('sync:status', {}))[0]!.lastSyncedAt).not.toBe(before);
  expect((await app.client.invoke('tasks:get', { key: task.key })).title).toBe(renamed);
});

test('the palette finds places by name and is shot wide and narrow', async ({ page, app }) => {
  await app.addAccounts(['webwork', 'workity']);
  await app.open('#/');
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  const input = page.getByTestId('palette-input');
  await input.pressSequentially('go');
  await expect(page.getByTestId('palette-item').filter({ hasText: 'Go to Today' }).locator('kbd')).toHaveText('T');
  for (const [name, viewport] of [
    ['command-palette', { width: 1280, height: 800 }],
    ['command-palette-420', { width: 420, height: 700 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await expect(page.getByTestId('palette-item').first()).toBeInViewport();
    await saveScreenshot(page, name);
  }
  await input.fill('upc');
  await expect(page.getByTestId('palette-item').first()).toContainText('Go to Upcoming');
  await input.press('Enter');
  await expect(page.locator('h1')).toHaveText('Upcoming');
});

test('? lists every shortcut of the one table, and Esc gives focus back to the list', async ({ page, app }) => {
  await app.addAccounts(['webwork']);
  await app.open('#/');
  const list = page.getByTestId('task-list');
  await list.focus();
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcut-list');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  const entries = dialog.locator('.shortcut');
  await expect(entries).toHaveCount(SHORTCUTS.length);
  for (const shortcut of SHORTCUTS) await expect(dialog.locator('dd', { hasText: shortcut.label })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Open the command palette' }).locator('kbd')).toHaveText('Ctrl+K');
  await expect(entries.filter({ hasText: 'Extend the selection down' }).locator('kbd')).toHaveText(['Shift+J', 'Shift+↓']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, 'shortcut-list');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(list).toBeFocused();
});

test('the task list is reached within three Tab presses from the top of the page', async ({ page, app }) => {
  await app.addAccounts(['webwork']);
  await app.open('#/');
  const list = page.getByTestId('task-list');
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  await expect(page.locator('body')).toBeFocused();
  let presses = 0;
  while (presses < 3 && !(await list.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(list).toBeFocused();
  // The focus ring is drawn: an outline, not just a colour change of the row.
  expect(await list.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('Home, End and Page Down move the selection; Esc in the detail pane returns to the row it came from', async ({
  page,
  app,
}) => {
  await app.addAccounts(['webwork', 'worksection']);
  await app.open('#/');
  const list = page.getByTestId('task-list');
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  await list.focus();
  const total = await listTotal(page);
  expect(total).toBeGreaterThan(20);

  await page.keyboard.press('End');
  await expectCursorAt(page, total - 1);
  await page.keyboard.press('Home');
  await expectCursorAt(page, 0);
  await page.keyboard.press('PageDown');
  await expectCursorAt(page, 10);
  await page.keyboard.press('PageDown');
  await expectCursorAt(page, 20);
  await page.keyboard.press('PageUp');
  await expectCursorAt(page, 10);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expectCursorAt(page, 12);

  const title = (await page.locator('#task-12 .title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  // Focus inside the pane, as after reading or editing the task there.
  await detail.getByRole('textbox').first().click();
  await expect(detail.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expectCursorAt(page, 12);
});

test('u opens Upcoming: the next 14 days, a heading over each day', async ({ page, app }) => {
  await app.addAccounts(['webwork', 'worksection', 'workity']);
  await app.open('#/');
  await page.getByTestId('task-list').focus();
  await page.keyboard.press('u');
  await expect(page.locator('h1')).toHaveText('Upcoming');
  await expect(page.getByTestId('group-by')).toHaveValue('due');
  const rows = page.getByTestId('task-row');
  await expect(rows.first()).toBeVisible();
  const start = today(new Date());
  const dues: string[] = [];
  const headed: boolean[] = [];
  for (const row of await rows.all()) {
    const task = await app.client.invoke('tasks:get', { key: (await row.getAttribute('data-key'))! });
    dues.push(task.dueDate!);
    headed.push((await row.locator('.group-heading').count()) === 1);
  }
  expect(dues.length).toBeGreaterThan(3);
  for (const due of dues) {
    expect(due > start && due <= addDays(start, 14), `${due} within the next 14 days`).toBe(true);
  }
  expect([...dues].sort()).toEqual(dues);
  // A heading exactly where the day changes: one group per day.
  expect(headed).toEqual(dues.map((due, i) => i === 0 || due !== dues[i - 1]));
  expect(new Set(dues).size).toBeGreaterThan(1);
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, 'upcoming-by-day');
});
