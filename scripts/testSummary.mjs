// Reads each runner's JSON report into { passed, failed, skipped, notes } so that nothing that
// crashed can be summed as "0 failed": a suite that failed outside a test, a runner that exited
// non-zero with no failed test (an unhandled error), and tests "skipped" because a hook threw
// all count as failures.

/** Vitest's JSON report (`--reporter=json`) and the runner's exit code. */
export function summarizeVitest(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, notes: [`no report (exit ${exitCode})`] };
  const notes = [];
  let failed = report.numFailedTests ?? 0;
  let skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const suite of report.testResults ?? []) {
    const assertions = suite.assertionResults ?? [];
    if (suite.status !== 'failed' || assertions.some((a) => a.status === 'failed')) continue;
    // The file failed outside its tests: at import, or in a beforeAll/afterAll hook. Tests the
    // hook kept from running show as skipped; they did not pass, so they count as failed.
    const blocked = assertions.filter((a) => a.status === 'skipped' || a.status === 'pending').length;
    failed += Math.max(1, blocked);
    skipped -= blocked;
    notes.push(`${suite.name}: ${firstLine(suite.message) || 'failed outside its tests'}`);
  }
  return withExitCheck({ passed: report.numPassedTests ?? 0, failed, skipped, notes }, exitCode);
}

/** Playwright's JSON report and the runner's exit code. */
export function summarizePlaywright(report, exitCode) {
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0, notes: [`no report (exit ${exitCode})`] };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const notes = [];
  const hookSkipped = countUnannotatedSkips(report.suites ?? []);
  if (hookSkipped > 0) notes.push(`${hookSkipped} test(s) skipped because a hook failed`);
  const errors = (report.errors ?? []).length;
  if (errors > 0) notes.push(`${errors} error(s) outside tests: ${firstLine(report.errors[0]?.message)}`);
  const summary = { passed: expected + flaky, failed: unexpected + hookSkipped + errors, skipped: skipped - hookSkipped, notes };
  return withExitCheck(summary, exitCode);
}

/** A static check (typecheck, lint, a build): one pass or one failure. */
export function summarizeCheck(exitCode) {
  return exitCode === 0
    ? { passed: 1, failed: 0, skipped: 0, notes: [] }
    : { passed: 0, failed: 1, skipped: 0, notes: [`exit ${exitCode}`] };
}

/** The closing line CI reads, and the exit code that goes with it. */
export function closingLine(results) {
  const sum = (key) => results.reduce((n, r) => n + r[key], 0);
  const failed = sum('failed');
  return { line: `${sum('passed')} passed, ${failed} failed, ${sum('skipped')} skipped`, exitCode: failed > 0 ? 1 : 0 };
}

function withExitCheck(summary, exitCode) {
  if (exitCode === 0 || summary.failed > 0) return summary;
  // Vitest exits 1 on an unhandled error or rejection while every test passed.
  return { ...summary, failed: 1, notes: [...summary.notes, `runner exited ${exitCode ?? 'by a signal'} with no failed test`] };
}

function countUnannotatedSkips(suites) {
  let count = 0;
  for (const suite of suites) {
    count += countUnannotatedSkips(suite.suites ?? []);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const intended = (test.annotations ?? []).some((a) => a.type === 'skip' || a.type === 'fixme');
        if (test.status === 'skipped' && !intended) count += 1;
      }
    }
  }
  return count;
}

function firstLine(text) {
  return String(text ?? '')
    .split('\n')[0]
    .slice(0, 160);
}
