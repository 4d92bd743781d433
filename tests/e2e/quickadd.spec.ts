import { PROVIDER_IDS } from '../../shared/model.js';
import { expect, saveScreenshot, test } from './fixtures.js';
import { LABELS } from '../simulators/all.js';
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
  await app.open('#/quick-add');
  await quickAdd(page, { title: 'First of two', account: LABELS.webwork, due: 'fri', keepOpen: true });
  await expect(page.getByRole('status').filter({ hasText: 'Added “First of two”' })).toBeVisible();
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
