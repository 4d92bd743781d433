import type { Page } from '@playwright/test';
import type { Task } from '../../shared/model.js';
import type { Simulators } from '../simulators/all.js';
import { expect, saveScreenshot, test } from './fixtures.js';
import type { HostClient } from './support/hostClient.js';

/** The task of each row now on screen, in list order, as the app holds it. */
async function shownTasks(page: Page, client: HostClient): Promise<{ index: number; task: Task }[]> {
  const rows = page.getByTestId('task-row');
  await expect(rows.first()).toBeVisible();
  const shown: { index: number; task: Task }[] = [];
  for (const row of await rows.all()) {
    const key = (await row.getAttribute('data-key'))!;
    const index = Number((await row.getAttribute('id'))!.replace('task-', ''));
    shown.push({ index, task: await client.invoke('tasks:get', { key }) });
  }
  return shown.sort((a, b) => a.index - b.index);
}

type Shown = { index: number; task: Task };

/**
 * Three open rows in a run (for click, Shift+click, Shift+j) and the next two
 * open rows after it of a service the run lacks (for Ctrl+click), taking the
 * tightest such set so that all five fit on one screen.
 */
function pickFive(open: Shown[]): { runTasks: Shown[]; others: Shown[] } {
  let best: { runTasks: Shown[]; others: Shown[]; span: number } | null = null;
  open.forEach((first, i) => {
    const runTasks = open.slice(i, i + 3);
    if (runTasks.length < 3 || runTasks[2]!.index !== first.index + 2) return;
    const providers = new Set(runTasks.map((s) => s.task.provider));
    const others = open
      .slice(i + 3)
      .filter((s) => providers.size > 1 || !providers.has(s.task.provider))
      .slice(0, 2);
    if (others.length < 2) return;
    const span = others[1]!.index - first.index;
    if (!best || span < best.span) best = { runTasks, others, span };
  });
  expect(best, 'three open rows in a run and two open rows of another service on screen').not.toBeNull();
  return best!;
}

/** Open or done, as WebWork or Worksection itself holds the task (not Worktray's cache). */
function statusOnServer(sims: Simulators, task: Task): 'open' | 'in progress' | 'done' {
  if (task.provider === 'webwork') {
    // WebWork: 0 open, 10 in progress, 20 and up done.
    const found = sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;
    return found.status >= 20 ? 'done' : found.status === 0 ? 'open' : 'in progress';
  }
  const found = sims.worksection.state.tasks.find((t) => t.id === task.remoteId)!;
  return found.status === 'done' ? 'done' : 'open';
}

test('five tasks on two services picked with click, Shift+click, Shift+j and Ctrl+click are completed there, and one Undo reopens all five', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['webwork', 'worksection']);
  await app.open('#/');
  // "Review …" tasks exist on both services; sorted by title they sit side by side.
  await page.getByTestId('search').fill('review');
  await page.getByTestId('sort').selectOption('title');
  const titles = page.getByTestId('task-row').locator('.title');
  await expect
    .poll(async () => {
      const shownTitles = await titles.allTextContents();
      const sorted = [...shownTitles].sort((a, b) => a.localeCompare(b));
      return shownTitles.length > 5 && shownTitles.every((t, i) => /review/i.test(t) && t === sorted[i]);
    })
    .toBe(true);
  const shown = await shownTasks(page, app.client);
  const open = shown.filter((s) => s.task.status === 'open');
  const { runTasks, others } = pickFive(open);
  const run = runTasks[0]!;
  const picked = [...runTasks, ...others].map((s) => s.task);
  expect(new Set(picked.map((t) => t.provider))).toEqual(new Set(['webwork', 'worksection']));
  for (const task of picked) expect(statusOnServer(sims, task), task.title).toBe('open');

  const row = (index: number) => page.locator(`#task-${index}`);
  await row(run.index).click();
  await row(run.index + 1).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('2 selected');
  await page.keyboard.press('Shift+j');
  await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
  for (const other of others) await row(other.index).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('5 selected');
  for (const task of picked) await expect(page.locator(`[data-key="${task.key}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="task-row"][aria-selected="true"]')).toHaveCount(5);
  await page.setViewportSize({ width: 1280, height: 800 });
  await row(Math.min(...[run, ...others].map((s) => s.index))).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saveScreenshot(page, 'bulk-selection');

  await page.getByTestId('bulk-complete').click();
  await expect(page.getByTestId('bulk-summary')).toContainText('5 tasks completed (queued for their services).');
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Completed 5 tasks');
  // Pointing at the toast holds it while the services catch up.
  await toast.hover();
  await expect.poll(() => picked.map((t) => statusOnServer(sims, t)), { timeout: 30_000 }).toEqual(picked.map(() => 'done'));

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  await expect.poll(() => picked.map((t) => statusOnServer(sims, t)), { timeout: 30_000 }).toEqual(picked.map(() => 'open'));
  await expect.poll(async () => (await app.client.invoke('outbox:list', {})).length, { timeout: 30_000 }).toBe(0);
  for (const task of picked) expect((await app.client.invoke('tasks:get', { key: task.key })).status).toBe('open');
});
