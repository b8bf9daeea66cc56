// The engine's worker dying mid-session: killed (its process gone, no answer) or trapping (an uncaught
// WebAssembly error, as an abort or out-of-memory raises). The page must notice within a second,
// start a new worker, and continue the experiment from the last snapshot it drew — weights, epoch,
// the charts' history and every setting — and say so. The tests kill the worker from outside, through
// the browser's debugging protocol (Playwright's page.workers()): the app has no hook a link or a
// student could reach.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { numberOf, openAny, openPage, useSite } from './harness';

const world = useSite();

const NOTICE = /stopped unexpectedly/;

/** Every notice on the page (a lab page may show the link's and the engine's apart). */
async function noticeText(page: Page): Promise<string> {
  return (await page.getByTestId('notice').allTextContents()).join('\n');
}

/**
 * Kills the page's worker with `how` (run inside the worker; it returns when the kill happens, on the
 * shared wall clock) and returns the milliseconds until the page showed that the engine stopped,
 * measured inside the browser (a MutationObserver), so the test's own round trips do not count.
 */
async function msUntilNoticed(page: Page, how: 'close' | 'trap'): Promise<number> {
  await page.evaluate((source) => {
    const w = window as unknown as { noticedAt?: number };
    delete w.noticedAt;
    const re = new RegExp(source);
    const seen = new MutationObserver(() => {
      if (w.noticedAt === undefined && re.test(document.body.textContent ?? '')) {
        w.noticedAt = performance.timeOrigin + performance.now();
        seen.disconnect();
      }
    });
    seen.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, NOTICE.source);
  const [worker] = page.workers();
  const killedAt = await worker!.evaluate((h) => {
    const at = performance.timeOrigin + performance.now();
    if (h === 'close')
      self.close(); // gone: it will never answer again
    // What an abort or a failed memory growth raises in the worker: an uncaught RuntimeError.
    else
      setTimeout(() => {
        throw new WebAssembly.RuntimeError('memory access out of bounds');
      });
    return at;
  }, how);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { noticedAt?: number }).noticedAt), {
      timeout: 20_000,
    })
    .toBeDefined();
  const noticedAt = await page.evaluate(() => (window as unknown as { noticedAt?: number }).noticedAt);
  return (noticedAt ?? Infinity) - killedAt;
}

async function play(page: Page, on: boolean): Promise<void> {
  const button = page.getByTestId('play');
  if (((await button.getAttribute('aria-pressed')) === 'true') !== on) await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe(String(on));
}

async function topSpeed(page: Page): Promise<void> {
  const speed = page.getByTestId('speed');
  const values = await speed
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await speed.selectOption(values.at(-1) ?? '');
}

const lossChart = async (page: Page) => {
  const box = page.getByTestId('loss-chart');
  return { points: Number(await box.getAttribute('data-points')), from: await box.getAttribute('data-from') };
};

