import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import type { PublicAccount } from '../../shared/contract.js';
import { PROVIDER_IDS, type ProviderId } from '../../shared/model.js';
import { startHost, type RunningHost } from './support/host.js';
import { connectClient, type HostClient } from './support/hostClient.js';
import { findSecrets } from './support/secrets.js';
import { startSimulators, type SimulatorSizes, type Simulators } from '../simulators/all.js';

export interface App {
  host: RunningHost;
  client: HostClient;
  dataDir: string;
  /** Extra secrets a test typed (e.g. a wrong token): also must not leak. */
  secrets: string[];
  /** Adds accounts through the contract and syncs them once. */
  addAccounts(providers?: readonly ProviderId[]): Promise<Record<ProviderId, PublicAccount>>;
  /** Opens the app at a hash route, e.g. '#/quick-add'. */
  open(hash?: string): Promise<void>;
}

interface Fixtures {
  simSizes: SimulatorSizes;
  sims: Simulators;
  app: App;
}

export const test = base.extend<Fixtures>({
  simSizes: [{}, { option: true }],
  sims: async ({ simSizes }, use) => {
    const sims = await startSimulators(simSizes);
    await use(sims);
    await sims.close();
  },
  app: async ({ page, sims }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'worktray-e2e-'));
    const host = await startHost(dataDir);
    const client = await connectClient(host);
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
    const extraSecrets: string[] = [];
    const app: App = {
      host,
      client,
      dataDir,
      secrets: extraSecrets,
      async addAccounts(providers = PROVIDER_IDS) {
        const added = {} as Record<ProviderId, PublicAccount>;
        for (const provider of providers) added[provider] = await client.invoke('accounts:add', sims.accounts[provider]);
        await client.invoke('sync:run', {});
        return added;
      },
      async open(hash = '') {
        await page.goto(`${host.url}${hash}`);
      },
    };
    await use(app);
    client.close();
    await host.stop();
    const errors = consoleLines.filter((line) => line.startsWith('pageerror') || /Content Security Policy/i.test(line));
    const leaks = findSecrets(dataDir, [...sims.secrets, ...extraSecrets], {
      'host output': host.output(),
      'browser console': consoleLines.join('\n'),
    });
    await testInfo.attach('host-output', { body: host.output(), contentType: 'text/plain' });
    rmSync(dataDir, { recursive: true, force: true });
    expect(leaks, 'no secret outside the encrypted vault').toEqual([]);
    expect(errors, 'no page errors or CSP violations').toEqual([]);
  },
});

export { expect };

/**
 * Saves a README screenshot under docs/screenshots, only when `npm run screenshots` asks for them:
 * an ordinary e2e run must not rewrite tracked files.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.WORKTRAY_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: join('docs', 'screenshots', `${name}.png`) });
}
