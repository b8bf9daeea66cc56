// The benchmark page (bench=1) and the boundary resolution key (res): the hooks bench/browser.mjs reads
// exist and count what the real app draws. Only counts and sizes are asserted, never a time.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAny, openPage, useSite } from './harness';

const world = useSite();
const LARGEST =
  'dataset=spiral&networkShape=8,8,8,8,8,8&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true';

const totals = (page: Page) =>
  page.getByTestId('perf').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
const firstFrameMark = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('actlab:first-frame', 'mark').length);

describe('the benchmark page', () => {
  it('res=200&bench=1: the overlay counts frames and steps of a 200×200 boundary while training; reset zeroes it', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#${LARGEST}&res=200&speed=50steps&bench=1`,
    );
    await expect.poll(async () => (await totals(page))['grid']).toBe('200');
    expect((await totals(page))['unitGrid']).toBe('20');
    // The worker's engine memory (bench/soak-browser.mjs samples it): malloc's bytes inside the memory.
    const mem = await totals(page);
    expect(Number(mem['wasmInUse'])).toBeGreaterThan(0);
    expect(Number(mem['wasmInUse'])).toBeLessThan(Number(mem['wasmBytes']));
    expect(await page.getByTestId('perf-grid').textContent()).toBe('200×200, 20×20');
    expect(await firstFrameMark(page)).toBe(1);
    await page.getByTestId('play').click();
    await expect
      .poll(async () => Number((await totals(page))['frames']), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(5);
    // Press reset and read in the same task, so no frame can be drawn in between.
    const after = await page.getByTestId('perf').evaluate((el) => {
      el.querySelector<HTMLButtonElement>('[data-testid=perf-reset]')?.click();
      return { ...(el as HTMLElement).dataset };
    });
    expect([after['frames'], after['steps'], after['drawMs']]).toEqual(['0', '0', '0']);
    await expect
      .poll(async () => Number((await totals(page))['frames']), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(5);
    const t = await totals(page);
    // speed 50: 50 optimiser steps per drawn frame (the first frame after a reset may carry fewer).
    expect(Number(t['steps'])).toBeGreaterThanOrEqual(50 * (Number(t['frames']) - 1));
    expect(Number(t['snapshotMs'])).toBeGreaterThan(0);
    expect(Number(t['drawMs'])).toBeGreaterThan(0);
    expect(Number(t['seconds'])).toBeGreaterThan(0);
    await page.getByTestId('play').click();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speed max is a time budget: far fewer steps per frame on the 8×64 network than on XOR; a fixed speed keeps its count', async () => {
    const BIG = `dataset=spiral&networkShape=64,64,64,64,64,64,64,64&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true`;
    // steps per drawn frame over at least 4 frames while training (the mechanism, never a time)
    // (generous timeouts: on a loaded machine a frame of the 8×64 network can take seconds)
    const perFrame = async (hash: string) => {
      const { page, errors } = await openAny(world.browser, `${world.site.url}#${hash}&bench=1`, 'boundary');
      const read = () =>
        page
          .getByTestId('perf')
          .evaluate((el) => ({ ...(el as HTMLElement).dataset }), undefined, { timeout: 120_000 });
      await expect.poll(async () => (await read())['frames'], { timeout: 120_000 }).not.toBe('0');
      await page.getByTestId('play').click({ timeout: 120_000 });
      await expect
        .poll(async () => Number((await read())['frames']), { timeout: 120_000 })
        .toBeGreaterThanOrEqual(3);
      await page.getByTestId('perf-reset').click({ timeout: 120_000 });
      await expect
        .poll(async () => Number((await read())['frames']), { timeout: 120_000 })
        .toBeGreaterThanOrEqual(4);
      const t = await read();
      await page.getByTestId('play').click({ timeout: 120_000 });
      expect(errors).toEqual([]);
      await page.context().close();
      return {
        steps: Number(t['steps']) / Number(t['frames']),
        epochs: Number(t['epochs']) / Number(t['frames']),
      };
    };
    const small = await perFrame('speed=max');
    const big = await perFrame(`${BIG}&speed=max`);
    // XOR's steps cost microseconds, the 8×64 network's about a hundred times more
    expect(small.steps).toBeGreaterThan(20 * big.steps);
    expect(big.steps).toBeGreaterThanOrEqual(1);
    // at max (the default speed) the default experiment trains at least TF Playground's epoch per frame
    expect(small.epochs).toBeGreaterThanOrEqual(1);
    // counterfactual: a fixed speed keeps its step count on the 8×64 network, whatever a step costs
    const fixed = await perFrame(`${BIG}&speed=10steps`);
    expect(fixed.steps).toBe(10);
  }, 900_000);

  it('8×64 at max: unit pictures, the boundary and the loss chart keep refreshing', async () => {
    const BIG = `dataset=spiral&networkShape=64,64,64,64,64,64,64,64&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true`;
    const { page, errors } = await openAny(world.browser, `${world.site.url}#${BIG}&speed=max`, 'boundary');
    const diagram = page.getByTestId('diagram');
    const boundary = page.getByTestId('boundary');
    const count = async (el: typeof diagram, key: string) =>
      Number((await el.getAttribute(key, { timeout: 120_000 })) ?? 0);
    // Paused: the first snapshot's 513 pictures all painted (a round robin of UNITS_PER_FRAME a frame
    // completes only on the frames the page draws — it draws them while nothing trains, too).
    await expect.poll(() => count(diagram, 'data-thumbs'), { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
    const still = await count(diagram, 'data-thumbs');
    await page.waitForTimeout(1000);
    // Counterfactual: paused, nothing new arrives, nothing is repainted.
    expect(await count(diagram, 'data-thumbs')).toBe(still);
    const grids = await count(boundary, 'data-grids');
    const loss = page.getByTestId('loss-chart');
    const points = await count(loss, 'data-points');
    const before = await boundary.screenshot();
    await page.getByTestId('play').click({ timeout: 120_000 });
    // Training: fresh pictures keep coming, and each version is painted for every unit.
    await expect
      .poll(() => count(diagram, 'data-thumbs'), { timeout: 120_000 })
      .toBeGreaterThanOrEqual(still + 3);
    await expect
      .poll(() => count(boundary, 'data-grids'), { timeout: 120_000 })
      .toBeGreaterThanOrEqual(grids + 3);
    // The metrics refresh less often than frames at this size, but the loss chart keeps growing.
    await expect
      .poll(() => count(loss, 'data-points'), { timeout: 120_000 })
      .toBeGreaterThanOrEqual(points + 3);
    await expect
      .poll(async () => Buffer.compare(before, await boundary.screenshot({ timeout: 120_000 })) !== 0, {
        timeout: 120_000,
      })
      .toBe(true);
    await page.getByTestId('play').click({ timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('without bench there is no overlay, and the first frame is still marked', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    await expect.poll(() => firstFrameMark(page)).toBe(1);
    expect(await page.getByTestId('perf').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a bad res shows the link notice and keeps the default', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#res=9999&bench=1`);
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('res');
    await expect.poll(async () => (await totals(page))['grid']).toBe('80');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
