import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Task } from '../../shared/model.js';
import { expect, test, type App } from './fixtures.js';
import { searchFor } from './support/ui.js';

/** Bytes that text handling would break: a NUL, 0xFF and a NUL at the end. */
function binary(length: number): Buffer {
  const bytes = randomBytes(length);
  bytes[0] = 0x00;
  bytes[1] = 0xff;
  bytes[length - 1] = 0x00;
  return bytes;
}

async function openTask(page: Page, task: Task) {
  // Titles repeat across projects: the row is picked by its key.
  const rows = await searchFor(page, task.title);
  await rows.and(page.locator(`[data-key="${task.key}"]`)).click();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('edit-title')).toHaveValue(task.title);
  return detail;
}

/** A Workity account, and the detail pane of an open task in its project 11 (whose files the pane lists). */
async function openWorkityTask(page: Page, app: App) {
  const { workity } = await app.addAccounts(['workity']);
  const [task] = (
    await app.client.invoke('tasks:list', { accountId: workity.id, projectRemoteId: '11', status: 'not-done', limit: 1 })
  ).tasks;
  await app.open();
  return openTask(page, task!);
}

/** The bytes of the download a click starts. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await started.path();
  return { name: started.suggestedFilename(), bytes: readFileSync(path) };
}

test('a task deleted from the detail pane, after a confirmation naming the service, is gone from WebWork', async ({
  page,
  app,
  sims,
}) => {
  const { webwork } = await app.addAccounts(['webwork']);
  const [task] = (await app.client.invoke('tasks:list', { accountId: webwork.id, status: 'not-done', limit: 1 })).tasks;
  await app.open();
  const detail = await openTask(page, task!);
  await detail.getByTestId('delete-task').click();
  const dialog = detail.getByRole('alertdialog', { name: 'Confirm deletion' });
  await expect(dialog).toContainText(`Delete “${task!.title}” from WebWork Tracker?`);
  // "Keep it" deletes nothing.
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toHaveCount(0);
  await detail.getByTestId('delete-task').click();
  await detail.getByTestId('delete-task-confirm').click();
  await expect(page.getByTestId('detail')).toHaveCount(0);
  await expect(page.locator(`[data-testid="task-row"][data-key="${task!.key}"]`)).toHaveCount(0);
  const onServer = sims.webwork.state.tasks.find((t) => String(t.id) === task!.remoteId);
  expect(onServer?.deleted_at).toBeTruthy();
});

test('a Worksection task says why it cannot be deleted, and its file downloads byte for byte', async ({ page, app, sims }) => {
  const { worksection } = await app.addAccounts(['worksection']);
  const [task] = (await app.client.invoke('tasks:list', { accountId: worksection.id, status: 'not-done', limit: 1 })).tasks;
  const bytes = binary(40_000);
  const simTask = sims.worksection.state.tasks.find((t) => t.id === task!.remoteId)!;
  sims.worksection.state.files.push({
    id: '990001',
    projectId: simTask.projectId,
    taskId: simTask.id,
    name: 'photo.bin',
    content: bytes,
    dateAdded: '2024-05-01 10:00',
    userFromId: sims.worksection.state.ownerId,
  });
  await app.open();
  const detail = await openTask(page, task!);
  await expect(detail.getByTestId('cap-note-deleteTasks')).toContainText('does not delete tasks');
  await expect(detail.getByTestId('delete-task')).toHaveCount(0);
  const file = detail.getByTestId('task-file').filter({ hasText: 'photo.bin' });
  await file.scrollIntoViewIfNeeded();
  const got = await download(page, () => file.getByRole('button', { name: 'Download photo.bin' }).click());
  expect(got.name).toBe('photo.bin');
  expect(got.bytes.equals(bytes)).toBe(true);
});

test("a Workity file of the task's project downloads byte for byte", async ({ page, app, sims }) => {
  const bytes = binary(70_000);
  const id = String(
    sims.workity.actAs('carl').call('NewFile', {
      ProjectID: 11,
      Name: 'scan.bin',
      ContentType: 'application/octet-stream',
      Details: '',
      Bytes: bytes.toString('base64'),
      ModificationDate: '2030-01-01T11:00',
    }),
  );
  const detail = await openWorkityTask(page, app);
  const got = await download(page, () =>
    detail.getByTestId('task-file').filter({ hasText: 'scan.bin' }).getByRole('button', { name: 'Download scan.bin' }).click(),
  );
  expect(got.name).toBe('scan.bin');
  expect(got.bytes.equals(sims.workity.state.items.get(`file:${id}`)!.bytes!)).toBe(true);
});

test("a file added from a Workity task's pane is on Workity byte for byte, in the task's project", async ({
  page,
  app,
  sims,
}) => {
  const bytes = binary(50_000);
  const detail = await openWorkityTask(page, app);
  await detail
    .getByTestId('file-upload')
    .setInputFiles({ name: 'plan.bin', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(detail.getByTestId('file-uploaded')).toHaveText('plan.bin is on Workity now.');
  await expect(detail.getByTestId('task-file').filter({ hasText: 'plan.bin' })).toHaveCount(1);
  const onServer = [...sims.workity.state.items.values()].filter((item) => item.kind === 'file' && item.title === 'plan.bin');
  expect(onServer).toHaveLength(1);
  expect(onServer[0]!.bytes!.equals(bytes)).toBe(true);
  expect(onServer[0]!.projectId).toBe(11);
});
