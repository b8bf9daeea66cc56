// lessons-harness.ts — opening the lab pages (lessons, comparison, explorer) in the e2e browser: like
// harness.openPage, but these pages have no playground boundary to wait for.
import type { Browser, Page } from 'playwright-core';
import type { Watched } from './harness';

/** A new page (own context) at `hash`, console errors recorded, once `ready` (a data-testid) is there. */
export async function openLab(
  browser: Browser,
  base: string,
  hash: string,
  ready: string,
  viewport = { width: 1440, height: 1000 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: 'en-US', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#${hash}`);
  await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 30_000 });
  return { page, errors };
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
