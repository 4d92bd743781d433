import type { Page } from '@playwright/test';
import type { Task } from '../../shared/model.js';
import type { Simulators } from '../simulators/all.js';
import { expect, test } from './fixtures.js';
import type { HostClient } from './support/hostClient.js';
import { searchFor, toggleRow } from './support/ui.js';

/*
 * Undo of each kind of change, proven in the simulators' own state (undo.spec.ts has complete).
 * "Once sent" waits until the simulator shows the change; "still queued" drops every request first.
 */

async function webworkTask(client: HostClient, status: 'open' | 'done'): Promise<Task> {
  const { tasks } = await client.invoke('tasks:list', { provider: 'webwork', status, sort: 'title', limit: 1 });
  return tasks[0]!;
}

const onServer = (sims: Simulators, task: Task) => sims.webwork.state.tasks.find((t) => String(t.id) === task.remoteId)!;

async function rowOf(page: Page, task: Task) {
  const rows = await searchFor(page, task.title);
  return rows.and(page.locator(`[data-key="${task.key}"]`));
}

async function openDetail(page: Page, task: Task) {
  await (await rowOf(page, task)).click();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('edit-title')).toHaveValue(task.title);
  return detail;
}

async function undoFromToast(page: Page, label: string) {
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText(label);
  await toast.getByRole('button', { name: 'Undo' }).click();
}

test('reopen, then Undo once sent: the task is done on WebWork again', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const task = await webworkTask(app.client, 'done');
  const doneStatus = onServer(sims, task).status;
  expect(doneStatus).toBeGreaterThanOrEqual(20);
  await app.open();
  await page.getByTestId('filter-status').selectOption('all');
  await toggleRow(page, await rowOf(page, task));
  await expect.poll(() => onServer(sims, task).status, { timeout: 30_000 }).toBe(0);
  await undoFromToast(page, `Reopened “${task.title}”`);
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  await expect.poll(() => onServer(sims, task).status, { timeout: 30_000 }).toBe(20);
  expect(await app.client.invoke('outbox:list', {})).toEqual([]);
});

test('a title edited in the detail pane, then Undo once sent: WebWork has the old title back', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const task = await webworkTask(app.client, 'open');
  await app.open();
  const detail = await openDetail(page, task);
  await detail.getByTestId('edit-title').fill(`${task.title} (renamed)`);
  await detail.getByTestId('edit-save').click();
  await expect(detail.getByTestId('save-result')).toHaveText('Saved.');
  expect(onServer(sims, task).title).toBe(`${task.title} (renamed)`);
  await undoFromToast(page, `Saved changes to “${task.title}”`);
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  await expect.poll(() => onServer(sims, task).title, { timeout: 30_000 }).toBe(task.title);
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(task.title);
  // The form shows the title that is back, not the undone one.
  await expect(detail.getByTestId('edit-title')).toHaveValue(task.title);
});

test('moved to a date from the bulk bar, then Undo once sent: WebWork has the old due date back', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const task = await webworkTask(app.client, 'open');
  const before = onServer(sims, task).end_date;
  await app.open();
  const row = await rowOf(page, task);
  await row.click();
  await row.click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('1 selected');
  await page.getByLabel('Move to date').fill('2031-03-14');
  await page.getByTestId('bulk-bar').getByRole('button', { name: 'Move' }).click();
  await expect.poll(() => onServer(sims, task).end_date?.slice(0, 10), { timeout: 30_000 }).toBe('2031-03-14');
  await undoFromToast(page, 'Moved 1 task');
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  await expect
    .poll(() => onServer(sims, task).end_date?.slice(0, 10) ?? null, { timeout: 30_000 })
    .toBe(before?.slice(0, 10) ?? null);
});

