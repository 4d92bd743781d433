import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.js';

/** A day long before the seeded time, so nothing booked here overlaps it. */
const DAY = '2025-03-03';

async function showDay(page: Page, day: string): Promise<void> {
  await page.getByTestId('time-from').fill(day);
  await page.getByTestId('time-to').fill(day);
}

/** Picks the account, the first project (and first task when asked) in a booking or timer form; returns their values. */
async function pickTarget(page: Page, prefix: string, accountId: string, withTask: boolean) {
  await page.getByTestId(`${prefix}-account`).selectOption(accountId);
  await page.getByTestId(`${prefix}-project`).selectOption({ index: 1 });
  const project = await page.getByTestId(`${prefix}-project`).inputValue();
  let task = '';
  if (withTask) {
    await expect(page.getByTestId(`${prefix}-task`).locator('option')).not.toHaveCount(1);
    await page.getByTestId(`${prefix}-task`).selectOption({ index: 1 });
    task = await page.getByTestId(`${prefix}-task`).inputValue();
  }
  return { project, task };
}

async function book(page: Page, start: string, minutes: string, note: string): Promise<void> {
  await page.getByTestId('time-log-day').fill(DAY);
  await page.getByTestId('time-log-start').fill(start);
  await page.getByTestId('time-log-minutes').fill(minutes);
  await page.getByTestId('time-log-note').fill(note);
  await page.getByTestId('time-log-save').click();
}

test('time booked, changed and deleted in the Time view reaches Worksection as a cost', async ({ page, app, sims }) => {
  const { worksection } = await app.addAccounts(['worksection']);
  const costs = (comment: string) =>
    sims.worksection.state.costs
      .filter((c) => c.comment === comment)
      .map((c) => ({ task: c.taskId, minutes: c.minutes, date: c.date }));
  await app.open('#/time');
  await showDay(page, DAY);
  const { task } = await pickTarget(page, 'time-log', worksection.id, true);
  await book(page, '09:00', '90', 'Estimate call');
  await expect(page.getByTestId('time-result')).toHaveText('Done: Worksection has it.');
  const row = page.getByTestId('time-entry').filter({ hasText: 'Estimate call' });
  await expect(row).toContainText('1:30');
  expect(costs('Estimate call')).toEqual([{ task, minutes: 90, date: DAY }]);

  await row.getByTestId('time-edit').click();
  await page.getByTestId('time-edit-minutes').fill('45');
  await page.getByTestId('time-edit-note').fill('Estimate call (short)');
  await page.getByTestId('time-edit-save').click();
  const changed = page.getByTestId('time-entry').filter({ hasText: 'Estimate call (short)' });
  await expect(changed).toContainText('0:45');
  expect(costs('Estimate call')).toEqual([]);
  expect(costs('Estimate call (short)')).toEqual([{ task, minutes: 45, date: DAY }]);

  await changed.getByTestId('time-delete').click();
  await expect(changed).toContainText('Delete from Worksection?');
  await changed.getByTestId('time-delete-confirm').click();
  await expect(page.getByTestId('time-entry')).toHaveCount(0);
  expect(costs('Estimate call (short)')).toEqual([]);
});

test('WebWork: time booked from the Time view is a manual entry on the server; a timer starts and stops there', async ({
  page,
  app,
  sims,
}) => {
  const { webwork } = await app.addAccounts(['webwork', 'workity']);
  await app.open('#/time');
  await showDay(page, DAY);
  // Workity tracks no time: it is not offered, and the form says why.
  await expect(page.getByTestId('time-log-form')).toContainText('Workity does not track time.');
  await pickTarget(page, 'time-log', webwork.id, false);
  await book(page, '13:00', '45', 'Design review');
  await expect(page.getByTestId('time-result')).toHaveText('Done: WebWork Tracker has it.');
  const booked = sims.webwork.state.timeEntries.filter((e) => e.notes === 'Design review');
  expect(booked.map((e) => [e.date, e.start_time, e.end_time, e.source])).toEqual([[DAY, '13:00', '13:45', 'manual']]);
  // WebWork's API cannot change or delete an entry: the buttons are off, and the reason is shown.
  const row = page.getByTestId('time-entry').filter({ hasText: 'Design review' });
  await expect(row.getByTestId('time-edit')).toBeDisabled();
  await expect(row.getByTestId('time-delete')).toBeDisabled();
  await expect(page.getByTestId('cap-note-editTime')).toContainText('no call to change a time entry');

  sims.webwork.state.trackers = [];
  await pickTarget(page, 'timer', webwork.id, false);
  await page.getByTestId('timer-note').fill('Focus');
  await page.getByTestId('timer-start').click();
  await expect(page.getByTestId('timer')).toHaveCount(1);
  // The list may show the timer the last pull saw before this start has answered: wait for the server's.
  await expect
    .poll(() => sims.webwork.state.trackers)
    .toEqual([expect.objectContaining({ user_id: 1, activity_description: 'Focus' })]);
  await page.getByTestId('timer').getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('timer')).toHaveCount(0);
  expect(sims.webwork.state.trackers).toEqual([]);
});

test('the Time view lists the entries per day, in light and dark and at 420 px', async ({ page, app }) => {
  await app.addAccounts(['worksnaps', 'worksection', 'webwork']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open('#/time');
  await expect(page.getByTestId('time-entry').first()).toBeVisible();
  const entries = await app.client.invoke('time:list', {});
  expect(entries.length).toBeGreaterThan(0);
  await page.emulateMedia({ colorScheme: 'light' });
  await saveScreenshot(page, 'time-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, 'time-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 420, height: 700 });
  await expect(page.getByTestId('time-entry').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'nothing wider than the window').toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'time-narrow');
});
