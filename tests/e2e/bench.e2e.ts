// The benchmark page (bench=1) and the boundary resolution key (res): the hooks bench/browser.mjs reads
// exist and count what the real app draws. Only counts and sizes are asserted, never a time.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './harness';

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
