// The keyboard-only journey of issue #12 and the canvases' text alternatives. With the keyboard alone a
// student tabs to play, starts training, changes the hidden activation, reads the loss from the
// element that has focus (the decision boundary: its accessible name says what it shows now) and
// pauses; every stop on the way shows a visible focus ring. The canvases (boundary, loss chart,
// gradient chart) name what they show *now*: their labels change while training, stay put while
// paused, and agree with the numbers on the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAny, openPage, useSite } from './harness';

const world = useSite();

/** A number as fmtLoss writes it: 0.123 or 8.36e-5. */
const N = String.raw`\d\.\d+(?:e[+-]\d+)?`;

/** Pauses, then returns the labels `read` gives once they have settled on the last frame (within the
 * 500 ms rate limit), after checking they then stay put. */
async function pausedLabels<T>(page: Page, read: () => Promise<T>): Promise<T> {
  await page.getByTestId('play').click();
  await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  await page.waitForTimeout(800);
  const paused = await read();
  await page.waitForTimeout(1200);
  expect(await read()).toEqual(paused);
  return paused;
}

/** Presses Tab (or Shift+Tab) until the element with `testid` has focus; returns the presses. Every
 * element passed on the way must show a focus ring. */
async function tabTo(page: Page, testid: string, back = false, limit = 80): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el === null || el === document.body) return { id: '', ring: 'ok' };
      const s = getComputedStyle(el);
      const ring =
        s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2 ? `${el.tagName} has no ring` : 'ok';
      return { id: el.dataset['testid'] ?? '', ring };
    });
    expect(at.ring).toBe('ok');
    if (at.id === testid) return n;
  }
  throw new Error(`${testid} not reached with ${limit} presses of ${back ? 'Shift+' : ''}Tab`);
}

const epochOf = async (page: Page) => Number(await page.getByTestId('epoch').textContent());
const labelOf = (page: Page, selector: string) => page.locator(selector).first().getAttribute('aria-label');

