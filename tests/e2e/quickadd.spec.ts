import type { Page } from '@playwright/test';
import { addDays, today } from '../../shared/dates/index.js';
import { PROVIDER_IDS } from '../../shared/model.js';
import { expect, saveScreenshot, test } from './fixtures.js';
import { LABELS } from '../simulators/all.js';
import { countMounts, mountsOf } from './support/mounts.js';
import { expectOnServerOnce, quickAdd, searchFor } from './support/ui.js';

test('quick-add reaches each of the four providers once, and the new task shows in the list', async ({ page, app }) => {
  await app.addAccounts();
  for (const provider of PROVIDER_IDS) {
    const title = `Quick ${provider} call the printer`;
    await app.open('#/quick-add');
    await expect(page.getByTestId('qa-title')).toBeFocused();
    await quickAdd(page, { title, account: LABELS[provider], due: provider === 'worksnaps' ? undefined : 'tomorrow' });
    await expect(page.getByTestId('task-list').or(page.getByText('No tasks match'))).toBeVisible();
    const rows = await searchFor(page, title);
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('.pill.pending')).toHaveCount(0, { timeout: 30_000 });
    await expectOnServerOnce(app.client, title);
  }
});

test('quick-add remembers the last account, keeps open on Ctrl+Enter and closes on Esc', async ({ page, app }) => {
  await app.addAccounts(['workity', 'webwork']);
  await countMounts(page, 'qa-title');
  await app.open('#/quick-add');
  await quickAdd(page, { title: 'First of two', account: LABELS.webwork, due: 'fri', keepOpen: true });
  // Opened cold, the form is put on screen once: a second mount would drop the account just picked.
  expect(await mountsOf(page)).toBe(1);
  await expect(page.getByTestId('qa-added')).toContainText('Added to WebWork Tracker · ');
  await expect(page.getByTestId('qa-added')).toContainText('“First of two”');
  await expect(page.getByTestId('qa-title')).toHaveValue('');
  await expect(page.getByTestId('qa-title')).toBeFocused();
  await page.getByTestId('qa-title').fill('Second of two');
  await page.getByTestId('qa-due').fill('2026-12-01');
  await expect(page.getByTestId('qa-due-parsed')).toHaveText('2026-12-01');
  await page.setViewportSize({ width: 640, height: 480 });
  await saveScreenshot(page, 'quick-add');
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.getByTestId('qa-due').press('Escape');
  await expect(page.getByTestId('task-list')).toBeVisible();
  expect((await app.client.invoke('tasks:list', { search: 'Second of two', status: 'all' })).total).toBe(0);
  await app.open('#/quick-add');
  await expect(page.getByTestId('qa-account')).toHaveValue(LABELS.webwork);
  const stored = await app.client.invoke('tasks:list', { search: 'First of two', status: 'all' });
  expect(stored.tasks[0]?.dueDate).not.toBeNull();
});

/*
 * The phrase is "Pay rent tomorrow 5pm #Marketing @Carl !2". No one
 * simulator seeds all three: Carl is in Workity (no priorities), the
 * Worksection seed has "Q3 marketing" with Taras Bondar and priorities. So the
 * phrase is adapted to "@Taras", with Workity added too so #Marketing has to
 * pick the account across services.
 */
test('quick-add reads "Pay rent tomorrow 5pm #Marketing @Taras !2" onto Worksection, and the confirmation opens it', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['workity', 'worksection']);
  await app.open('#/');
  // A filter that hides what is about to be added: the confirmation must still say where it went.
  await page.getByTestId('filter-provider').selectOption('workity');
  await page.evaluate(() => (window.location.hash = '#/quick-add'));
  await expect(page.getByTestId('qa-title')).toBeFocused();
  await page.getByTestId('qa-title').fill('Pay rent tomorrow 5pm #Marketing @Taras !2');
  await expect(page.getByTestId('qa-chip-when')).toContainText('Due Tomorrow 17:00');
  await expect(page.getByTestId('qa-chip-project')).toContainText('Q3 marketing · Worksection');
  await expect(page.getByTestId('qa-chip-person')).toContainText('Assign Taras Bondar');
  await expect(page.getByTestId('qa-chip-priority')).toContainText('High priority');
  await expect(page.getByTestId('qa-preview')).toContainText('Adds “Pay rent” to Worksection · Q3 marketing');
  await expect(page.getByTestId('qa-account')).toHaveValue(LABELS.worksection);
  await expect(page.getByTestId('qa-project')).toHaveValue('Q3 marketing');
  await shootBothThemes(page, 'quick-add-chips');
  await page.getByTestId('qa-title').press('Enter');

  const added = page.getByTestId('qa-added');
  await expect(added).toContainText('Worksection · Q3 marketing');
  await expect(added).toContainText('“Pay rent”');
  await expect(page.getByTestId('task-row').filter({ hasText: 'Pay rent' })).toHaveCount(0);

  const ws = sims.worksection.state;
  await expect.poll(() => ws.tasks.some((t) => t.name === 'Pay rent'), { timeout: 30_000 }).toBe(true);
  const task = ws.tasks.find((t) => t.name === 'Pay rent')!;
  expect(ws.projects.find((p) => p.id === task.projectId)?.name).toBe('Q3 marketing');
  expect(ws.users.find((u) => u.id === task.userToId)?.email).toBe('taras@acme.test');
  expect(task.priority).toBe('7');
  expect(task.dateEnd).toContain(addDays(today(new Date()), 1));

  await page.getByTestId('qa-added-open').click();
  await expect(page.getByTestId('detail').getByRole('heading', { name: 'Pay rent' })).toBeVisible();
  await expect(added).toHaveCount(0);
});

