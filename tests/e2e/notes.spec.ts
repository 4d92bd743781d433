import type { Page } from '@playwright/test';
import type { Simulators } from '../simulators/all.js';
import { expect, saveScreenshot, test } from './fixtures.js';
import { searchFor } from './support/ui.js';

/** The Workity simulator's own notes with this title, in any project. */
function notesOnServer(sims: Simulators, title: string) {
  return [...sims.workity.state.items.values()].filter((i) => i.kind === 'note' && i.title === title);
}

/** Fills the open note form and saves it. */
async function fillNote(page: Page, title: string, text: string) {
  const form = page.getByTestId('note-form');
  await form.getByTestId('note-title').fill(title);
  await form.getByTestId('note-text').fill(text);
  await form.getByTestId('note-save').click();
}

test('a note added on the Notes page reaches Workity once; an edit from a task of its project replaces it there', async ({
  page,
  app,
  sims,
}) => {
  const { workity } = await app.addAccounts(['workity']);
  await app.open();
  await page.getByTestId('nav-notes').click();
  await page.getByTestId('notes-project').selectOption({ label: 'Birthday party' });
  const panel = page.getByTestId('notes-panel');
  await expect(panel.getByRole('heading', { name: 'Notes in Birthday party' })).toBeVisible();
  await expect(panel.getByTestId('note').filter({ hasText: 'Guest list' })).toBeVisible();

  await panel.getByTestId('note-add').click();
  await fillNote(page, 'Cake order', 'Chocolate, 40 slices');
  await expect(panel.getByTestId('note-result')).toHaveText('Added “Cake order” to Workity.');
  const [made, ...others] = notesOnServer(sims, 'Cake order');
  expect(others, 'exactly one note on Workity').toEqual([]);
  expect(made).toMatchObject({ projectId: 11, details: 'Chocolate, 40 slices' });
  const row = panel.getByTestId('note').filter({ hasText: 'Cake order' });
  await expect(row).toContainText('Chocolate, 40 slices');
  await expect(row.locator('.pill')).toHaveCount(0);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, 'workity-note');

  // The same project's notes, from one of its tasks.
  const task = (await app.client.invoke('tasks:list', { accountId: workity.id, projectRemoteId: '11', limit: 1 })).tasks[0]!;
  await page.getByTestId('view-all').click();
  const rows = await searchFor(page, task.title);
  await rows.and(page.locator(`[data-key="${task.key}"]`)).click();
  await page.keyboard.press('Enter');
  const detailNotes = page.getByTestId('detail').getByTestId('notes-panel');
  await detailNotes.getByRole('button', { name: 'Edit Cake order' }).click();
  await fillNote(page, 'Cake order (final)', 'Chocolate, 45 slices');
  await expect(detailNotes.getByTestId('note-result')).toHaveText('Saved “Cake order (final)” to Workity.');
  expect(notesOnServer(sims, 'Cake order')).toEqual([]);
  const edited = notesOnServer(sims, 'Cake order (final)');
  expect(edited.map((n) => [n.id, n.details])).toEqual([[made!.id, 'Chocolate, 45 slices']]);
  // The edit carried the note's revision: Workity made no conflict copy of it (the seed has one of a task).
  const conflicts = await app.client.invoke('conflicts:list', {});
  expect(conflicts.filter((c) => c.key.includes(':note:'))).toEqual([]);
  await expect(detailNotes.getByTestId('note').filter({ hasText: 'Cake order (final)' })).toContainText('45 slices');
});

test('a note added while Workity is unreachable shows Pending, reaches Workity once when it is back, and no longer says so', async ({
  page,
  app,
  sims,
}) => {
  await app.addAccounts(['workity']);
  await app.open('#/notes');
  await page.getByTestId('notes-project').selectOption({ label: 'Sector 7G safety' });
  const panel = page.getByTestId('notes-panel');
  sims.workity.faults.dropNext = 1_000_000;
  await panel.getByTestId('note-add').click();
  await fillNote(page, 'Fire drill', 'Thursday, 10:00');
  await expect(panel.getByTestId('note-result')).toHaveText(
    'Added “Fire drill” here; it will reach Workity when Workity is reachable.',
  );
  const row = panel.getByTestId('note').filter({ hasText: 'Fire drill' });
  await expect(row.locator('.pill')).toHaveText('Pending');
  // A note Workity has not given an id yet can't be edited; the row says so instead of offering it.
  await expect(row.getByRole('button', { name: /Edit/ })).toHaveCount(0);
  await expect(row).toContainText('Editable once it reaches Workity');
  expect(notesOnServer(sims, 'Fire drill')).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 420, height: 700 });
  await saveScreenshot(page, 'workity-note-pending-dark-420');

  sims.workity.faults.dropNext = 0;
  await app.client.invoke('outbox:push', {});
  await expect(row.locator('.pill')).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Edit Fire drill' })).toBeVisible();
  const onServer = notesOnServer(sims, 'Fire drill');
  expect(onServer.map((n) => [n.projectId, n.details])).toEqual([[12, 'Thursday, 10:00']]);
});

test('Esc in a note form with something typed asks before throwing it away', async ({ page, app, sims }) => {
  await app.addAccounts(['workity']);
  await app.open('#/notes');
  const panel = page.getByTestId('notes-panel');
  await panel.getByTestId('note-add').click();
  await page.getByTestId('note-title').fill('Half a thought');
  await page.keyboard.press('Escape');
  const confirm = page.getByTestId('discard-confirm');
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByTestId('note-title')).toHaveValue('Half a thought');
  await page.getByTestId('note-title').press('Escape');
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByTestId('note-form')).toHaveCount(0);
  expect(notesOnServer(sims, 'Half a thought')).toEqual([]);
});
