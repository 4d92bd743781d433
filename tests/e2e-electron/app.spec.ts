import { expect, test } from '@playwright/test';
import { startWebworkSimulator, type WebworkSimulator } from '../simulators/webwork/index.js';
import { quickAdd } from '../e2e/support/ui.js';
import { findElectronBinary } from './electronBinary.js';
import { hook, isQuickAdd, launchApp, launchSecondInstance, pageFor, windowsOf, type RunningApp } from './support.js';

const electron = findElectronBinary();
const LABEL = 'Remote team';

test.describe('Electron app', () => {
  test.skip(electron.path === null, `Electron suite skipped: ${electron.reason ?? ''}`);
  const binary = electron.path ?? '';

  let running: RunningApp;
  let sim: WebworkSimulator;
  test.beforeEach(async () => {
    sim = await startWebworkSimulator({ rateLimitPerMinute: 100_000, tasksPerProject: 20 });
    running = await launchApp(binary);
  });
  test.afterEach(async () => {
    await running.close();
    await sim.close();
  });

  test('launches into the tray with a locked-down main window served from app://', async () => {
    const { app } = running;
    const main = await pageFor(app, (url) => url.startsWith('app://worktray/') && !url.endsWith('#/quick-add'));
    expect(await hook<boolean>(app, 'hasTray')).toBe(true);
    await expect
      .poll(() => hook<string[]>(app, 'trayMenuLabels'))
      .toEqual(expect.arrayContaining(['Quick add…', 'Open Worktray', 'Sync now', 'Quit Worktray']));
    const page = await main.evaluate(() => ({
      node: typeof (globalThis as Record<string, unknown>).require + typeof (globalThis as Record<string, unknown>).process,
      bridge: Object.keys((globalThis as unknown as { worktray: object }).worktray).sort(),
      evalBlocked: (() => {
        try {
          return eval('false') as boolean;
        } catch {
          return true;
        }
      })(),
    }));
    expect(page).toEqual({ node: 'undefinedundefined', bridge: ['invoke', 'on'], evalBlocked: true });
  });

  test('quick-add through the shortcut’s handler adds a task to the simulator', async () => {
    const { app } = running;
    const main = await pageFor(app, (url) => url.startsWith('app://worktray/') && !url.endsWith('#/quick-add'));
    // No keyring on a CI desktop means basic_text: answer the native consent dialog "Store without a keyring"
    // (a page cannot grant it through settings:set), so no dialog blocks the run.
    await app.evaluate(({ dialog }) => {
      dialog.showMessageBox = async () => ({ response: 1, checkboxChecked: false });
    });
    const added = await main.evaluate(
      async ({ url, secret, label }) => {
        const api = (globalThis as unknown as { worktray: { invoke(c: string, i: unknown): Promise<{ ok: boolean }> } }).worktray;
        const reply = await api.invoke('accounts:add', { provider: 'webwork', label, baseUrl: url, secret, verify: true });
        await api.invoke('sync:run', {});
        return reply.ok;
      },
      { url: sim.url, secret: sim.tokens.owner, label: LABEL },
    );
    expect(added).toBe(true);

    await hook(app, 'triggerQuickAddShortcut');
    await expect.poll(async () => (await windowsOf(app)).find(isQuickAdd)?.visible).toBe(true);
    const page = await pageFor(app, (url) => url.endsWith('#/quick-add'));
    const title = 'Call the printer from the tray';
    await quickAdd(page, { title, account: LABEL });
    await expect.poll(() => sim.state.tasks.filter((task) => task.title === title).length, { timeout: 30_000 }).toBe(1);
  });

  test('closing the main window hides it to the tray and the app keeps running', async () => {
    const { app } = running;
    await pageFor(app, (url) => url.startsWith('app://worktray/') && !url.endsWith('#/quick-add'));
    await app.evaluate(({ BrowserWindow }) => {
      const main = BrowserWindow.getAllWindows().find((w) => !w.webContents.getURL().endsWith('#/quick-add'));
      main?.close();
    });
    await expect.poll(async () => (await windowsOf(app)).filter((w) => !isQuickAdd(w)).map((w) => w.visible)).toEqual([false]);
    expect(await hook<boolean>(app, 'hasTray')).toBe(true);
  });

  test('a second launch focuses the first instance and exits; `--quick-add` opens quick-add', async () => {
    const { app, dataDir } = running;
    await pageFor(app, (url) => url.startsWith('app://worktray/') && !url.endsWith('#/quick-add'));
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().forEach((w) => w.hide()));
    expect(await launchSecondInstance(binary, dataDir)).toBe(0);
    await expect.poll(async () => (await windowsOf(app)).filter((w) => !isQuickAdd(w)).map((w) => w.visible)).toEqual([true]);
    expect(await launchSecondInstance(binary, dataDir, ['--quick-add'])).toBe(0);
    await expect.poll(async () => (await windowsOf(app)).find(isQuickAdd)?.visible).toBe(true);
  });
});
