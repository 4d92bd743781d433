import { expect, test } from './fixtures.js';

test("adding an account with a wrong token shows the provider's error in words and adds nothing", async ({ page, app, sims }) => {
  const wrong = 'wwpat-wrong-0000000000000000';
  app.secrets.push(wrong);
  await app.open();
  await page.getByTestId('provider-webwork').check();
  await page.getByTestId('account-label').fill('Remote team');
  await page.getByTestId('account-url').fill(sims.webwork.url);
  await page.getByTestId('account-secret').fill(wrong);
  await page.getByTestId('account-submit').click();
  const error = page.getByTestId('account-error');
  await expect(error).toBeVisible();
  await expect(error).not.toBeEmpty();
  expect(await error.textContent()).toMatch(/token|auth|credential|unauthori[sz]ed|denied|invalid/i);
  expect(await app.client.invoke('accounts:list', {})).toEqual([]);
});

test('onboarding adds a Workity account with its e-mail, and the secret never comes back', async ({ page, app, sims }) => {
  await app.open();
  await page.getByTestId('provider-workity').check();
  await page.getByTestId('account-label').fill('Office');
  await page.getByTestId('account-url').fill(sims.workity.url);
  await page.getByTestId('account-email').fill(sims.workity.users.lenny.email);
  await page.getByTestId('account-secret').fill(sims.workity.users.lenny.password);
  await page.getByTestId('account-submit').click();
  await expect(page.getByTestId('task-list').or(page.getByText('No tasks match'))).toBeVisible();
  await expect(page.getByTestId('task-row').first()).toBeVisible({ timeout: 30_000 });
  const accounts = await app.client.invoke('accounts:list', {});
  expect(JSON.stringify(accounts)).not.toContain(sims.workity.users.lenny.password);
  await page.getByTestId('nav-accounts').click();
  const row = page.getByTestId(`account-row-${accounts[0]!.id}`);
  await row.getByRole('button', { name: 'Test' }).click();
  await expect(row.getByText(/Connected/)).toBeVisible();
});
