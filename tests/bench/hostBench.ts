import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';

export interface HostFigures {
  /** From spawning `worktray serve` to 50 task rows on screen (page clock, epoch-aligned). */
  coldStartMs: number[];
  /** From the page's navigation start to 50 task rows on screen. */
  pageMs: number[];
  /** Quick-add: Enter's keydown to the new row on screen. */
  quickAddMs: number[];
  /** Scrolling the list: each run's p95 time between painted frames in whole display frames, and its longest run of frames showing blank rows. */
  scrollP95Ms: number[];
  /** The same p95 straight from rAF's coarsened clock, and the display's period it was counted in. */
  scrollRawP95Ms: number[];
  scrollPeriodMs: number[];
  scrollBlankFrames: number[];
  scrollFrames: number[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROWS = 50;
/** Three 40 px rows per step: 120 steps cover 360 rows, past the first few pages of the list. */
const SCROLL_STEP_PX = 120;

export function rendererBuilt(): boolean {
  return existsSync(`${ROOT}dist/renderer/index.html`);
}

async function startHost(dataDir: string, passphrase: string): Promise<{ url: string; spawnedAt: number; child: ChildProcess }> {
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, ['bin/worktray.mjs', '--data-dir', dataDir, 'serve', '--no-open', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, WORKTRAY_PASSPHRASE: passphrase },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${String(code)}:\n${output}`)));
  });
  return { url, spawnedAt, child };
}

function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/*
 * Page-side scripts are plain strings: tsx compiles this file with esbuild's
 * keepNames, whose __name helper does not exist in the page.
 */

/** Installed before any page script: notes when 50 loaded rows first exist, at the frame that paints them. */
const WATCH_ROWS = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('[data-testid="task-row"]').length < ${ROWS}) return;
    observer.disconnect();
    requestAnimationFrame((frameAt) => { window.__rowsAt = frameAt; });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Notes Enter's keydown time and the frame in which a row with `title` first exists. */
const watchQuickAdd = (title: string): string => `(() => {
  const text = ${JSON.stringify(title)};
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && window.__enterAt === undefined) window.__enterAt = e.timeStamp; }, { capture: true });
  const observer = new MutationObserver(() => {
    const found = [...document.querySelectorAll('[data-testid="task-row"] .title')].some((el) => el.textContent === text);
    if (!found) return;
    observer.disconnect();
    requestAnimationFrame((frameAt) => { window.__rowAt = frameAt; });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

/**
 * Figure 8: scrolls the task list down for 2 s, 60 steps a second (setInterval, apart from the frames),
 * and times every painted frame with requestAnimationFrame. A frame shows blank rows when a row on
 * screen is still a "Loading…" placeholder or the rows leave part of the list's box uncovered.
 *
 * rAF's clock is coarsened to 0.1 ms, so a flawless 60 Hz reads as gaps of 16.6, 16.7 and 16.8 ms
 * and its raw p95 is 16.8 whatever the page does. So each gap is counted in display frames first:
 * the display's period is the mean of 30 idle frames' gaps before the scroll (those near the median), and a gap more than
 * 5 % over a whole number of periods counts as the next one (a late frame is never rounded away).
 * The frame time is that count times the period; the raw p95 is kept beside it.
 */
const SCROLL = `new Promise((resolve) => {
  const list = document.querySelector('[data-testid="task-list"]');
  const STEPS = 120, STEP_PX = ${SCROLL_STEP_PX}, IDLE_FRAMES = 30;
  const idle = []; const gaps = []; let last = null; let blankRun = 0; let maxBlankRun = 0; let done = false;
  const blank = () => {
    const box = list.getBoundingClientRect();
    let covered = 0; let placeholder = false;
    for (const row of list.querySelectorAll('[role="option"]')) {
      const r = row.getBoundingClientRect();
      const seen = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
      if (seen <= 0) continue;
      covered += seen;
      if (!row.matches('[data-testid="task-row"]')) placeholder = true;
    }
    const end = list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
    return placeholder || (!end && covered < box.height - 1);
  };
  const p95 = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
  };
  const scroll = () => {
    // The mean of the idle gaps near their median: the clock's 0.1 ms steps cancel out, a hiccup is left out.
    const mid = [...idle].sort((a, b) => a - b)[Math.floor(idle.length / 2)];
    const steady = idle.filter((gap) => Math.abs(gap - mid) <= 0.1 * mid);
    const period = steady.reduce((sum, gap) => sum + gap, 0) / steady.length;
    const frame = (at) => {
      if (last !== null) gaps.push(at - last);
      last = at;
      blankRun = blank() ? blankRun + 1 : 0;
      maxBlankRun = Math.max(maxBlankRun, blankRun);
      if (!done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    let steps = 0;
    const timer = setInterval(() => {
      list.scrollTop += STEP_PX;
      steps += 1;
      if (steps < STEPS) return;
      clearInterval(timer);
      setTimeout(() => {
        done = true;
        const inFrames = gaps.map((gap) => Math.max(1, Math.ceil(gap / period - 0.05)) * period);
        resolve({ p95: p95(inFrames), rawP95: p95(gaps), period, maxBlankRun, frames: gaps.length });
      }, 50);
    }, 1000 / 60);
  };
  const idleFrame = (at) => {
    if (last !== null) idle.push(at - last);
    last = at;
    if (idle.length < IDLE_FRAMES) return requestAnimationFrame(idleFrame);
    last = null;
    scroll();
  };
  requestAnimationFrame(idleFrame);
})`;

interface ScrollRun {
  p95: number;
  rawP95: number;
  period: number;
  maxBlankRun: number;
  frames: number;
}

async function scrollList(page: Page): Promise<ScrollRun> {
  const result = await page.evaluate<ScrollRun>(SCROLL);
  await page.evaluate(`document.querySelector('[data-testid="task-list"]').scrollTop = 0`);
  return result;
}

async function quickAdd(page: Page, title: string): Promise<number> {
  await page.evaluate("window.location.hash = '#/quick-add'");
  await page.getByTestId('qa-project').waitFor();
  await page.waitForFunction(`document.querySelector('[data-testid="qa-project"]')?.value !== ''`);
  await page.getByTestId('qa-title').fill(title);
  await page.evaluate(watchQuickAdd(title));
  await page.getByTestId('qa-title').press('Enter');
  await page.waitForFunction('window.__rowAt !== undefined', undefined, { timeout: 30_000 });
  return page.evaluate<number>('window.__rowAt - window.__enterAt');
}

/** Figure 4: a cold web host over the 100,000-task cache in Chromium, then quick-add. */
export async function benchHost(dataDir: string, runs: number, passphrase: string): Promise<HostFigures> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const figures: HostFigures = {
    ...{ coldStartMs: [], pageMs: [], quickAddMs: [] },
    ...{ scrollP95Ms: [], scrollRawP95Ms: [], scrollPeriodMs: [], scrollBlankFrames: [], scrollFrames: [] },
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      // bypassCSP lets the bench's string watchers run under the host's strict CSP; the app's own scripts load as usual.
      const context = await browser.newContext({ viewport: { width: 1400, height: 2400 }, bypassCSP: true });
      const page = await context.newPage();
      await page.addInitScript(WATCH_ROWS);
      const host = await startHost(dataDir, passphrase);
      try {
        await page.goto(host.url);
        await page
          .waitForFunction('window.__rowsAt !== undefined', undefined, { timeout: 60_000 })
          .catch(async (error: unknown) => {
            const rows = await page.locator('[data-testid="task-row"]').count();
            await page.screenshot({ path: `${ROOT}test-results/bench-host.png` });
            throw new Error(`only ${rows} task rows appeared (screenshot in test-results/bench-host.png): ${String(error)}`);
          });
        const { rowsAt, origin } = await page.evaluate<{ rowsAt: number; origin: number }>(
          '({ rowsAt: window.__rowsAt, origin: performance.timeOrigin })',
        );
        figures.pageMs.push(rowsAt);
        figures.coldStartMs.push(origin + rowsAt - host.spawnedAt);
        const scroll = await scrollList(page);
        figures.scrollP95Ms.push(scroll.p95);
        figures.scrollRawP95Ms.push(scroll.rawP95);
        figures.scrollPeriodMs.push(scroll.period);
        figures.scrollBlankFrames.push(scroll.maxBlankRun);
        figures.scrollFrames.push(scroll.frames);
        figures.quickAddMs.push(await quickAdd(page, `Bench quick add ${run} ${Date.now()}`));
      } finally {
        await context.close();
        await stopHost(host.child);
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
