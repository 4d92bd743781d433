import { execFileSync } from 'node:child_process';

/** The web host serves dist/renderer, so the e2e run always tests a fresh production build. */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'],
    {
      stdio: 'inherit',
    },
  );
}
