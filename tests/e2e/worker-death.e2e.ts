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

/** What a page shows of its experiment: its loss chart (data-points, data-from) and the losses it prints. */
interface Readouts {
  chart: string;
  losses(page: Page): Promise<(string | null)[]>;
  /** Share of the loss chart's points that must come back (the playground's may be thinned a little). */
  kept: number;
}

const PLAYGROUND: Readouts = {
  chart: 'loss-chart',
  losses: async (page) => [await page.getByTestId('train-loss').textContent()],
  kept: 0.8,
};

/** A lab page: the comparison loss chart (run 1) and every run card's train and test losses. */
const lab = (runs: number): Readouts => ({
  chart: 'cmp-loss-chart',
  losses: async (page) =>
    (
      await Promise.all(
        Array.from({ length: runs }, async (_, i) => [
          await page.getByTestId(`run-train-loss-${i}`).textContent(),
          await page.getByTestId(`run-test-loss-${i}`).textContent(),
        ]),
      )
    ).flat(),
  kept: 1,
});

const lossChart = async (page: Page, r: Readouts) => {
  const box = page.getByTestId(r.chart);
  return { points: Number(await box.getAttribute('data-points')), from: await box.getAttribute('data-from') };
};

/**
 * Trains to `minEpoch`, pauses, kills the worker and checks the page noticed within a second and came
 * back exactly where it was: the epoch, the losses to the digits shown, the loss chart's history, the
 * link, one worker. Leaves it paused (the caller checks its own settings) and returns the epoch.
 */
async function killedWhilePaused(page: Page, r: Readouts, minEpoch: number): Promise<number> {
  await play(page, true);
  await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThanOrEqual(minEpoch);
  await play(page, false);
  await page.waitForTimeout(500); // the paused network's snapshot is drawn, the hash written
  const epoch = await numberOf(page, 'epoch');
  const losses = await r.losses(page);
  const before = await lossChart(page, r);
  const hash = await page.evaluate(() => location.hash);
  expect(before.from).toBe('0');
  expect(before.points).toBeGreaterThan(5);
  expect(await noticeText(page)).not.toMatch(NOTICE);

  expect(page.workers()).toHaveLength(1);
  // The watchdog declares death 600 ms after an unanswered ping (one every 150 ms).
  expect(await msUntilNoticed(page, 'close')).toBeLessThan(1000);
  await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/continues from epoch \d+/);
  expect(await noticeText(page)).toMatch(`continues from epoch ${epoch}`);
  await page.waitForTimeout(500);
  expect(await numberOf(page, 'epoch')).toBe(epoch);
  // The same weights on the same data: the same losses, to the digits shown.
  expect(await r.losses(page)).toEqual(losses);
  // The loss chart kept its history (a fresh run would start it at this epoch with one point).
  const after = await lossChart(page, r);
  expect(after.from).toBe('0');
  expect(after.points).toBeGreaterThanOrEqual(Math.floor(before.points * r.kept));
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  expect(page.workers()).toHaveLength(1); // the dead one is gone, not leaked
  return epoch;
}

/** Plays on from `epoch`: the restarted worker trains. */
async function trainsOn(page: Page, epoch: number): Promise<void> {
  await play(page, true);
  await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(epoch + 2);
}

/**
 * Trains, makes the worker trap, and checks the page noticed within a second, said it crashed, kept the
 * loss chart's history and trains on from at least the epoch it was at, still playing, one worker.
 */
async function trappedWhileTraining(page: Page, r: Readouts): Promise<void> {
  await play(page, true);
  await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(3);
  const epoch = await numberOf(page, 'epoch');
  expect(await msUntilNoticed(page, 'trap')).toBeLessThan(1000);
  await expect.poll(() => noticeText(page), { timeout: 60_000 }).toMatch(/continues from epoch \d+/);
  expect(await noticeText(page)).toMatch(/crashed: .*memory access out of bounds/);
  const resumedAt = Number(/continues from epoch (\d+)/.exec(await noticeText(page))?.[1]);
  expect(resumedAt).toBeGreaterThanOrEqual(epoch);
  // The loss chart kept the history before the crash (a fresh run would start with one point).
  expect((await lossChart(page, r)).from).toBe('0');
  // It was running: it runs again, from where it was.
  await expect.poll(() => numberOf(page, 'epoch'), { timeout: 60_000 }).toBeGreaterThan(resumedAt);
  expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
  expect(page.workers()).toHaveLength(1);
}

/** The counterfactual: `seconds` of the heaviest training the page allows, and no death declared. */
async function neverTakenForDead(page: Page, seconds: number): Promise<void> {
  await topSpeed(page);
  await play(page, true);
  await page.waitForTimeout(seconds * 1000);
  expect(await noticeText(page)).not.toMatch(NOTICE);
  expect(page.workers()).toHaveLength(1);
  expect(await numberOf(page, 'epoch')).toBeGreaterThan(0);
}

describe('the worker dies mid-session', () => {
  it('killed while paused: noticed within a second, restarted, the same epoch, weights, charts and settings', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#dataset=circle`);
    // Settings the student changed by hand, which must survive.
    await page.getByTestId('layer-activation-0').selectOption('relu');
    await page.getByTestId('learning-rate').selectOption('0.1');
    await page.getByTestId('speed').selectOption('20');
    const epoch = await killedWhilePaused(page, PLAYGROUND, 20);
    expect(await noticeText(page)).toMatch(/it stopped answering/);
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('relu');
    expect(await page.getByTestId('learning-rate').inputValue()).toBe('0.1');
    await trainsOn(page, epoch);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a deep network at top speed is never taken for dead (the counterfactual)', async () => {
    const shape = '64,64,64,64,64,64,64,64';
    const { page } = await openPage(world.browser, `${world.site.url}#dataset=spiral&networkShape=${shape}`);
    // Long slices, big snapshots, no restart.
    await neverTakenForDead(page, 8);
    await page.context().close();
  });

  it('a trap while training: noticed within a second, recovered, and still running', async () => {
    const { page } = await openPage(world.browser, `${world.site.url}#dataset=spiral&networkShape=8,8`);
    await topSpeed(page);
    await trappedWhileTraining(page, PLAYGROUND);
    expect(await page.evaluate(() => location.hash)).toContain('networkShape=8,8');
    await page.context().close();
  });
});

describe('the worker dies on a lab page', () => {
  it('comparison, killed while paused: noticed within a second, every run back at its epoch and losses', async () => {
    const url = `${world.site.url}#compare=2&dataset=circle&r2.activation=relu`;
    const { page, errors } = await openAny(world.browser, url, 'run-card-1');
    const epoch = await killedWhilePaused(page, lab(2), 10);
    expect(await page.getByTestId('run-activation-1').inputValue()).toBe('relu');
    await trainsOn(page, epoch);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a lesson, trapping while training: noticed within a second, recovered and training on', async () => {
    const { page } = await openAny(world.browser, `${world.site.url}#lesson=tanh-vs-sigmoid`, 'run-card-1');
    await trappedWhileTraining(page, lab(2));
    await page.context().close();
  });

  it('a comparison that never dies shows no engine notice (the counterfactual)', async () => {
    const { page } = await openAny(world.browser, `${world.site.url}#compare=4&dataset=spiral`, 'run-card-3');
    await neverTakenForDead(page, 6);
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
