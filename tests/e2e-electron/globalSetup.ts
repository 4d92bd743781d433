import { execFileSync } from 'node:child_process';
import { findElectronBinary } from './electronBinary.js';

/** Builds the renderer and a test build of the shell (with its hooks) when there is an Electron to run them in. */
export default function globalSetup(): void {
  const electron = findElectronBinary();
  if (electron.path === null) {
    console.log(`Electron suite skipped: ${electron.reason}`);
    return;
  }
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--test'], { stdio: 'inherit' });
}
