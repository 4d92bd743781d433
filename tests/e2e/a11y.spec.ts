import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HOST_LOST_LINE } from '../../renderer/logic/connectionLine.js';
import { expect, test } from './fixtures.js';

/*
 * Every view in both themes: axe finds no serious or critical violation,
 * and each view has exactly one h1.
 */
const PAGES: [string, string][] = [
  ['all tasks', '#/'],
  ['news', '#/news'],
  ['conflicts', '#/conflicts'],
  ['time', '#/time'],
  ['accounts', '#/accounts'],
  ['add account', '#/add-account'],
  ['outbox', '#/outbox'],
  ['quick add', '#/quick-add'],
  ['tray panel', '#/panel'],
];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`the ${theme} theme`, () => {
    test.beforeEach(async ({ app }) => {
      test.setTimeout(300_000);
      await app.addAccounts();
      await app.client.invoke('settings:set', { theme });
    });

    test('every page has one h1 and no serious axe violation', async ({ page, app }) => {
      const found: Record<string, string[]> = {};
      for (const [name, hash] of PAGES) {
        await app.open(hash);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('h1')).toHaveCount(1);
        // Scanned connected: without the host, controls are disabled and axe skips their contrast.
        await expect(page.getByText(HOST_LOST_LINE)).toHaveCount(0);
        found[name] = await seriousViolations(page);
      }
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    });

    test('the task lists, a selection, the detail pane, the palette and the shortcut list pass axe', async ({ page, app }) => {
      const found: Record<string, string[]> = {};
      await app.open('#/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const view of ['today', 'upcoming', 'overdue', 'pending'] as const) {
        await page.getByTestId(`view-${view}`).click();
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByTestId('list-meta')).not.toContainText('loading');
        found[`view ${view}`] = await seriousViolations(page);
      }
      await page.getByTestId('view-all').click();
      await page.getByTestId('task-row').first().click();
      await page
        .getByTestId('task-row')
        .nth(2)
        .click({ modifiers: ['Shift'] });
      await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
      found['bulk selection'] = await seriousViolations(page);
      await page.getByTestId('task-list').press('Enter');
      await expect(page.getByTestId('detail')).toBeVisible();
      found['detail pane'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await expect(page.getByTestId('palette')).toBeVisible();
      found.palette = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await page.getByTestId('task-list').press('?');
      await expect(page.getByTestId('shortcut-list')).toBeVisible();
      found['shortcut list'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      // Workity's seed holds a write-write conflict, so the merge dialog can be opened.
      await page.getByTestId('nav-conflicts').click();
      await page.getByTestId('conflict-row').first().getByRole('button', { name: 'Settle…' }).click();
      await expect(page.getByTestId('merge-dialog')).toBeVisible();
      found['merge dialog'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      await page.evaluate(() => (window.location.hash = '#/quick-add'));
      await page.getByTestId('qa-title').fill('Pay rent tomorrow 5pm #Marketing @Taras !2');
      await expect(page.getByTestId('qa-chip-person')).toBeVisible();
      found['quick add with chips'] = await seriousViolations(page);
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
    });
  });
}
