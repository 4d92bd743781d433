import { expect, type Locator, type Page } from '@playwright/test';
import type { HostClient } from './hostClient.js';

/** Types into the quick-add form and submits it with Enter (or Ctrl+Enter to keep it open); a closing dialog is waited out. */
export async function quickAdd(
  page: Page,
  opts: { title: string; account: string; due?: string; details?: string; keepOpen?: boolean },
): Promise<void> {
  await page.getByTestId('qa-account').fill(opts.account);
  await page.getByTestId('qa-account').press('Enter');
  await expect(page.getByTestId('qa-project')).not.toHaveValue('');
  if (opts.details) await page.getByTestId('qa-details').fill(opts.details);
  if (opts.due) await page.getByTestId('qa-due').fill(opts.due);
  await page.getByTestId('qa-title').fill(opts.title);
  const dialog = page.getByTestId('quick-add-dialog');
  const overList = (await dialog.count()) > 0;
  await page.getByTestId('qa-title').press(opts.keepOpen ? 'Control+Enter' : 'Enter');
  // The list behind the dialog is inert until the save is answered and the dialog goes: typing into
  // it before then lands in the dialog. Wait for it to go, as a person sees it go.
  if (overList && !opts.keepOpen) await expect(dialog).toHaveCount(0);
}

/** Narrows the task list with the search box and returns the rows matching the text. */
export async function searchFor(page: Page, text: string) {
  await page.getByTestId('search').fill(text);
  return page.getByTestId('task-row').filter({ hasText: text });
}

/**
 * Completes (or reopens) the task in this row the way a keyboard user does:
 * select the row, then x. Rows hold no buttons (the listbox pattern forbids them).
 */
export async function toggleRow(page: Page, row: Locator): Promise<void> {
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('x');
}

/** After a fresh pull, the server holds exactly one task with this title, with a server id. */
export async function expectOnServerOnce(client: HostClient, title: string): Promise<void> {
  await client.invoke('sync:run', {});
  const found = await client.invoke('tasks:list', { search: title, status: 'all' });
  const exact = found.tasks.filter((t) => t.title === title);
  expect(exact, `exactly one "${title}" after a pull`).toHaveLength(1);
  expect(exact[0]!.remoteId).not.toBeNull();
  expect(exact[0]!.pending).toBe(false);
}
