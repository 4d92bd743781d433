import { expect, test } from './fixtures.js';

test('the first launch shows onboarding, and the page sets no token in the visible URL', async ({ page, app }) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Welcome to Worktray' })).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Worktray' })).toBeVisible();
});

test('tasks from all four providers show in one list', async ({ page, app }) => {
  await app.addAccounts();
  await app.open();
  await expect(page.getByTestId('task-row').first()).toBeVisible();
  for (const provider of ['worksnaps', 'worksection', 'workity', 'webwork']) {
    await page.getByTestId('filter-provider').selectOption(provider);
    await expect(page.getByTestId('task-row').first()).toBeVisible();
  }
});
