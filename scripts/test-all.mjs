#!/usr/bin/env node
// `npm test`: every suite (static checks, unit + contract, e2e in Chromium, the Electron suite),
// each summarised, then one closing line "N passed, N failed, N skipped" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  console.log(`=== ${name} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${child.status})`);
  return child.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function check(name, command, args) {
  const status = run(name, command, args);
  results.push({ name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 });
}

function vitest() {
  const file = 'test-results/vitest.json';
  rmSync(file, { force: true });
  const status = run('unit + contract', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  if (!report)
    return results.push({ name: 'unit + contract', passed: 0, failed: 1, skipped: 0, note: `no report (exit ${status})` });
  const failedSuites = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  results.push({
    name: 'unit + contract',
    passed: report.numPassedTests,
    failed: report.numFailedTests + failedSuites,
    skipped: report.numPendingTests + report.numTodoTests,
  });
}

function playwright(name, config, file) {
  if (!existsSync(config)) return;
  rmSync(file, { force: true });
  const status = run(name, 'npx', ['playwright', 'test', '--config', config], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file);
  if (!report?.stats) return results.push({ name, passed: 0, failed: 1, skipped: 0, note: `no report (exit ${status})` });
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const crashed = status !== 0 && unexpected === 0 ? 1 : 0;
  results.push({ name, passed: expected + flaky, failed: unexpected + crashed, skipped });
}

const only = process.argv[2];
if (!only || only === 'static') {
  check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  check('lint', 'npm', ['run', '--silent', 'lint']);
}
if (!only || only === 'vitest') {
  // Tests spawn `worktray` often: a fresh bundle starts it without compiling TypeScript each time.
  check('build cli', 'npm', ['run', '--silent', 'build:cli']);
  vitest();
}
if (!only || only === 'e2e') {
  if (existsSync('renderer/index.html')) check('build renderer', 'npm', ['run', '--silent', 'build:renderer']);
  playwright('e2e (Chromium, web host)', 'playwright.config.ts', 'test-results/e2e.json');
  playwright('electron', 'playwright.electron.config.ts', 'test-results/e2e-electron.json');
}

console.log('\nSuite summary');
for (const r of results)
  console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.note ? ` (${r.note})` : ''}`);
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);
process.exit(sum('failed') > 0 ? 1 : 0);