describe('the worker dies mid-session', () => {
  it('killed while paused: noticed within a second, restarted, the same epoch, weights, charts and settings', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#dataset=circle`);
    // Settings the student changed by hand, which must survive.
    await page.getByTestId('layer-activation-0').selectOption('relu');
    await page.getByTestId('learning-rate').selectOption('0.1');
    await page.getByTestId('speed').selectOption('20');
    await play(page, true);
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
    await play(page, false);
    await page.waitForTimeout(500); // the paused network's snapshot is drawn, the hash written
    const epoch = await numberOf(page, 'epoch');
    const trainLoss = await page.getByTestId('train-loss').textContent();
    const before = await lossChart(page);
    const hash = await page.evaluate(() => location.hash);
    expect(before.from).toBe('0');
    expect(before.points).toBeGreaterThan(5);
    expect(await noticeText(page)).not.toMatch(NOTICE);

    expect(page.workers()).toHaveLength(1);
    // The watchdog declares death 600 ms after an unanswered ping (one every 150 ms).
    expect(await msUntilNoticed(page, 'close')).toBeLessThan(1000);

    await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/continues from epoch \d+/);
    expect(await noticeText(page)).toMatch(`continues from epoch ${epoch}`);
    expect(await noticeText(page)).toMatch(/it stopped answering/);
    await page.waitForTimeout(500);
    expect(await numberOf(page, 'epoch')).toBe(epoch);
    // The same weights on the same data: the same loss, to the digits shown.
    expect(await page.getByTestId('train-loss').textContent()).toBe(trainLoss);
    // The loss chart kept its history (a fresh run would start it at this epoch with one point).
    const after = await lossChart(page);
    expect(after.from).toBe('0');
    expect(after.points).toBeGreaterThanOrEqual(Math.floor(before.points * 0.8));
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('relu');
    expect(await page.getByTestId('learning-rate').inputValue()).toBe('0.1');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    expect(page.workers()).toHaveLength(1); // the dead one is gone, not leaked
    // And it trains on from there.
    await play(page, true);
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(epoch + 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a deep network at top speed is never taken for dead (the counterfactual)', async () => {
    const shape = '64,64,64,64,64,64,64,64';
    const { page } = await openPage(world.browser, `${world.site.url}#dataset=spiral&networkShape=${shape}`);
    await topSpeed(page);
    await play(page, true);
    // Eight seconds of the heaviest training the page allows: long slices, big snapshots, no restart.
    await page.waitForTimeout(8000);
    expect(await noticeText(page)).not.toMatch(NOTICE);
    expect(page.workers()).toHaveLength(1);
    expect(await numberOf(page, 'epoch')).toBeGreaterThan(0);
    await page.context().close();
  });

  it('a trap while training: noticed within a second, recovered, and still running', async () => {
    const { page } = await openPage(world.browser, `${world.site.url}#dataset=spiral&networkShape=8,8`);
    await topSpeed(page);
    await play(page, true);
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(3);
    const epoch = await numberOf(page, 'epoch');
    expect(await msUntilNoticed(page, 'trap')).toBeLessThan(1000);
    await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/continues from epoch \d+/);
    expect(await noticeText(page)).toMatch(/crashed: .*memory access out of bounds/);
    // It was running: it runs again, from where it was, with the same network.
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 60_000 }).toBeGreaterThan(epoch);
    expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => location.hash)).toContain('networkShape=8,8');
    expect(page.workers()).toHaveLength(1);
    await page.context().close();
  });
});

/** The loss chart of a lab page: run 1's training-loss points and the first one's epoch. */
const labLossChart = async (page: Page) => {
  const box = page.getByTestId('cmp-loss-chart');
  return { points: Number(await box.getAttribute('data-points')), from: await box.getAttribute('data-from') };
};

/** Every run card's losses as shown. */
const cardLosses = (page: Page, runs: number) =>
  Promise.all(
    Array.from({ length: runs }, async (_, i) => [
      await page.getByTestId(`run-train-loss-${i}`).textContent(),
      await page.getByTestId(`run-test-loss-${i}`).textContent(),
    ]),
  );

