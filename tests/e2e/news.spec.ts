import { expect, saveScreenshot, test } from './fixtures.js';

test('Workity news is grouped by day with who changed what, and Mark all read clears it on the server', async ({ page, app }) => {
  await app.addAccounts(['workity']);
  const before = await app.client.invoke('news:list', {});
  expect(before.length).toBeGreaterThan(0);
  await app.open('#/news');
  const unread = page.getByTestId('nav-news').locator('.badge');
  await expect(unread).toHaveText(String(before.length));
  await expect(page.getByTestId('news-item').first()).toContainText('changed the');
  await expect(page.getByTestId('news-item')).toHaveCount(before.length);
  await saveScreenshot(page, 'news');
  await page.getByTestId('news-reset').click();
  await expect(page.getByTestId('news-item')).toHaveCount(0);
  await expect(unread).toHaveText('0');
  await app.client.invoke('sync:run', {});
  expect(await app.client.invoke('news:list', {})).toEqual([]);
});