test('deleted from the detail pane, then Undo while queued: WebWork never loses the task', async ({ page, app, sims }) => {
  await app.addAccounts(['webwork']);
  const { tasks } = await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', sort: 'title', limit: 2 });
  const [ahead, task] = [tasks[0]!, tasks[1]!];
  const updatedAt = onServer(sims, task).updated_at;
  await app.open();
  // WebWork is unreachable, and a completion waits ahead of the deletion (each account's changes go in order),
  // so the deletion is never attempted: it is queued in the plain sense, not "sent, reply lost".
  sims.webwork.faults.dropNext = 1_000_000;
  await toggleRow(page, await rowOf(page, ahead));
  await expect(page.getByTestId('nav-outbox').locator('.badge')).toHaveText('1');
  const detail = await openDetail(page, task);
  await detail.getByTestId('delete-task').click();
  await detail.getByTestId('delete-task-confirm').click();
  await expect(page.getByTestId('nav-outbox').locator('.badge')).toHaveText('2');
  await undoFromToast(page, `Deleted “${task.title}”`);
  await expect(page.getByTestId('undo-notice')).toHaveText(/^Undone\./);
  expect((await app.client.invoke('outbox:list', {})).map((e) => e.key)).toEqual([ahead.key]);
  await expect(await rowOf(page, task)).toHaveCount(1);

  sims.webwork.faults.dropNext = 0;
  await app.client.invoke('sync:run', {});
  expect(onServer(sims, task)).toMatchObject({ deleted_at: null, updated_at: updatedAt });
  const sameInProject = sims.webwork.state.tasks.filter(
    (t) => t.title === task.title && String(t.project_id) === task.projectRemoteId,
  );
  expect(sameInProject, 'nothing re-created beside it').toHaveLength(1);
  expect(await app.client.invoke('tasks:get', { key: task.key })).toMatchObject({ title: task.title, pending: false });
});

test('deleted from the detail pane, then Undo once sent: WebWork gets it back as a new task, and the toast says so', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['webwork']);
  const task = await webworkTask(app.client, 'open');
  const original = onServer(sims, task);
  await app.open();
  const detail = await openDetail(page, task);
  await detail.getByTestId('delete-task').click();
  await detail.getByTestId('delete-task-confirm').click();
  await expect.poll(() => onServer(sims, task).deleted_at, { timeout: 30_000 }).not.toBeNull();
  await undoFromToast(page, `Deleted “${task.title}”`);
  // WebWork has no undelete: the core makes the task again, and says what that loses.
  await expect(page.getByTestId('undo-notice')).toContainText(
    `“${task.title}” was already deleted in WebWork Tracker; it is back as a new task, without its comments and history`,
  );
  // Titles repeat across projects: the task is looked for in its own.
  const live = () =>
    sims.webwork.state.tasks.filter(
      (t) => t.title === task.title && t.project_id === original.project_id && t.deleted_at === null,
    );
  await expect.poll(() => live().length, { timeout: 30_000 }).toBe(1);
  const [again] = live();
  expect(again!.id).not.toBe(original.id);
  expect(again).toMatchObject({ project_id: original.project_id, description: original.description });
  expect(again!.end_date?.slice(0, 10) ?? null).toBe(original.end_date?.slice(0, 10) ?? null);
  expect(onServer(sims, task).deleted_at).not.toBeNull();
});

test('Mark all read on News, then Undo: the same items are unread here again (Workity keeps them read)', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['workity']);
  const before = (await app.client.invoke('news:list', {})).map((n) => n.key).sort();
  expect(before.length).toBeGreaterThan(0);
  await app.open('#/news');
  await expect(page.getByTestId('news-item')).toHaveCount(before.length);
  await page.getByTestId('news-reset').click();
  await expect(page.getByTestId('news-item')).toHaveCount(0);
  const readAt = sims.workity.state.users.map((u) => u.newsSince);
  await undoFromToast(page, `Marked ${before.length} news items read`);
  await expect(page.getByTestId('undo-notice')).toContainText('News is unread again here only');
  await expect(page.getByTestId('news-item')).toHaveCount(before.length);
  await expect(page.getByTestId('news-unread')).toHaveText(`${before.length} unread`);
  expect((await app.client.invoke('news:list', {})).map((n) => n.key).sort()).toEqual(before);
  // Workity can't mark news unread: its feed stays cleared, as the notice says.
  expect(sims.workity.state.users.map((u) => u.newsSince)).toEqual(readAt);
});
