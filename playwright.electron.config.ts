import { defineConfig } from '@playwright/test';

/*
 * The Electron app itself, through Playwright's `_electron`, against a
 * provider simulator. It needs the Electron binary; where the binary is
 * missing every test reports itself skipped with the reason.
 * Separate from playwright.config.ts so the web-host e2e run is unaffected.
 */
export default defineConfig({
  testDir: 'tests/e2e-electron',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e-electron/globalSetup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e-electron.json' }]],
  outputDir: 'test-results/e2e-electron-artifacts',
});
