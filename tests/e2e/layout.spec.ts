import type { Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.js';

async function bothThemes(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await saveScreenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Rows whose whole height is inside the list's scroll box: what a person actually sees. */
async function fullyVisibleRows(list: Locator): Promise<number> {
  return list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('[data-testid="task-row"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && r.bottom <= window.innerHeight;
    }).length;
  });
}

test('a 420×700 window shows a screenful of tasks, the sidebar as a drawer, filters folded and the detail over the list', async ({
  page,
  app,
}) => {
  await app.addAccounts();
  await page.setViewportSize({ width: 420, height: 700 });
  await app.open();
  const list = page.getByTestId('task-list');
  await expect(list.getByTestId('task-row').first()).toBeVisible();
  expect(await fullyVisibleRows(list)).toBeGreaterThanOrEqual(8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  await bothThemes(page, 'main-420x700');

  // The sidebar is a drawer: the menu button opens it, Esc and the backdrop close it, picking a list closes it.
  const sidebar = page.getByRole('navigation', { name: 'Lists and accounts' });
  await expect(sidebar).toBeHidden();
  await page.getByTestId('menu-button').click();
  await expect(sidebar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await page.getByTestId('menu-button').click();
  await page.getByTestId('drawer-backdrop').click({ position: { x: 400, y: 300 } });
  await expect(sidebar).toBeHidden();
  await page.getByTestId('menu-button').click();
  await page.getByTestId('nav-news').click();
  await expect(sidebar).toBeHidden();
  await expect(page).toHaveURL(/#\/news$/);
  await page.goBack();

  // The filters fold behind one button.
  await expect(page.getByTestId('filter-provider')).toBeHidden();
  await page.getByTestId('filters-toggle').click();
  await expect(page.getByTestId('filter-provider')).toBeVisible();
  await page.getByTestId('filters-toggle').click();
  await expect(page.getByTestId('filter-provider')).toBeHidden();

  // The detail pane covers the list; Back returns to it.
  const first = list.getByTestId('task-row').first();
  const title = (await first.locator('.title').textContent()) ?? '';
  await first.dblclick();
  const detail = page.getByTestId('detail');
  await expect(detail.getByRole('heading', { name: title })).toBeVisible();
  // Over the list, not beside or below it: the detail is what is under the list's middle.
  const covered = await list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top?.closest('[data-testid="detail"]') !== null;
  });
  expect(covered).toBe(true);
  expect((await detail.boundingBox())!.width).toBeGreaterThan(380);
  await bothThemes(page, 'main-420x700-detail');
  await page.getByTestId('detail-back').click();
  await expect(detail).toHaveCount(0);
  await expect(list.getByTestId('task-row').filter({ hasText: title }).first()).toBeVisible();
});

test('at 1280 px the filter bar stays on one line with the detail pane open', async ({ page, app }) => {
  await app.addAccounts();
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  const list = page.getByTestId('task-list');
  await list.getByTestId('task-row').first().dblclick();
  await expect(page.getByTestId('detail')).toBeVisible();
  await expect(page.getByTestId('filters-toggle')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Lists and accounts' })).toBeVisible();
  const tops = await page
    .locator('.filterbar label')
    .evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top)));
  expect(tops.length).toBe(7);
  // One line: every field starts within a couple of pixels of the others (labels differ by rounding only).
  expect(Math.max(...tops) - Math.min(...tops), `filter tops ${tops.join(', ')}`).toBeLessThanOrEqual(3);
  for (const id of ['search', 'filter-provider', 'filter-account', 'filter-project', 'filter-status', 'filter-due'])
    await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
  await bothThemes(page, 'main-1280x800');
});
