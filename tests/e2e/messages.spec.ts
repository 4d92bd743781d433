import AxeBuilder from '@axe-core/playwright';
import { expect, saveScreenshot, test } from './fixtures.js';

/*
 * Issue 13 item 9: people read sentences. An error names the service and the
 * field, with its code only behind "Details"; an outbox row says what the
 * change will do, by the account's and project's names, never "task.create".
 */

test('outbox rows say what will happen, by name; a refused change reads as a sentence with the code behind Details', async ({
  page,
  app,
  sims,
}) => {
  const accounts = await app.addAccounts(['webwork', 'workity']);
  const [webProject] = await app.client.invoke('projects:list', { accountId: accounts.webwork.id });
  const [workityProject] = await app.client.invoke('projects:list', { accountId: accounts.workity.id });
  const { tasks } = await app.client.invoke('tasks:list', { provider: 'webwork', status: 'open', sort: 'title', limit: 20 });
  const first = tasks[0];
  const second = tasks.find((t) => t.title !== first?.title);

  // WebWork is down: what is done now waits in the outbox.
  await sims.webwork.close();
  const created = await app.client.invoke('tasks:add', {
    accountId: accounts.webwork.id,
    projectRemoteId: webProject!.remoteId,
    title: 'Call printer',
  });
  expect(created.state).toBe('queued');
  await app.client.invoke('tasks:edit', { key: first!.key, patch: { status: 'done' } });
  await app.client.invoke('tasks:edit', { key: second!.key, patch: { dueDate: '2027-12-24' } });
  // Workity is up but refuses a title over its 100 characters: a failed row with the service's reason.
  const long = `Quarterly report ${'with every appendix and table '.repeat(5)}`.trim();
  const refused = await app.client.invoke('tasks:add', {
    accountId: accounts.workity.id,
    projectRemoteId: workityProject!.remoteId,
    title: long,
  });
  expect(refused.state).toBe('failed');
  // The refused task never reached Workity.
  expect([...sims.workity.state.items.values()].some((item) => item.title === long)).toBe(false);

  await app.open('#/outbox');
  const changes = page.getByTestId('outbox-change');
  await expect(changes).toHaveText([
    `Create “Call printer” in ${accounts.webwork.label} · ${webProject!.name}`,
    `Complete “${first!.title}”`,
    `Move “${second!.title}” to Fri 24 Dec 2027`,
    new RegExp(`^Create “Quarterly report .*…” in ${accounts.workity.label} · ${workityProject!.name}$`),
  ]);
  await expect(page.getByTestId('outbox-row').filter({ hasText: /task\.(create|update)/ })).toHaveCount(0);

  const failed = page.getByTestId('outbox-row').filter({ hasText: 'Failed' });
  const message = failed.getByTestId('error-message');
  await expect(message.locator('.error-sentence')).toHaveText(
    `Title is too long for Workity (100 characters at most; it has ${long.length})`,
  );
  // The code is there, but only behind Details.
  const details = message.locator('details code');
  await expect(details).toBeHidden();
  await message.getByText('Details').click();
  await expect(details).toBeVisible();
  await expect(details).toContainText('code validation');
  await expect(details).toContainText('field title');
  // Sentences and opened details stay readable and labelled in both themes.
  for (const theme of ['light', 'dark'] as const) {
    await app.client.invoke('settings:set', { theme });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await message.getByText('Details').click();
    await expect(details).toBeVisible();
    const result = await new AxeBuilder({ page }).include('section[aria-label="Outbox"]').analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }
  await app.client.invoke('settings:set', { theme: 'light' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await saveScreenshot(page, 'outbox-words');
});
