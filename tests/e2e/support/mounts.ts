import type { Page } from '@playwright/test';

/** From the next page load on, counts the elements with this test id that are put into the page. */
export async function countMounts(page: Page, testId: string): Promise<void> {
  await page.addInitScript((id) => {
    const seen = new WeakSet<Element>();
    const w = window as unknown as { __mounts: number };
    w.__mounts = 0;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll(`[data-testid="${id}"]`)) {
        if (seen.has(el)) continue;
        seen.add(el);
        w.__mounts += 1;
      }
    }).observe(document, { childList: true, subtree: true });
  }, testId);
}

export async function mountsOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __mounts: number }).__mounts);
}
