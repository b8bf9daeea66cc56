// The activation explorer in real headless Chromium: it lists every activation of the engine's
// catalogue, and for each one shows its name, its formula rendered by KaTeX and its curve; overlays,
// a parameter slider (the engine recomputes the curve), the family filter and "train with this" work.
// Screenshots: test-results/explorer-en.png, explorer-prelu-ko.png.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../web/node-module';
import { shot, useSite } from './harness';
import { openLab } from './lessons-harness';

const world = useSite();

describe('activation explorer', () => {
  it('shows every activation of the catalogue with its formula and curve', async () => {
    const cat = await loadCatalogue();
    const { page, errors } = await openLab(world.browser, world.site.url, 'explorer', 'explorer-list');
    const listed = await page
      .locator('[data-testid^="explorer-item-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.replace('explorer-item-', '')));
    expect(listed).toEqual(cat.activations.map((a) => a.name));
    for (const a of cat.activations) {
      await page.getByTestId(`explorer-item-${a.name}`).click();
      await expect.poll(() => page.getByTestId('explorer-title').textContent()).toBe(a.display);
      await expect.poll(() => page.getByTestId('explorer-chart').getAttribute('data-acts')).toBe(a.name);
      await page.getByTestId('explorer-formula').locator('.katex').first().waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('explorer-props').locator('tr').count()).toBeGreaterThanOrEqual(8);
      if (a.elementwise) {
        // zero-centred is measured (mean output for standard-normal input) and agrees with the catalogue
        const cell = page.getByTestId('explorer-zero-centred');
        await expect.poll(() => cell.getAttribute('data-mean')).not.toBeNull();
        expect(Math.abs(Number(await cell.getAttribute('data-mean'))) < 0.05, a.name).toBe(a.zeroCentred);
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('overlays, recomputes a curve from a slider, filters by family and trains with the function', async () => {
    const { page, errors } = await openLab(
      world.browser,
      world.site.url,
      'explorer&act=relu',
      'explorer-list',
    );
    await page.getByTestId('explorer-overlay-tanh').check();
    await page.getByTestId('explorer-overlay-gelu').check();
    await expect
      .poll(() => page.getByTestId('explorer-chart').getAttribute('data-acts'))
      .toBe('relu,tanh,gelu');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('act=relu,tanh,gelu');
    await page.screenshot({ path: shot('explorer-en'), fullPage: true });

    await page.getByTestId('explorer-item-prelu').click();
    await expect
      .poll(() => page.getByTestId('explorer-chart').getAttribute('data-acts'))
      .toBe('prelu,tanh,gelu');
    const chart = page.getByTestId('explorer-chart');
    const before = await chart.screenshot();
    const slider = page.getByTestId('explorer-param-a');
    await slider.evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = '0.8';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('p=0.8');
    // PReLU with a = 0.8: E f(Z) = (1 - a) / sqrt(2 pi) = 0.0798, not zero-centred
    const zc = page.getByTestId('explorer-zero-centred');
    await expect.poll(async () => Number(await zc.getAttribute('data-mean'))).toBeCloseTo(0.0798, 3);
    await expect.poll(async () => Buffer.compare(before, await chart.screenshot()) !== 0).toBe(true);

    await page.getByTestId('explorer-family-oscillating').click();
    const visible = await page
      .locator('.exp-item:not([hidden])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-family')));
    expect(visible.filter((f) => f !== 'oscillating')).toEqual(['rectifier']); // the focused PReLU stays
    expect(visible.filter((f) => f === 'oscillating').length).toBeGreaterThanOrEqual(2);

    const sigmoidName = page.getByTestId('explorer-item-sigmoid').locator('.exp-name');
    expect(await sigmoidName.textContent()).toBe('Sigmoid');
    await page.getByTestId('lang').selectOption('ko');
    // The list names functions in Korean too (the English name beside it), acronyms stay.
    await expect.poll(() => sigmoidName.textContent()).toBe('시그모이드 (Sigmoid)');
    expect(await page.getByTestId('explorer-item-prelu').locator('.exp-name').textContent()).toBe('PReLU');
    await page.screenshot({ path: shot('explorer-prelu-ko'), fullPage: true });
    const href = (await page.getByTestId('explorer-train').getAttribute('href')) ?? '';
    expect(href).toContain('activation=prelu');
    expect(href).toContain('actParams=0.8');
    await page.getByTestId('explorer-train').click();
    await page.getByTestId('boundary').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('prelu');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
