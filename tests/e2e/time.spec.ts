import { expect, test } from './fixtures.js';

test('the time view charts hours per day and totals per project', async ({ page, app }) => {
  await app.addAccounts(['worksnaps', 'worksection', 'webwork']);
  await app.open('#/time');
  await page.getByRole('button', { name: 'Last 30 days' }).click();
  const entries = await app.client.invoke('time:list', {});
  expect(entries.length).toBeGreaterThan(0);
  await expect(page.getByTestId('hours-chart').locator('.bar:not([data-minutes="0"])').first()).toBeVisible();
  await expect(page.getByTestId('time-total')).not.toHaveText('Total 0:00 h');
});

test('the theme follows the OS unless settings pin one', async ({ page, app }) => {
  await app.addAccounts(['webwork']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(background).not.toBe(dark);
  expect((await app.client.invoke('settings:get', {})).theme).toBe('light');
});
