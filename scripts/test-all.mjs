#!/usr/bin/env node
// `npm test`: every suite (static checks, unit + contract, the date tests in two far-apart time
// zones, e2e in Chromium, the Electron suite), each summarised, then one closing line
// "N passed, N failed, N skipped" that CI reads. scripts/testSummary.mjs makes sure a crash is
// never summed as "0 failed".
//
// `node scripts/test-all.mjs [static|vitest|dates|e2e]` runs one group. TEST_ALL_VITEST_CONFIG,
// TEST_ALL_PLAYWRIGHT_CONFIG and TEST_ALL_RESULTS_DIR point a group at other suites; the test of
// this script (tests/unit/scripts) uses them to feed it each kind of crash.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closingLine, summarizeCheck, summarizePlaywright, summarizeVitest } from './testSummary.mjs';

const env = process.env;
const resultsDir = env.TEST_ALL_RESULTS_DIR ?? 'test-results';
const results = [];
mkdirSync(resultsDir, { recursive: true });

function run(name, command, args, extraEnv = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv }, shell: false });
  const code = child.status ?? 1;
  console.log(`=== ${name} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${child.status ?? child.signal})`);
  return code;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function record(name, summary) {
  results.push({ name, ...summary });
}

function check(name, command, args) {
  record(name, summarizeCheck(run(name, command, args)));
}

function vitest(name, args, extraEnv = {}) {
  const file = join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(file, { force: true });
  const config = env.TEST_ALL_VITEST_CONFIG ? ['--config', env.TEST_ALL_VITEST_CONFIG] : [];
  const status = run(
    name,
    'npx',
    ['vitest', 'run', ...config, ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    extraEnv,
  );
  record(name, summarizeVitest(readJson(file), status));
}

function playwright(name, config, file) {
  if (!existsSync(config)) return;
  rmSync(file, { force: true });
  const status = run(name, 'npx', ['playwright', 'test', '--config', config], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  record(name, summarizePlaywright(readJson(file), status));
}

const only = process.argv[2];
const wants = (group) => !only || only === group;
if (wants('static')) {
  check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  check('lint', 'npm', ['run', '--silent', 'lint']);
}
if (wants('vitest')) {
  // Tests spawn `worktray` often: a fresh bundle starts it without compiling TypeScript each time.
  if (!env.TEST_ALL_VITEST_CONFIG) check('build cli', 'npm', ['run', '--silent', 'build:cli']);
  vitest('unit + contract', []);
}
if (wants('dates') && existsSync('tests/unit/time') && !env.TEST_ALL_VITEST_CONFIG) {
  // "Today" and "overdue" go wrong near midnight away from UTC: run the date tests on both sides of it.
  for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
    vitest(`dates (TZ=${zone})`, ['--project', 'unit', 'tests/unit/time'], { TZ: zone });
  }
}
if (wants('e2e')) {
  if (env.TEST_ALL_PLAYWRIGHT_CONFIG) {
    playwright('e2e', env.TEST_ALL_PLAYWRIGHT_CONFIG, join(resultsDir, 'e2e.json'));
  } else {
    if (existsSync('renderer/index.html')) check('build renderer', 'npm', ['run', '--silent', 'build:renderer']);
    playwright('e2e (Chromium, web host)', 'playwright.config.ts', join(resultsDir, 'e2e.json'));
    playwright('electron', 'playwright.electron.config.ts', join(resultsDir, 'e2e-electron.json'));
  }
}

console.log('\nSuite summary');
for (const r of results) {
  console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  for (const note of r.notes) console.log(`    ${note}`);
}
const closing = closingLine(results);
console.log(closing.line);
process.exit(closing.exitCode);