describe('keyboard only', () => {
  it('tab to play, start, change the activation, read the loss from the focused boundary, pause', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=circle&activation=tanh&speed=1`,
    );
    await page.locator('body').focus();
    const presses = await tabTo(page, 'play');
    expect(presses).toBeLessThan(40);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => epochOf(page), { timeout: 30_000 }).toBeGreaterThan(2);

    await tabTo(page, 'layer-activation-0');
    const before = await page.getByTestId('layer-activation-0').inputValue();
    await page.keyboard.press('ArrowDown');
    const after = await page.getByTestId('layer-activation-0').inputValue();
    expect(after).not.toBe(before);
    // The change is the experiment's: it reaches the link (written 150 ms after the last change).
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`activation=${after}`);

    // The boundary is reachable and names the losses it shows now.
    await tabTo(page, 'boundary');
    await expect
      .poll(async () => (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '')
      .toMatch(new RegExp(`test loss ${N}, training loss ${N}`));

    // Back to play (Shift+Tab) and pause.
    await tabTo(page, 'play', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    await page.waitForTimeout(500); // a snapshot already on its way is drawn
    const stopped = await epochOf(page);
    await page.waitForTimeout(800);
    expect(await epochOf(page)).toBe(stopped);
    // Paused, the focused picture's name and the page's numbers agree.
    await tabTo(page, 'boundary');
    const name = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    const testLoss = (await page.getByTestId('test-loss').textContent())?.trim() ?? '';
    const trainLoss = (await page.getByTestId('train-loss').textContent())?.trim() ?? '';
    expect(name).toContain(`test loss ${testLoss}, training loss ${trainLoss}`);
    expect(name).toContain(`Epoch ${stopped}:`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});

describe('canvases say what they show now', () => {
  it('the boundary, loss and gradient charts change their text while training, not while paused', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=xor&networkShape=4,3&speed=1`,
    );
    const canvases = {
      boundary: '[data-testid="boundary"]',
      loss: '[data-testid="loss-chart"] canvas',
      grad: '[data-testid="grad-chart"] canvas',
    };
    const read = async () => ({
      boundary: await labelOf(page, canvases.boundary),
      loss: await labelOf(page, canvases.loss),
      grad: await labelOf(page, canvases.grad),
    });
    await page.getByTestId('play').click();
    await expect.poll(() => epochOf(page), { timeout: 30_000 }).toBeGreaterThan(2);
    // The labels follow the drawn frames at most twice a second: wait for the gradient chart's first.
    await expect.poll(async () => (await read()).grad, { timeout: 10_000 }).toMatch(/output/);
    const first = await read();
    expect(first.boundary).toMatch(/test accuracy \d+\.\d%/);
    expect(first.loss).toMatch(new RegExp(`training loss ${N}, test loss ${N}; lowest test loss ${N}`));
    // Two hidden layers and the output: three gradient norms, each named.
    expect(first.grad).toMatch(/layer 1 [\d.e+-]+, layer 2 [\d.e+-]+, output [\d.e+-]+$/);
    await page.waitForTimeout(1500);
    const second = await read();
    expect(second.boundary).not.toBe(first.boundary);
    expect(second.loss).not.toBe(first.loss);
    expect(second.grad).not.toBe(first.grad);

    // Paused: the labels settle on the last frame and then stay put.
    const paused = await pausedLabels(page, read);
    const epoch = await epochOf(page);
    for (const label of Object.values(paused)) expect(label).toMatch(new RegExp(`[Ee]poch ${epoch}\\b`));
    const testLoss = (await page.getByTestId('test-loss').textContent())?.trim() ?? '';
    expect(paused.loss).toContain(`test loss ${testLoss}`);
    // The gradient chart's text carries the same numbers as its test hook (data-last), rounded.
    const last = ((await page.getByTestId('grad-chart').getAttribute('data-last')) ?? '')
      .split(',')
      .map(Number);
    const spoken = [...(paused.grad ?? '').matchAll(/(?:layer \d+|output) ([\d.e+-]+)/g)].map((m) =>
      Number(m[1]),
    );
    expect(spoken).toHaveLength(last.length);
    // Shown with 2-3 significant digits: within 5 % of the raw value.
    spoken.forEach((v, i) =>
      expect(Math.abs(v - (last[i] ?? NaN))).toBeLessThanOrEqual(0.05 * Math.abs(last[i] ?? NaN)),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it("a comparison's run boundaries and overlaid charts name every run's numbers now", async () => {
    const { page, errors } = await openAny(
      world.browser,
      `${world.site.url}#compare=2&dataset=xor&networkShape=4&r2.activation=relu&speed=1`,
      'run-card-1',
    );
    const read = async () => ({
      run1: await labelOf(page, '[data-testid="run-boundary-0"]'),
      run2: await labelOf(page, '[data-testid="run-boundary-1"]'),
      loss: await labelOf(page, '[data-testid="cmp-loss-chart"] canvas'),
      grad: await labelOf(page, '[data-testid="cmp-grad-chart"] canvas'),
    });
    await page.getByTestId('play').click();
    await expect.poll(() => epochOf(page), { timeout: 30_000 }).toBeGreaterThan(2);
    // The labels follow the drawn frames at most twice a second: wait for the gradient chart's first.
    await expect.poll(async () => (await read()).grad, { timeout: 10_000 }).toMatch(/output/);
    const first = await read();
    for (const run of [first.run1, first.run2]) expect(run).toMatch(/test accuracy \d+\.\d%/);
    // Both runs' losses in the loss chart; both runs' layer and output norms in the gradient chart.
    expect(first.loss).toMatch(new RegExp(`training ${N}, test ${N}; .*training ${N}, test ${N}$`));
    expect(first.grad).toMatch(/layer 1 [\d.e+-]+, output [\d.e+-]+; .*layer 1 [\d.e+-]+, output [\d.e+-]+$/);
    await page.waitForTimeout(1500);
    const second = await read();
    for (const k of ['run1', 'run2', 'loss', 'grad'] as const) expect(second[k], k).not.toBe(first[k]);
    const paused = await pausedLabels(page, read);
    const shown = (await page.getByTestId('run-test-loss-1').textContent())?.trim() ?? '';
    expect(paused.run2).toContain(`test loss ${shown}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
