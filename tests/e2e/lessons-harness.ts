// lessons-harness.ts — opening the lab pages (lessons, comparison, explorer) in the e2e browser: like
// harness.openPage, but these pages have no playground boundary to wait for.
import type { Browser, Page } from 'playwright-core';
import { open, type Watched } from './harness';

/** A lab page at `hash`, once `ready` (a data-testid) is there. */
export function openLab(
  browser: Browser,
  base: string,
  hash: string,
  ready: string,
  viewport = { width: 1440, height: 1000 },
): Promise<Watched> {
  return open(browser, `${base}#${hash}`, ready, { viewport, timeout: 30_000 });
}

/** The epoch counter of the transport bar. */
export async function epochOf(page: Page): Promise<number> {
  return Number((await page.getByTestId('epoch').textContent())?.trim());
}

/** Presses play, waits until `done` or `ms`, pauses; returns the milliseconds it took. */
export async function playUntil(page: Page, done: () => Promise<boolean>, ms: number): Promise<number> {
  const t0 = Date.now();
  await page.getByTestId('play').click();
  while (Date.now() - t0 < ms && !(await done())) await page.waitForTimeout(100);
  if ((await page.getByTestId('play').getAttribute('aria-pressed')) === 'true')
    await page.getByTestId('play').click();
  return Date.now() - t0;
}