test('chips are taken back with Backspace and their words stay in the title; # offers every account’s projects', async ({
  page,
  app,
}) => {
  await app.addAccounts(['workity', 'webwork']);
  await app.open('#/quick-add');
  const title = page.getByTestId('qa-title');
  await title.pressSequentially('Call May tomorrow !3 #Birth');
  await expect(page.getByTestId('qa-suggestion').first()).toContainText('Birthday party');
  await expect(page.getByTestId('qa-suggestion').first()).toContainText('Workity');
  await title.press('Enter');
  await expect(title).toHaveValue('Call May tomorrow !3 #Birthday party ');
  await expect(page.getByTestId('qa-chip-project')).toContainText('Birthday party · Workity');
  // Workity has no priorities: the chip says the part won't be sent, the preview says why.
  await expect(page.getByTestId('qa-chip-priority')).toContainText('not sent');
  await expect(page.getByTestId('qa-dropped-priority')).toHaveText('Not sent: Workity tasks have no priority.');

  await title.press('Home');
  await title.press('Backspace');
  await expect(page.getByTestId('qa-chip-project')).toHaveCount(0);
  await expect(page.getByTestId('qa-preview')).toContainText('#Birthday party');

  await page.getByTestId('qa-chip-when').focus();
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('qa-chip-when')).toHaveCount(0);
  await expect(page.getByTestId('qa-chip-priority')).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('qa-chips')).toHaveCount(0);
  await expect(title).toBeFocused();
  await expect(page.getByTestId('qa-preview')).toContainText('Adds “Call May tomorrow !3 #Birthday party”');

  // Esc keeps nothing: the task list opens and no such task was made.
  await title.press('Escape');
  await expect(page.getByTestId('task-list').or(page.getByText('No tasks match'))).toBeVisible();
  expect((await app.client.invoke('tasks:list', { search: 'Call May', status: 'all' })).total).toBe(0);
});

test('Worksnaps: the due field is disabled with the service’s reason, and a typed date is marked not sent', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['worksnaps', 'workity']);
  await app.open('#/quick-add');
  await page.getByTestId('qa-account').fill(LABELS.worksnaps);
  await page.getByTestId('qa-account').press('Enter');
  await expect(page.getByTestId('qa-due')).toBeDisabled();
  await expect(page.getByTestId('qa-due-reason')).toHaveText('Worksnaps tasks have no due date.');
  await expect(page.locator('label', { has: page.getByTestId('qa-due') })).toHaveAttribute(
    'title',
    'Worksnaps tasks have no due date.',
  );
  await page.getByTestId('qa-title').fill('Draft the brief tomorrow');
  await expect(page.getByTestId('qa-chip-when')).toContainText('not sent');
  await expect(page.getByTestId('qa-dropped-when')).toHaveText('Not sent: Worksnaps tasks have no due date.');
  await page.getByTestId('qa-title').press('Control+Enter');
  await expect(page.getByTestId('qa-added')).toContainText('Worksnaps · ');
  await expect
    .poll(() => [...sims.worksnaps.state.tasks.values()].some((t) => t.name === 'Draft the brief'), { timeout: 30_000 })
    .toBe(true);

  // Workity takes titles up to 100 characters: the counter shows near the limit.
  await page.getByTestId('qa-account').fill(LABELS.workity);
  await page.getByTestId('qa-account').press('Enter');
  await expect(page.getByTestId('qa-due')).toBeEnabled();
  await page.getByTestId('qa-title').fill('Long '.repeat(19));
  await expect(page.getByTestId('title-count')).toHaveText('94 / 100 (Workity’s limit)');
  await expect(page.getByTestId('qa-title')).toHaveAttribute('aria-describedby', /qa-title-count/);
  await page.getByTestId('qa-title').fill('Long '.repeat(21));
  await expect(page.getByTestId('title-too-long')).toHaveText(
    'Title is too long for Workity (100 characters at most); take out 4.',
  );
  await saveScreenshot(page, 'quick-add-title-limit');
});

async function shootBothThemes(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['', { width: 1280, height: 800 }],
    ['-narrow', { width: 420, height: 700 }],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await saveScreenshot(page, `${name}${size}-${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1400, height: 860 });
}