describe('the worker dies on a lab page', () => {
  it('comparison, killed while paused: noticed within a second, every run back at its epoch and losses', async () => {
    const url = `${world.site.url}#compare=2&dataset=circle&r2.activation=relu`;
    const { page, errors } = await openAny(world.browser, url, 'run-card-1');
    await play(page, true);
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    await play(page, false);
    await page.waitForTimeout(500);
    const epoch = await numberOf(page, 'epoch');
    const losses = await cardLosses(page, 2);
    const before = await labLossChart(page);
    const hash = await page.evaluate(() => location.hash);
    expect(before.from).toBe('0');
    expect(before.points).toBeGreaterThan(5);
    expect(await noticeText(page)).not.toMatch(NOTICE);

    expect(page.workers()).toHaveLength(1);
    expect(await msUntilNoticed(page, 'close')).toBeLessThan(1000);
    await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/continues from epoch \d+/);
    expect(await noticeText(page)).toMatch(`continues from epoch ${epoch}`);
    await page.waitForTimeout(500);
    expect(await numberOf(page, 'epoch')).toBe(epoch);
    // Both runs: the same weights on the same data, the same losses to the digits shown.
    expect(await cardLosses(page, 2)).toEqual(losses);
    const after = await labLossChart(page);
    expect(after.from).toBe('0');
    expect(after.points).toBeGreaterThanOrEqual(before.points);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await page.getByTestId('run-activation-1').inputValue()).toBe('relu');
    expect(page.workers()).toHaveLength(1);
    await play(page, true);
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(epoch + 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a lesson, trapping while training: noticed within a second, recovered and training on', async () => {
    const { page } = await openAny(world.browser, `${world.site.url}#lesson=tanh-vs-sigmoid`, 'run-card-1');
    await play(page, true);
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(3);
    const epoch = await numberOf(page, 'epoch');
    expect(await msUntilNoticed(page, 'trap')).toBeLessThan(1000);
    await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/continues from epoch \d+/);
    expect(await noticeText(page)).toMatch(/crashed: .*memory access out of bounds/);
    const resumedAt = Number(/continues from epoch (\d+)/.exec(await noticeText(page))?.[1]);
    expect(resumedAt).toBeGreaterThanOrEqual(epoch);
    // The loss chart kept the history before the crash (a fresh run would start with one point).
    expect((await labLossChart(page)).from).toBe('0');
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 60_000 }).toBeGreaterThan(resumedAt);
    expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    expect(page.workers()).toHaveLength(1);
    await page.context().close();
  });

  it('a comparison that never dies shows no engine notice (the counterfactual)', async () => {
    const { page } = await openAny(world.browser, `${world.site.url}#compare=4&dataset=spiral`, 'run-card-3');
    await topSpeed(page);
    await play(page, true);
    await page.waitForTimeout(6000);
    expect(await noticeText(page)).not.toMatch(NOTICE);
    expect(page.workers()).toHaveLength(1);
    expect(await numberOf(page, 'epoch')).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the worker dies on the explorer', () => {
  it('killed with a request in flight: noticed, restarted, the chosen functions and parameters kept and drawn', async () => {
    const url = `${world.site.url}#explorer&act=prelu,tanh&p=0.5&formula=x*x`;
    const { page, errors } = await openAny(world.browser, url, 'explorer-list');
    const chart = page.getByTestId('explorer-chart');
    const zc = page.getByTestId('explorer-zero-centred');
    await expect.poll(() => chart.getAttribute('data-acts')).toBe('prelu,tanh,formula');
    // PReLU with a = 0.5: E f(Z) = (1 - a) / sqrt(2 pi) = 0.1995
    await expect.poll(async () => Number(await zc.getAttribute('data-mean'))).toBeCloseTo(0.1995, 3);
    const before = await chart.screenshot();
    expect(await noticeText(page)).not.toMatch(NOTICE);

    // The worker is gone; the student moves a slider before the page has noticed: the curves, the mean
    // and the own formula's curve are asked of the dead worker, and must be answered by the new one.
    const [worker] = page.workers();
    await worker!.evaluate(() => self.close());
    const noticedFirst = await page.getByTestId('explorer-param-a').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = '0.8';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return /stopped unexpectedly/.test(document.body.textContent ?? '');
    });
    expect(noticedFirst).toBe(false);
    await expect.poll(() => noticeText(page), { timeout: 20_000 }).toMatch(NOTICE);
    await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/every function, parameter/);
    // PReLU with a = 0.8: 0.0798, computed by the new worker.
    await expect.poll(async () => Number(await zc.getAttribute('data-mean'))).toBeCloseTo(0.0798, 3);
    await expect.poll(async () => Buffer.compare(before, await chart.screenshot()) !== 0).toBe(true);
    expect(await chart.getAttribute('data-acts')).toBe('prelu,tanh,formula');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('act=prelu,tanh');
    expect(hash).toContain('p=0.8');
    expect(page.workers()).toHaveLength(1);
    // And it answers on: another function is drawn.
    await page.getByTestId('explorer-item-gelu').click();
    await expect.poll(() => chart.getAttribute('data-acts')).toBe('gelu,tanh,formula');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
