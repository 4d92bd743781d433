import type { Page } from '@playwright/test';
import { isoDate, addDays } from '../../renderer/logic/dates.js';
import { expect, saveScreenshot, test } from './fixtures.js';

const PANEL = { width: 400, height: 560 };

async function panelShot(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await saveScreenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the tray panel shows today and overdue from every account, live counts, and adds a task that reaches the service', async ({
  page,
  app,
  sims,
}) => {
  const accounts = await app.addAccounts();
  const today = isoDate(new Date());
  const projects = await app.client.invoke('projects:list', { accountId: accounts.webwork.id });
  const project = projects.find((p) => !p.archived)!;
  const due = [
    { title: 'Panel: send the invoice today', dueDate: today },
    { title: 'Panel: overdue contract review', dueDate: isoDate(addDays(new Date(), -2)) },
    { title: 'Panel: not yet, next week', dueDate: isoDate(addDays(new Date(), 7)) },
  ];
  for (const task of due)
    await app.client.invoke('tasks:add', { accountId: accounts.webwork.id, projectRemoteId: project.remoteId, ...task });
  await app.client.invoke('settings:set', { lastAccountId: accounts.webwork.id, lastProjectRemoteId: project.remoteId });

  await page.setViewportSize(PANEL);
  await app.open('#/panel');
  const dueToday = page.getByTestId('panel-due-today');
  await expect(dueToday.getByText(due[0]!.title)).toBeVisible();
  await expect(page.getByText(due[2]!.title)).toHaveCount(0);
  // The groups are the core's own "due today" and "overdue" lists, across all accounts.
  const total = async (view: 'due-today' | 'overdue') => (await app.client.invoke('tasks:list', { view, limit: 1 })).total;
  await expect(page.getByTestId('panel-due-today-heading')).toHaveText(`Due today · ${await total('due-today')}`);
  const overdue = await total('overdue');
  await expect(page.getByTestId('panel-overdue-heading')).toHaveText(`Overdue · ${overdue}`);
  const late = (await app.client.invoke('tasks:list', { view: 'overdue', search: 'overdue contract review' })).tasks;
  expect(late.map((t) => t.title)).toContain(due[1]!.title);
  // A task that falls overdue while the panel is open is counted without a reload.
  await app.client.invoke('tasks:add', {
    accountId: accounts.webwork.id,
    projectRemoteId: project.remoteId,
    title: 'Panel: another late one',
    dueDate: isoDate(addDays(new Date(), -1)),
  });
  await expect(page.getByTestId('panel-overdue-heading')).toHaveText(`Overdue · ${overdue + 1}`);
  const counts = await app.client.invoke('tasks:counts', {});
  await expect(page.getByTestId('panel-news').locator('.number')).toHaveText(String(counts.news));
  await expect(page.getByTestId('panel-conflicts').locator('.number')).toHaveText(String(counts.conflicts));
  await expect(page.getByTestId('panel-synced')).toContainText('Last synced');
  await panelShot(page, 'tray-panel');

  const title = 'Panel quick add: call the printer';
  await expect(page.getByText(`Into ${accounts.webwork.label} · ${project.name}`)).toBeVisible();
  await page.getByTestId('panel-add-title').fill(title);
  await page.getByTestId('panel-add-title').press('Enter');
  await expect(page.getByTestId('panel-added')).toContainText(title);
  await expect(page.getByTestId('panel-add-title')).toHaveValue('');
  await expect.poll(() => sims.webwork.state.tasks.filter((t) => t.title === title).length, { timeout: 30_000 }).toBe(1);

  await page.getByTestId('panel-sync').click();
  await expect(page.getByTestId('panel-synced')).toContainText('Last synced just now', { timeout: 30_000 });

  // A count opens the main window on its view.
  await page.getByTestId('panel-news').click();
  await expect(page).toHaveURL(/#\/news$/);
  await expect(page.getByTestId('nav-news')).toHaveAttribute('aria-current', 'true');
});
