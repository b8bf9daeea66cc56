// A student's own activation in real headless Chromium: pick "formula", type x*tanh(softplus(x)) and
// see the core check it live (its message and aria-invalid while it does not compile) and preview f
// and f′; train the spiral with it; the link reproduces it; a typo shows the core's message and loses
// nothing; a bad formula in a link becomes the default with a notice; the explorer plots a typed one.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { numberOf, openPage, shot, useSite } from './harness';
import { openLab } from './lessons-harness';

const world = useSite();
const MISH = 'x*tanh(softplus(x))';

/** Painted pixels of a canvas (alpha > 0): a preview that drew nothing has none. */
const painted = (canvas: Locator) =>
  canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray(0);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

describe('formula activation', () => {
  it('typed, checked live, previewed, trained on the spiral, shared by link; a typo loses nothing', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=spiral&networkShape=8,8&optimizer=adam&learningRate=0.01&noise=0`,
    );
    const editor = page.getByTestId('formula-editor');
    expect(await editor.isVisible()).toBe(false);
    await page.getByTestId('layer-activation-0').selectOption('formula');
    await page.getByTestId('layer-activation-1').selectOption('formula');
    await editor.waitFor({ state: 'visible' });
    const input = page.getByTestId('formula-input');
    const message = page.getByTestId('formula-message');
    const preview = page.getByTestId('formula-preview');

    // Typed key by key: the unfinished text is refused with the core's message, the whole one compiles.
    await input.fill('');
    await input.pressSequentially('x*tanh(softplus(x', { delay: 20 });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => message.textContent()).toMatch(/missing '\)' at column \d+/);
    await input.pressSequentially('))', { delay: 20 });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(() => preview.getAttribute('data-drawn')).toBe('yes');
    expect(await painted(preview)).toBeGreaterThan(200);
    await expect.poll(() => hashOf(page)).toContain(`formula=${MISH}`);
    expect(await hashOf(page)).toContain('activation=formula');

    // Train the spiral with it.
    await page.getByTestId('speed').selectOption('20');
    const start = await numberOf(page, 'train-loss');
    await page.getByTestId('play').click();
    await expect
      .poll(() => numberOf(page, 'train-loss'), { timeout: 90_000, interval: 500 })
      .toBeLessThan(Math.min(0.2, start * 0.5));
    await page.screenshot({ path: shot('formula-spiral'), fullPage: true });

    // A typo while training: the core's message, and nothing lost — same link, training goes on.
    const link = await page.evaluate(() => location.href);
    await input.fill('x*sinh(x)');
    await expect.poll(() => message.textContent()).toMatch(/^unknown function 'sinh' at column 3; allowed: /);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const epoch = await numberOf(page, 'epoch');
    await expect.poll(() => numberOf(page, 'epoch'), { timeout: 30_000 }).toBeGreaterThan(epoch);
    expect(Number.isFinite(await numberOf(page, 'train-loss'))).toBe(true);
    expect(await hashOf(page)).toContain(`formula=${MISH}`);
    await page.getByTestId('play').click();

    // The link opens the same experiment: formula layers, the same text, no notice.
    const again = await openPage(world.browser, link);
    expect(await again.page.getByTestId('layer-activation-0').inputValue()).toBe('formula');
    expect(await again.page.getByTestId('layer-activation-1').inputValue()).toBe('formula');
    expect(await again.page.getByTestId('formula-input').inputValue()).toBe(MISH);
    await expect.poll(() => again.page.getByTestId('formula-preview').getAttribute('data-drawn')).toBe('yes');
    expect(await again.page.getByTestId('notice').count()).toBe(0);
    expect(again.errors).toEqual([]);
    await again.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a bad formula in a link: the default, a notice naming the column and problem, the rest applied', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#activation=formula&formula=x*sinh(x)&learningRate=0.1`,
    );
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("unknown function 'sinh' at column 3");
    expect(await page.getByTestId('formula-input').inputValue()).toBe(MISH);
    expect(await page.getByTestId('layer-activation-0').inputValue()).toBe('formula');
    expect(await page.getByTestId('learning-rate').inputValue()).toBe('0.1');
    // The message is text, not markup.
    const evil = await openPage(
      world.browser,
      `${world.site.url}#activation=formula&formula=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    await evil.page.getByTestId('notice').waitFor();
    expect(await evil.page.getByTestId('notice').locator('img').count()).toBe(0);
    expect(await evil.page.getByTestId('notice').textContent()).toContain('<img');
    await evil.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('declared parameters: a field per formula layer, actParams= both ways, refitted to a new formula', async () => {
    const sig = (range: string) => `x*sigmoid(a*x); a = 1 in ${range}`;
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#activation=formula&networkShape=3,2&formula=${encodeURIComponent(sig('[0.1, 5]'))}&actParams=2.5;`,
    );
    const first = page.getByTestId('layer-param-0-0');
    const second = page.getByTestId('layer-param-1-0');
    // Layer 1 starts where the link says, layer 2 at the declared default.
    await expect.poll(() => first.inputValue()).toBe('2.5');
    expect(await second.inputValue()).toBe('1');
    expect(await page.getByTestId('notice').count()).toBe(0);
    // Two layers share the one formula: said, not silent.
    expect(await page.getByTestId('formula-shared').textContent()).toContain('1, 2');
    await second.fill('3');
    await second.press('Enter');
    await expect.poll(() => hashOf(page)).toContain('actParams=2.5;3');
    // Out of the declared range: refused, the field shows the value in force.
    await page.getByTestId('layer-param-1-0').fill('9');
    await page.getByTestId('layer-param-1-0').press('Enter');
    await expect.poll(() => page.getByTestId('layer-param-1-0').inputValue()).toBe('3');
    // A new range keeps 2.5 (inside [0, 2.8]) and drops 3 (outside) to the new default.
    await page.getByTestId('formula-input').fill(sig('[0, 2.8]'));
    await expect.poll(() => hashOf(page)).toContain('in [0, 2.8]');
    await expect.poll(() => hashOf(page)).toMatch(/actParams=2\.5;(&|$)/);
    await expect.poll(() => page.getByTestId('layer-param-1-0').inputValue()).toBe('1');
    // One formula layer: nothing to say about sharing.
    await page.getByTestId('layer-activation-1').selectOption('relu');
    await expect.poll(() => page.getByTestId('formula-shared').isHidden()).toBe(true);
    // A value outside the declared range in a link: the defaults and a notice.
    const bad = await openPage(
      world.browser,
      `${world.site.url}#activation=formula&networkShape=3&formula=${encodeURIComponent(sig('[0.1, 5]'))}&actParams=7`,
    );
    await bad.page.getByTestId('notice').waitFor();
    expect(await bad.page.getByTestId('notice').textContent()).toContain('actParams');
    await expect.poll(() => bad.page.getByTestId('layer-param-0-0').inputValue()).toBe('1');
    await bad.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the comparison editor: a formula field on a formula run, applied on Enter, refused while wrong', async () => {
    const { page, errors } = await openLab(
      world.browser,
      world.site.url,
      'compare=2&networkShape=4&r1.activation=formula&r1.formula=sin(x)&r2.activation=tanh',
      'run-card-1',
    );
    const input = page.getByTestId('run-formula-0-input');
    await expect.poll(() => input.inputValue()).toBe('sin(x)');
    expect(await page.getByTestId('run-formula-1-input').count()).toBe(0);
    await input.fill('x*sinh(x)');
    await input.press('Enter');
    await expect
      .poll(() => page.getByTestId('run-formula-0-message').textContent())
      .toMatch(/^unknown function 'sinh' at column 3/);
    expect(await hashOf(page)).toContain('r1.formula=sin(x)');
    await input.fill('x*sigmoid(x)');
    await input.press('Enter');
    await expect.poll(() => hashOf(page)).toContain('formula=x*sigmoid(x)');
    await expect.poll(() => page.getByTestId('run-formula-0-input').inputValue()).toBe('x*sigmoid(x)');
    expect(await hashOf(page)).not.toMatch(/formula=sin\(x\)/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the explorer plots a typed formula beside the built-ins, and its link keeps it', async () => {
    const { page, errors } = await openLab(
      world.browser,
      world.site.url,
      'explorer&act=mish',
      'explorer-list',
    );
    const chart = page.getByTestId('explorer-chart');
    await expect.poll(() => chart.getAttribute('data-acts')).toBe('mish');
    await page.getByTestId('explorer-own-input').fill('x*tanh(softplus(x)');
    await expect.poll(() => page.getByTestId('explorer-own-message').textContent()).toMatch(/column \d+/);
    expect(await chart.getAttribute('data-acts')).toBe('mish');
    await page.getByTestId('explorer-own-input').fill(MISH);
    await expect.poll(() => chart.getAttribute('data-acts')).toBe('mish,formula');
    await expect.poll(() => hashOf(page)).toContain(`formula=${MISH}`);
    const link = await page.evaluate(() => location.href);
    await page.context().close();
    const again = await openLab(
      world.browser,
      link.replace(/#.*$/, ''),
      link.replace(/^[^#]*#/, ''),
      'explorer-list',
    );
    await expect
      .poll(() => again.page.getByTestId('explorer-chart').getAttribute('data-acts'))
      .toBe('mish,formula');
    expect(await again.page.getByTestId('explorer-own-input').inputValue()).toBe(MISH);
    expect(await again.page.getByTestId('explorer-own-param-a').count()).toBe(0);
    // A declared parameter gets a slider; moving it redraws the curve (the counterfactual: unmoved,
    // the same pixels).
    await again.page.getByTestId('explorer-own-input').fill('x*sigmoid(a*x); a = 1 in [0, 5]');
    const slider = again.page.getByTestId('explorer-own-param-a');
    await slider.waitFor();
    expect(await slider.inputValue()).toBe('1');
    const canvas = again.page.getByTestId('explorer-chart').locator('canvas');
    await again.page.waitForTimeout(500);
    const before = await canvas.screenshot();
    await again.page.waitForTimeout(300);
    expect((await canvas.screenshot()).equals(before)).toBe(true);
    await slider.fill('4');
    await expect.poll(async () => (await canvas.screenshot()).equals(before)).toBe(false);
    // The slider's value is in the link (actParams=, the playground's key) and comes back with it.
    await expect.poll(() => hashOf(again.page)).toContain('actParams=4');
    const withValue = await again.page.evaluate(() => location.hash.slice(1));
    expect(again.errors).toEqual([]);
    await again.page.context().close();
    expect(errors).toEqual([]);
    const third = await openLab(world.browser, world.site.url, withValue, 'explorer-list');
    const restored = third.page.getByTestId('explorer-own-param-a');
    await restored.waitFor();
    expect(await restored.inputValue()).toBe('4');
    expect(await third.page.getByTestId('notice').count()).toBe(0);
    await third.page.context().close();
    // A value outside the declared range: the default and a notice naming the key.
    const bad = await openLab(
      world.browser,
      world.site.url,
      withValue.replace('actParams=4', 'actParams=9'),
      'explorer-list',
    );
    const reset = bad.page.getByTestId('explorer-own-param-a');
    await reset.waitFor();
    expect(await reset.inputValue()).toBe('1');
    expect(await bad.page.getByTestId('notice').textContent()).toMatch(/actParams/);
    await expect.poll(() => hashOf(bad.page)).toContain('actParams=1');
    expect(bad.errors).toEqual([]);
    await bad.page.context().close();
  });
});

describe('formula datasets', () => {
  it('custom: the thumbnail and the points follow the typed formula, it trains, a typo loses nothing', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#networkShape=8,8&optimizer=adam&learningRate=0.03`,
    );
    const button = page.getByTestId('dataset-custom');
    const thumb = button.locator('canvas');
    await button.click();
    const input = page.getByTestId('data-formula-input');
    await expect.poll(() => input.inputValue()).toBe('y - 3*sin(x)');
    await expect.poll(() => painted(thumb)).toBeGreaterThan(100);
    const before = await thumb.screenshot();
    const disc = 'x*x + y*y - 9';
    await input.fill(disc);
    await expect.poll(() => hashOf(page)).toContain(`dataFormula=${disc}`);
    await expect.poll(async () => (await thumb.screenshot()).equals(before), { timeout: 20_000 }).toBe(false);

    await page.getByTestId('speed').selectOption('20');
    await page.getByTestId('play').click();
    await expect
      .poll(() => numberOf(page, 'test-loss'), { timeout: 90_000, interval: 500 })
      .toBeLessThan(0.15);

    await input.fill('x*x + y*sinh(y)');
    await expect
      .poll(() => page.getByTestId('data-formula-message').textContent())
      .toMatch(/^unknown function 'sinh' at column 9; allowed: /);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await hashOf(page)).toContain(`dataFormula=${disc}`);
    await page.getByTestId('play').click();

    const link = await page.evaluate(() => location.href);
    const again = await openPage(world.browser, link);
    expect(await again.page.getByTestId('dataset-custom').getAttribute('aria-pressed')).toBe('true');
    expect(await again.page.getByTestId('data-formula-input').inputValue()).toBe(disc);
    expect(await again.page.getByTestId('notice').count()).toBe(0);
    await again.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('custom1d from a link; a bad dataFormula in a link is the default plus a notice', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=custom1d&dataFormula=x/6`,
    );
    await page.getByTestId('fit-plot').waitFor();
    expect(await page.getByTestId('data-formula-input').inputValue()).toBe('x/6');
    expect(await page.getByTestId('notice').count()).toBe(0);
    const bad = await openPage(world.browser, `${world.site.url}#dataset=custom&dataFormula=sinh(x)-y`);
    await bad.page.getByTestId('notice').waitFor();
    expect(await bad.page.getByTestId('notice').textContent()).toContain(
      "unknown function 'sinh' at column 1",
    );
    expect(await bad.page.getByTestId('data-formula-input').inputValue()).toBe('y - 3*sin(x)');
    expect(await bad.page.getByTestId('dataset-custom').getAttribute('aria-pressed')).toBe('true');
    await bad.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
