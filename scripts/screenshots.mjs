#!/usr/bin/env node
// `npm run screenshots`: the e2e specs that take the README's pictures, run against the real web
// host and the simulators with WORKTRAY_SCREENSHOTS=1 so they write docs/screenshots. Ordinary
// e2e runs leave the tracked pictures alone.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', '--silent', 'build:renderer'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const specs = process.argv.slice(2);
const run = spawnSync('npx', ['playwright', 'test', ...specs], {
  stdio: 'inherit',
  env: { ...process.env, WORKTRAY_SCREENSHOTS: '1' },
});
process.exit(run.status ?? 1);
