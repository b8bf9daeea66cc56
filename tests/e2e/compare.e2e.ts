// The comparison editor in real headless Chromium: four runs from one link train in lock-step with
// finite metrics (every card, the gradient chart's 4 x 3 series, the summary table), an edit on one
// card goes into the link as rK.<key> and a reload reproduces it, runs can be added and removed.
// Screenshots: test-results/compare-4-runs-en.png, compare-4-runs-ko.png.
import { describe, expect, it } from 'vitest';
import { shot, useSite } from './harness';
import { epochOf, openLab, playUntil } from './lessons-harness';

const world = useSite();
const FOUR =
  'compare=4&dataset=spiral&networkShape=8,8&optimizer=adam&learningRate=0.01&r1.activation=relu&r2.activation=tanh&r3.activation=elu&r4.activation=gelu';

const finite = (text: string | null) => Number.isFinite(Number(text?.trim()));

describe('comparison', () => {
  it('trains 4 runs in lock-step with finite metrics', async () => {
    const { page, errors } = await openLab(world.browser, world.site.url, FOUR, 'run-card-3');
    expect(await page.locator('[data-testid^="run-card-"]').count()).toBe(4);
    await page.getByTestId('speed').selectOption('2');
    await playUntil(page, async () => (await epochOf(page)) >= 15, 60_000);
    expect(await epochOf(page)).toBeGreaterThanOrEqual(15);
    await page.waitForTimeout(300);
    const steps = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      expect(
        finite(await page.getByTestId(`run-train-loss-${i}`).textContent()),
        `run ${i} training loss`,
      ).toBe(true);
      expect(finite(await page.getByTestId(`run-test-loss-${i}`).textContent()), `run ${i} test loss`).toBe(
        true,
      );
      expect(await page.getByTestId(`run-test-acc-${i}`).textContent()).toMatch(/^\d+(\.\d)?%$/);
      steps.add(await page.getByTestId(`run-card-${i}`).getAttribute('data-step'));
    }
    expect(steps.size).toBe(1); // lock-step: every run made the same number of optimiser steps
    expect(Number([...steps][0])).toBeGreaterThan(0);
    const grad = page.getByTestId('cmp-grad-chart');
    expect(await grad.getAttribute('data-series')).toBe('12'); // 4 runs x (2 hidden + output)
    const last = ((await grad.getAttribute('data-last')) ?? '').split(',').map(Number);
    expect(last).toHaveLength(12);
    for (const v of last) expect(Number.isFinite(v) && v > 0).toBe(true);
    expect(await page.getByTestId('cmp-summary').locator('tbody tr').count()).toBe(4);
    const losses = await Promise.all(
      [0, 1, 2, 3].map((i) => page.getByTestId(`run-train-loss-${i}`).textContent()),
    );
    expect(new Set(losses).size).toBeGreaterThan(1); // different activations, different runs
    await page.screenshot({ path: shot('compare-4-runs-en'), fullPage: true });
    // Run 2 is tanh: its card's picker and its label name it in English, then in Korean (the value,
    // the link's token, stays `tanh`).
    const picked = page.getByTestId('run-activation-1').locator('option:checked');
    const name = page.getByTestId('run-card-1').locator('.run-name');
    expect(await picked.textContent()).toBe('Tanh');
    expect(await name.textContent()).toBe('Tanh');
    await page.getByTestId('lang').selectOption('ko');
    await expect.poll(() => picked.textContent()).toBe('하이퍼볼릭 탄젠트 (Tanh)');
    await expect.poll(() => name.textContent()).toBe('하이퍼볼릭 탄젠트 (Tanh)');
    expect(await page.getByTestId('run-activation-1').inputValue()).toBe('tanh');
    await page.screenshot({ path: shot('compare-4-runs-ko'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts a per-run change in the link, and the link reproduces it', async () => {
    const { page, errors } = await openLab(world.browser, world.site.url, 'compare', 'run-card-1');
    expect(await page.getByTestId('run-activation-0').inputValue()).toBe('relu');
    expect(await page.getByTestId('run-activation-1').inputValue()).toBe('tanh');
    await page.getByTestId('run-activation-1').selectOption('sigmoid');
    await page.getByTestId('run-lr-1').selectOption('0.1');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('r2.activation=sigmoid');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('r2.learningRate=0.1');
    expect(hash).toContain('dataset=spiral');
    expect(hash).not.toContain('r1.dataset');
    await page.reload();
    await page.getByTestId('run-card-1').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByTestId('run-activation-1').inputValue()).toBe('sigmoid');
    expect(await page.getByTestId('run-lr-1').inputValue()).toBe('0.1');
    expect(await page.getByTestId('run-activation-0').inputValue()).toBe('relu');
    await page.getByTestId('cmp-add-run').click();
    await page.getByTestId('run-card-2').waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('compare=3');
    await page.getByTestId('run-remove-0').click();
    await expect.poll(() => page.locator('[data-testid^="run-card-"]').count()).toBe(2);
    expect(await page.getByTestId('run-activation-0').inputValue()).toBe('sigmoid');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a bad value in a comparison link shows the notice and the runs still train', async () => {
    const { page, errors } = await openLab(
      world.browser,
      world.site.url,
      'compare=2&r1.activation=nonsense&r2.activation=elu',
      'run-card-1',
    );
    await expect.poll(() => page.getByTestId('notice').count()).toBe(1);
    expect(await page.getByTestId('notice').textContent()).toContain('nonsense');
    await page.getByTestId('speed').selectOption('1');
    await playUntil(page, async () => (await epochOf(page)) >= 2, 30_000);
    expect(finite(await page.getByTestId('run-train-loss-0').textContent())).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
