// harness.ts — the end-to-end tests' world: a tiny static server for dist/ (under any sub-path) and
// Debian's headless Chromium driven by playwright-core. Nothing downloads a browser.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve-dist.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'test-results');

export { serve } from '../../scripts/serve-dist.mjs';

/** A served site (scripts/serve-dist.mjs). */
export interface StaticServer {
  /** The site's URL, ending in '/'. */
  url: string;
  close(): Promise<void>;
}

export interface Site {
  browser: Browser;
  site: StaticServer;
}

/** One spec file's world: dist/ served at `base` and a browser, started before its tests and closed
 * after. Returns the (filled in by beforeAll) handles. */
export function useSite(base = '/', headers: Record<string, string> = {}): Site {
  const world = {} as Site;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/ missing: run npm run build (npm run test:e2e does)');
    mkdirSync(SHOTS, { recursive: true });
    world.site = await serve(DIST, base, headers);
    world.browser = await launchChromium(); // scripts/chromium.mjs, as the benchmarks launch it
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.site?.close();
  });
  return world;
}

export interface Watched {
  page: Page;
  /** console.error messages and uncaught page errors seen so far. */
  errors: string[];
}

interface OpenOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Run in the page before its own scripts. */
  init?: () => void;
  /** Milliseconds to wait for the ready hook. */
  timeout?: number;
}

/** A new page in its own context at `url`, recording console errors and page errors, once the element
 * `ready` (a data-testid) is attached. openPage, openAny and lessons-harness.openLab all open this way. */
export async function open(
  browser: Browser,
  url: string,
  ready: string,
  o: OpenOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: o.viewport ?? { width: 1440, height: 1000 },
    locale: o.locale ?? 'en-US',
    deviceScaleFactor: 1,
  });
  if (o.init) await context.addInitScript(o.init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page
    .getByTestId(ready)
    .first()
    .waitFor({ state: 'attached', timeout: o.timeout ?? 60_000 });
  return { page, errors };
}

/** The playground at `url`, once its decision boundary is there. */
export function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 1000 },
  locale = 'en-US',
): Promise<Watched> {
  return open(browser, url, 'boundary', { viewport, locale, timeout: 30_000 });
}

/** The number shown by a data-testid element. */
export async function numberOf(page: Page, testid: string): Promise<number> {
  return Number((await page.getByTestId(testid).textContent())?.trim());
}

export function shot(name: string): string {
  return join(SHOTS, `${name}.png`);
}

/** Every kind of page the site has, with the hook that says it is ready (CSP and accessibility specs). */
export const PAGES: { name: string; hash: string; ready: string; locale?: string }[] = [
  { name: 'playground', hash: '', ready: 'boundary' },
  { name: 'playground (Korean)', hash: '#lang=ko', ready: 'boundary', locale: 'ko-KR' },
  { name: 'deep network', hash: '#networkShape=64,64,64,64,64,64,64,64&activation=relu', ready: 'boundary' },
  { name: 'embed', hash: '#embed=1', ready: 'boundary' },
  { name: 'lesson list', hash: '#lessons', ready: 'lesson-list' },
  { name: 'a lesson', hash: '#lesson=vanishing', ready: 'run-card-1' },
  { name: 'comparison', hash: '#compare=2&r2.activation=relu', ready: 'run-card-1' },
  { name: 'explorer', hash: '#explorer', ready: 'explorer-chart' },
  { name: 'embedded lesson', hash: '#lesson=tanh-vs-sigmoid&embed=1', ready: 'run-card-1' },
  { name: 'embedded explorer', hash: '#explorer&embed=1', ready: 'explorer-chart' },
];

/** Any page of the site at `url`, once `ready` is there. */
export function openAny(
  browser: Browser,
  url: string,
  ready: string,
  locale = 'en-US',
  init?: () => void,
): Promise<Watched> {
  return open(browser, url, ready, { locale, ...(init ? { init } : {}) });
}
