// Recovery from engine failure: the .wasm missing, truncated or never answering, the worker script
// missing. The page must say so in plain words, fall back to the plain build where that helps, offer
// a retry, and never spin forever. Requests are broken with Playwright routes (workers' fetches too).
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness';

const world = useSite();

const SIMD_WASM = /actlab_web-[\w-]+\.wasm$/;
const ANY_WASM = /\.wasm$/;
const WORKER = /engine\.worker-[\w-]+\.js$/;
/** The lab pages' code and texts, loaded on demand (web/src/main.ts). */
const LAB_CODE = /\/routes-[\w-]+\.js$/;
const LAB_TEXTS = /\/lessons\.(en|ko)-[\w-]+\.js$/;

async function open(
  breakIt: (ctx: BrowserContext) => Promise<unknown>,
  hash = '',
): Promise<{ page: Page; ctx: BrowserContext }> {
  const ctx = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await breakIt(ctx);
  const page = await ctx.newPage();
  await page.goto(world.site.url + hash);
  return { page, ctx };
}

const notFound = (r: Route) => r.fulfill({ status: 404, body: 'not found' });
async function truncated(r: Route): Promise<void> {
  const res = await r.fetch();
  const body = await res.body();
  await r.fulfill({ response: res, body: body.subarray(0, body.length >> 1) });
}

describe('the engine fails to load', () => {
  it('SIMD .wasm missing: the plain build runs and the notice says why', async () => {
    const { page, ctx } = await open((c) => c.route(SIMD_WASM, notFound));
    await page.getByTestId('boundary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('engine-badge').textContent()).not.toMatch(/SIMD engine/);
    const notice = (await page.getByTestId('notice').textContent()) ?? '';
    expect(notice).toMatch(/SIMD engine could not load/);
    expect(notice).toMatch(/missing/);
    expect(notice).not.toMatch(/Aborted|ASSERTIONS/);
    await ctx.close();
  });

  it('the counterfactual: nothing broken, the SIMD engine runs with no notice', async () => {
    const { page, ctx } = await open(() => Promise.resolve());
    await page.getByTestId('boundary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('engine-badge').textContent()).toMatch(/SIMD engine/);
    expect(await page.getByTestId('notice').count()).toBe(0);
    await ctx.close();
  });

  it('both builds missing: plain words and a retry that works once the file is back', async () => {
    let broken = true;
    const { page, ctx } = await open((c) => c.route(ANY_WASM, (r) => (broken ? notFound(r) : r.continue())));
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 60_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/could not start: the engine file is missing/);
    expect(text).not.toMatch(/Aborted|ASSERTIONS|CompileError/);
    broken = false;
    await page.getByTestId('retry').click();
    await page.getByTestId('boundary').waitFor({ timeout: 60_000 });
    await ctx.close();
  });

  it('both builds truncated: "damaged or incomplete", never Emscripten\'s abort text', async () => {
    const { page, ctx } = await open((c) => c.route(ANY_WASM, truncated));
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 60_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/damaged or incomplete/);
    expect(text).not.toMatch(/Aborted|CompileError/);
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
    await ctx.close();
  });

  it('SIMD .wasm truncated: falls back to the plain build', async () => {
    const { page, ctx } = await open((c) => c.route(SIMD_WASM, truncated));
    await page.getByTestId('boundary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('notice').textContent()).toMatch(/damaged or incomplete/);
    expect(await page.getByTestId('engine-badge').textContent()).not.toMatch(/SIMD engine/);
    await ctx.close();
  });

  it('a .wasm request that never answers ends in a message, not an endless spinner', async () => {
    const { page, ctx } = await open((c) => c.route(ANY_WASM, () => undefined));
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 90_000 });
    expect(await notice.textContent()).toMatch(/did not arrive in 20 s/);
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
    await ctx.close();
  });

  it('the worker script missing: says so, offers retry', async () => {
    const { page, ctx } = await open((c) => c.route(WORKER, notFound));
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toMatch(/worker script could not be loaded/);
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
    await ctx.close();
  });

  it('a lab page whose code is missing: plain words, and a retry that works once it is back', async () => {
    let broken = true;
    const { page, ctx } = await open(
      (c) => c.route(LAB_CODE, (r) => (broken ? notFound(r) : r.continue())),
      '#lessons',
    );
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toMatch(/This page could not start: its code could not be loaded/);
    // the counterfactual: the same page with its code back shows the lessons
    broken = false;
    await page.getByTestId('retry').click();
    await page.getByTestId('lesson-list').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('notice').count()).toBe(0);
    await ctx.close();
  });

  it('a lab page whose texts never arrive ends in a message after 20 s, not an endless spinner', async () => {
    const { page, ctx } = await open((c) => c.route(LAB_TEXTS, () => undefined), '#explorer');
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toMatch(/did not arrive in 20 s/);
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
    await ctx.close();
  });

  it('a lab page with its .wasm missing says so too', async () => {
    const { page, ctx } = await open((c) => c.route(ANY_WASM, notFound), '#lessons');
    const notice = page.getByTestId('notice');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toMatch(/engine file is missing/);
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
    await ctx.close();
  });
});
