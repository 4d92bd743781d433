#!/usr/bin/env node
// `npm start`: the Electron app where its binary is installed, otherwise the web host in the system's browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const binary = electronBinary();
if (binary) {
  run('npm', ['run', '--silent', 'build']);
  run(binary, ['.', ...process.argv.slice(2)]);
} else {
  console.error('The Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); starting the web host instead.');
  if (!existsSync('dist/renderer/index.html')) run('npm', ['run', '--silent', 'build:renderer']);
  run(process.execPath, ['bin/worktray.mjs', 'serve', ...process.argv.slice(2)]);
}
