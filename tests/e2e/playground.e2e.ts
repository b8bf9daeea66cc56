// The playground in a real browser: the built dist/ (npm run build), served by a tiny static server,
// driven through the data-testid hooks. Screenshots of the main states go to test-results/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, numberOf, openPage, serve, shot, useSite } from './harness';

const world = useSite();

/** speed: a URL token of the speed control (epochs per frame, `<n>steps` or max). */
async function setSpeed(page: Page, speed: string): Promise<void> {
  await page.getByTestId('speed').selectOption(speed);
}

/**
 * Plays until `done` holds on the paused network (or the time runs out) and leaves it paused. A loss seen
 * just under a threshold while running can be above it a few steps later, when the pause lands (SGD is
 * not monotonic), so the condition is checked again once paused and training resumes if it fails.
 */
async function trainUntil(page: Page, done: () => Promise<boolean>, ms: number): Promise<void> {
  const play = page.getByTestId('play');
  const end = Date.now() + ms;
  do {
    await play.click();
    while (Date.now() < end && !(await done())) await page.waitForTimeout(200);
    if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(300); // the paused network's last snapshot is drawn
  } while (Date.now() < end && !(await done()));
}

describe('the playground', () => {
  it('loads the default lesson (XOR, tanh) with no console errors', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    await page.getByTestId('epoch').waitFor();
    expect(await page.getByTestId('epoch').textContent()).toBe('0');
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('tanh');
    expect(await page.getByTestId('layer-activation-1').inputValue()).toBe('tanh');
    expect(await page.getByTestId('dataset-xor').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('notice').count()).toBe(0);
    await page.screenshot({ path: shot('01-default-en'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('trains XOR with tanh to a test loss below 0.05; the gradient chart has one finite series per layer', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    await setSpeed(page, '1');
    await trainUntil(page, async () => (await numberOf(page, 'test-loss')) < 0.05, 60_000);
    const loss = await numberOf(page, 'test-loss');
    expect(loss).toBeLessThan(0.05);
    expect(await numberOf(page, 'epoch')).toBeGreaterThan(0);
    expect(await numberOf(page, 'train-loss')).toBeLessThan(0.1);
    const grad = page.getByTestId('grad-chart');
    expect(await grad.getAttribute('data-series')).toBe('3'); // 2 hidden layers + the output layer
    const last = ((await grad.getAttribute('data-last')) ?? '').split(',').map(Number);
    expect(last).toHaveLength(3);
    for (const v of last) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
    await page.screenshot({ path: shot('02-xor-trained'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changing an activation updates the URL and the activation plot', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    const plot = page.getByTestId('activation-plot');
    await expect.poll(() => plot.getAttribute('data-acts')).toBe('tanh,tanh');
    const before = await plot.screenshot();
    await page.getByTestId('layer-activation-0').selectOption('relu');
    await expect
      .poll(() => page.evaluate(() => location.hash), { timeout: 5000 })
      .toContain('activation=relu,tanh');
    await expect.poll(() => plot.getAttribute('data-acts')).toBe('relu,tanh');
    await expect.poll(async () => Buffer.compare(before, await plot.screenshot()) !== 0).toBe(true);
    // The link reproduces the change.
    const url = page.url();
    const again = await openPage(world.browser, url);
    expect(await again.page.getByTestId('layer-activation-0').inputValue()).toBe('relu');
    expect(await again.page.getByTestId('layer-activation-1').inputValue()).toBe('tanh');
    await again.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link with bad values shows a dismissible notice (as text) and still trains', async () => {
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#learningRate=abc&noise=500&dataset=${evil}&activation=relu`,
    );
    const notice = page.getByTestId('notice');
    await notice.waitFor({ state: 'visible' });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('learningRate=abc');
    expect(text).toContain('noise=500');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('relu');
    await page.screenshot({ path: shot('03-bad-link-notice'), fullPage: false });
    await trainUntil(page, async () => (await numberOf(page, 'epoch')) >= 3, 20_000);
    expect(await numberOf(page, 'epoch')).toBeGreaterThanOrEqual(3);
    expect(Number.isFinite(await numberOf(page, 'test-loss'))).toBe(true);
    await page.getByTestId('notice-dismiss').click();
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a diverging regression run (learning rate 10) pauses with an explanation and recovers', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#problem=regression&regDataset=reg-plane&learningRate=10`,
    );
    expect(await page.getByTestId('notice').count()).toBe(0);
    await page.getByTestId('play').click();
    const notice = page.getByTestId('notice');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/Training stopped at epoch \d+/);
    expect(await notice.textContent()).toMatch(/learning rate 10 is too high/);
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    await page.screenshot({ path: shot('04-diverged'), fullPage: false });
    await page.getByTestId('restore').click();
    await notice.waitFor({ state: 'detached' });
    // Back to a state that was still fine, not merely finite: the plane's loss starts well below 2.
    // (The diverged frame's loss can be finite too, 1e9, until the restored weights' frame is drawn.)
    await expect.poll(() => numberOf(page, 'train-loss'), { timeout: 10_000 }).toBeLessThan(2);
    // Lower the learning rate and train on: no new divergence.
    await page.getByTestId('learning-rate').selectOption('0.01');
    const epoch = await numberOf(page, 'epoch');
    await trainUntil(page, async () => (await numberOf(page, 'epoch')) >= epoch + 3, 20_000);
    expect(await numberOf(page, 'epoch')).toBeGreaterThanOrEqual(epoch + 3);
    expect(Number.isFinite(await numberOf(page, 'train-loss'))).toBe(true);
    expect(await page.getByTestId('notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('embed mode hides the chrome and works in a 640x480 iframe; the embed button gives the snippet', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    await page.getByTestId('embed-button').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#v=2&amp;lang=en&amp;embed=true" width="640" height="480"/,
    );
    await page.keyboard.press('Escape');

    const embed = await openPage(world.browser, `${world.site.url}#embed=1`, { width: 640, height: 480 });
    for (const hidden of [
      'header.app-header',
      '.panel-data',
      '.panel-features',
      '.panel-training',
      'footer',
    ]) {
      expect(await embed.page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    for (const id of ['play', 'step', 'reset', 'boundary', 'grad-chart', 'epoch', 'test-loss']) {
      expect(await embed.page.getByTestId(id).isVisible(), id).toBe(true);
    }
    await embed.page.screenshot({ path: shot('05-embed-640x480') });
    expect(embed.errors).toEqual([]);
    await embed.page.context().close();

    // The snippet itself, on a course page.
    const course = await world.browser.newPage({ viewport: { width: 800, height: 600 } });
    const src = snippet.replace(/&amp;/g, '&');
    await course.setContent(`<h1>Course</h1>${src}`.replace('&', '&amp;'));
    const frame = course.frameLocator('iframe');
    await frame.getByTestId('boundary').waitFor({ timeout: 30_000 });
    await frame.getByTestId('play').click();
    await expect
      .poll(async () => Number(await frame.getByTestId('epoch').textContent()), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await course.screenshot({ path: shot('06-embed-in-course-page') });
    await course.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('TF Playground hide flags hide controls and panels', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#learningRate_hide=true&x_hide=true&numHiddenLayers_hide=true&lossChart_hide=true`,
    );
    expect(await page.getByTestId('learning-rate').isVisible()).toBe(false);
    expect(await page.getByTestId('feature-x').isVisible()).toBe(false);
    expect(await page.getByTestId('feature-y').isVisible()).toBe(true);
    expect(await page.getByTestId('add-layer').isVisible()).toBe(false);
    expect(await page.getByTestId('loss-chart').isVisible()).toBe(false);
    expect(await page.getByTestId('grad-chart').isVisible()).toBe(true);
    expect(await page.getByTestId('optimizer').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works in Korean and at 360 px without sideways scrolling', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#lang=ko`, {
      width: 360,
      height: 800,
    });
    expect(await page.locator('h1').textContent()).toBe('ActLab');
    expect(await page.getByTestId('play').getAttribute('aria-label')).toBe('학습 시작');
    // The activation picker names functions in Korean; its values stay the catalogue's names.
    const sigmoid = page.getByTestId('layer-activation-0').locator('option[value="sigmoid"]');
    expect(await sigmoid.textContent()).toBe('시그모이드 (Sigmoid)');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await trainUntil(page, async () => (await numberOf(page, 'epoch')) >= 5, 20_000);
    await page.screenshot({ path: shot('07-ko-360px'), fullPage: true });
    const desktop = await openPage(
      world.browser,
      `${world.site.url}#lang=ko&dataset=spiral&classes=3&networkShape=8,8,6&activation=relu&learningRate=0.01&optimizer=adam&showTestData=true`,
    );
    await trainUntil(desktop.page, async () => (await numberOf(desktop.page, 'epoch')) >= 30, 30_000);
    await desktop.page.screenshot({ path: shot('08-ko-spiral-desktop'), fullPage: true });
    expect(desktop.errors).toEqual([]);
    await desktop.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to the non-SIMD engine with a visible note (simd=0) and is keyboard operable', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#simd=0`);
    await page.getByTestId('notice').waitFor({ state: 'visible' });
    expect(await page.getByTestId('notice').textContent()).toContain('SIMD');
    expect(await page.getByTestId('engine-badge').textContent()).toBe('plain WASM engine');
    await page.getByTestId('play').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => numberOf(page, 'epoch'), { timeout: 20_000 }).toBeGreaterThan(2);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the built dist/ from a sub-path', () => {
  it('loads every asset under /courses/actlab/ and trains', async () => {
    const sub = await serve(DIST, '/courses/actlab/');
    const failed: string[] = [];
    const context = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(`${sub.url}#networkShape=6&activation=sigmoid`);
    await page.getByTestId('boundary').waitFor();
    await trainUntil(page, async () => (await numberOf(page, 'epoch')) >= 5, 20_000);
    expect(await numberOf(page, 'epoch')).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('sigmoid');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await sub.close();
  });
});
