import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPassphraseVault } from '../../../main/core/vault/vault.js';
import { startWorkitySimulator, type WorkitySimulator } from '../../simulators/workity/index.js';

/*
 * The shipped bundles, not the sources: built with the real build script and
 * run under Node with a stand-in `electron` module, so a bundling mistake
 * (an ESM-only import, import.meta in CommonJS, a missing file) fails here
 * even where the Electron binary cannot be installed.
 */

const root = path.resolve(import.meta.dirname, '../../..');
let outDir = '';
let dataDir = '';
const SMOKE_PASSPHRASE = ' a passphrase for the cli ';
interface SmokeReport {
  errors: string[];
  replies: Record<string, unknown>;
  schemes: unknown;
  protocols: string[];
  traversalStatus: number;
  trayMenu: string[];
  windows: { preloadExists: boolean; webPreferences: Record<string, unknown> }[];
}
let report = {} as SmokeReport;
let sim: WorkitySimulator;

beforeAll(async () => {
  sim = await startWorkitySimulator({ tasksPerProject: 3 });
  const account = {
    provider: 'workity',
    label: 'Office',
    baseUrl: sim.url,
    email: sim.users.lenny.email,
    secret: sim.users.lenny.password,
    verify: true,
  };
  const base = mkdtempSync(path.join(os.tmpdir(), 'worktray-bundle-'));
  outDir = path.join(base, 'electron');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), `--out=${outDir}`], {
    cwd: root,
    stdio: 'pipe',
  });
  dataDir = path.join(base, 'data');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '-r',
      path.join(import.meta.dirname, 'fixtures/fakeElectron.cjs'),
      path.join(outDir, 'main.cjs'),
      `--data-dir=${dataDir}`,
      '--hidden',
    ],
    {
      cwd: root,
      // The bundle sits in a temp folder; its two externals (better-sqlite3, and electron, faked) come from the repo.
      env: {
        ...process.env,
        WORKTRAY_LOG_LEVEL: 'error',
        NODE_PATH: path.join(root, 'node_modules'),
        SMOKE_ACCOUNT: JSON.stringify(account),
        SMOKE_PASSPHRASE,
      },
      timeout: 45_000,
    },
  );
  report = JSON.parse(stdout) as SmokeReport;
}, 90_000);

afterAll(async () => {
  await sim.close();
});

describe('the built Electron bundle', () => {
  it('starts the real core and answers the contract over IPC', () => {
    expect(report.errors).toEqual([]);
    expect(report.replies['app:info']).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '0.0.0-smoke', shell: { secrets: { kind: 'safeStorage', isStrong: true } } },
    });
    expect(report.replies['accounts:list']).toEqual({ ok: true, value: [] });
    expect(report.replies['tasks:counts']).toMatchObject({ ok: true, value: { news: 0, conflicts: 0 } });
  });

  it('adds a Workity account (SOAP with the bundled WSDL, secret sealed by safeStorage) and syncs its tasks', () => {
    expect(report.replies['accounts:add']).toMatchObject({ ok: true, value: { provider: 'workity', label: 'Office' } });
    expect(report.replies['sync:run']).toMatchObject({ ok: true });
    const listed = report.replies['tasks:list'] as { ok: boolean; value: { total: number } };
    expect(listed.ok).toBe(true);
    expect(listed.value.total).toBeGreaterThan(0);
  });

  it('refuses settings:set from a page that tries to grant the keyring consent itself', () => {
    expect(report.replies.grantPlainText).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(report.replies.settingsAfter).toMatchObject({ ok: true, value: { allowPlainTextSecrets: false } });
  });

  it('adds a passphrase slot from Settings, and the passphrase then opens the vault the desktop sealed', () => {
    expect(report.replies['vault:addPassphrase']).toEqual({ ok: true, value: { added: true } });
    const { id } = (report.replies['accounts:add'] as { value: { id: string } }).value;
    expect(openPassphraseVault(dataDir, SMOKE_PASSPHRASE).get(id)).toBe(sim.users.lenny.password);
  });

  it('refuses a foreign frame and an unknown channel', () => {
    expect(report.replies.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.replies.unknown).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('registers app:// before ready, serves nothing outside the renderer, and builds the tray', () => {
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(report.protocols).toEqual(['app']);
    expect(report.traversalStatus).toBe(404);
    expect(report.trayMenu).toEqual(
      expect.arrayContaining(['Quick add…', 'Open Worktray', 'Sync now', 'Start at login', 'Quit Worktray']),
    );
  });

  it('gives its windows the bundled preload with the secure preferences', () => {
    expect(report.windows.length).toBeGreaterThan(0);
    for (const win of report.windows) {
      expect(win.preloadExists).toBe(true);
      expect(win.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
    }
  });

  it('bundles the preload into one file that requires only electron, as a sandboxed preload must', () => {
    const preload = readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    const requires = [...preload.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(requires)]).toEqual(['electron']);
  });

  it('leaves the Playwright test hooks out of a normal build', () => {
    expect(readFileSync(path.join(outDir, 'main.cjs'), 'utf8')).not.toContain('__worktrayTest');
  });
});
