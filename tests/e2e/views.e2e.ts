// The views beyond the default lesson: the activation gallery, the 1-D fit plot, learnt PReLU slopes,
// K-class boundaries and the enlarged unit on hover. Screenshots go to test-results/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { numberOf, openPage, shot, useSite } from './harness';

const world = useSite();

async function train(page: Page, epochs: number): Promise<void> {
  await page.getByTestId('play').click();
  await expect
    .poll(() => numberOf(page, 'epoch'), { timeout: 60_000, interval: 200 })
    .toBeGreaterThanOrEqual(epochs);
  await page.getByTestId('play').click();
  await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
}

describe('views', () => {
  it('the gallery shows every hidden-layer activation with formulas, and picking one sets the layer', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    // Every catalogue activation; 'formula' is typed in its own editor, not picked from the gallery.
    const options = await page
      .getByTestId('layer-activation-1')
      .locator('option:not([value="formula"])')
      .count();
    await page.getByTestId('layer-gallery-1').click();
    const dialog = page.locator('dialog.gallery');
    await dialog.waitFor({ state: 'visible' });
    const cards = dialog.locator('.gallery-card');
    expect(await cards.count()).toBe(options);
    await expect.poll(() => dialog.locator('.gallery-card .katex').count()).toBe(2 * options);
    expect(await dialog.locator('.katex-error').count()).toBe(0);
    await page.screenshot({ path: shot('10-gallery') });
    await dialog.locator('.gallery-card[data-act="gelu"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('layer-activation-1').inputValue()).toBe('gelu');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('activation=tanh,gelu');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sine1d shows the fitted curve instead of the boundary and learns it', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=sine1d&networkShape=16,16&activation=tanh&learningRate=0.03&optimizer=adam&showTestData=true&speed=1`,
    );
    await page.getByTestId('fit-plot').waitFor({ state: 'visible' });
    expect(await page.getByTestId('boundary').isVisible()).toBe(false);
    const start = await numberOf(page, 'test-loss');
    await train(page, 60);
    expect(await numberOf(page, 'test-loss')).toBeLessThan(start / 4);
    await page.screenshot({ path: shot('11-sine1d-fit'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('PReLU learns its slopes: the parameter chart follows them', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=circle&networkShape=6,4&activation=prelu&learningRate=0.03&speed=1`,
    );
    const chart = page.getByTestId('param-chart');
    await chart.waitFor({ state: 'visible' });
    const before = await page.locator('.act-card-title').first().textContent();
    await train(page, 40);
    const after = await page.locator('.act-card-title').first().textContent();
    expect(before).toMatch(/PReLU \(0\.25\)/);
    expect(after).not.toBe(before);
    await page.screenshot({ path: shot('12-prelu-circle'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a paused boundary is drawn again when a view option changes (discretize, test points)', async () => {
    // The output panel redraws its last frame only for view changes (a data change waits for the new
    // data's own frame): toggling them while paused, with no new snapshot, must still change the picture.
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=circle&networkShape=4&activation=tanh&speed=1`,
    );
    await train(page, 5);
    const boundary = page.getByTestId('boundary');
    // A snapshot posted before the pause reached the worker can still land after aria-pressed flips:
    // wait until no fresh grid has come for half a second before taking the paused picture.
    // (poll calls at once, then every interval: the first call only records the count.)
    let seen: string | null | undefined;
    await expect
      .poll(
        async () => {
          const now = await boundary.getAttribute('data-grids');
          const quiet = now === seen;
          seen = now;
          return quiet;
        },
        { interval: 500, timeout: 10_000 },
      )
      .toBe(true);
    const picture = () =>
      boundary.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        let h = 0;
        for (let i = 0; i < d.length; i += 7) h = (h * 31 + d[i]!) | 0;
        return h;
      });
    const grids = await boundary.getAttribute('data-grids');
    const before = await picture();
    expect(await picture()).toBe(before); // the same picture reads the same (the counterfactual)
    await page.getByTestId('discretize').check();
    await expect.poll(picture).not.toBe(before);
    const discretized = await picture();
    await page.getByLabel(/Show test data/).check();
    await expect.poll(picture).not.toBe(discretized);
    // No new frame came from the worker: the panel drew its last one again.
    expect(await boundary.getAttribute('data-grids')).toBe(grids);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("new data's first frame while training leaves the weight lines for later; paused, it draws them", async () => {
    // The diagram's data-lines counts redraws of the weight lines. In the frame that first shows a
    // noise change (the app root's data-config grows), a training network must not redraw them (they
    // follow a period later); a paused one does (the counterfactual).
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=spiral&networkShape=16,16,16,16&activation=tanh&speed=max`,
    );
    const diagram = page.getByTestId('diagram');
    const noise = page.locator('[data-hide=noise] input[type=range]');
    /** Whether the frame that first draws a noise change (sets data-config) also redrew the lines. */
    const press = async (key: string) => {
      const armed = page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const app = document.getElementById('app')!;
            const diagram = document.querySelector('[data-testid=diagram]')!;
            const config = app.dataset['config'];
            // One frame's attribute changes arrive in one batch (its callback ends in a checkpoint);
            // every frame sets data-config, a frame of the new data changes it.
            const obs = new MutationObserver((records) => {
              if (app.dataset['config'] === config) return;
              obs.disconnect();
              resolve(records.some((r) => r.target === diagram));
            });
            obs.observe(app, { attributes: true, attributeFilter: ['data-config'] });
            obs.observe(diagram, { attributes: true, attributeFilter: ['data-lines'] });
          }),
      );
      await noise.press(key);
      return armed;
    };
    await expect.poll(() => diagram.getAttribute('data-lines')).not.toBeNull();
    await page.getByTestId('play').click();
    await expect.poll(async () => Number(await diagram.getAttribute('data-lines'))).toBeGreaterThan(3);
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(150);
      expect(await press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'), `press ${i}`).toBe(false);
    }
    // ...and they do follow the new weights, a period later.
    const after = Number(await diagram.getAttribute('data-lines'));
    await expect.poll(async () => Number(await diagram.getAttribute('data-lines'))).toBeGreaterThan(after);
    await page.getByTestId('play').click();
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    expect(await press('ArrowRight')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the largest network's weight lines are redrawn over several frames while training; paused, in one", async () => {
    // data-strips: how many layers' strips of lines the last frame that drew lines drew. The 8 x 64
    // network has 9 layers of weights (about 1,150 lines); while training a frame draws about 200.
    const strips = async (hash: string) => {
      const { page, errors } = await openPage(world.browser, `${world.site.url}#${hash}&speed=max`);
      const diagram = page.getByTestId('diagram');
      await expect.poll(() => diagram.getAttribute('data-lines')).not.toBeNull();
      await page.evaluate(() => {
        const d = document.querySelector<HTMLElement>('[data-testid=diagram]')!;
        const seen: number[] = [];
        (window as unknown as { strips: number[] }).strips = seen;
        new MutationObserver(() => seen.push(Number(d.dataset['strips']))).observe(d, {
          attributes: true,
          attributeFilter: ['data-strips'],
        });
      });
      const seen = () => page.evaluate(() => (window as unknown as { strips: number[] }).strips.slice());
      await page.getByTestId('play').click();
      await expect.poll(async () => (await seen()).length, { timeout: 30_000 }).toBeGreaterThan(30);
      const running = await seen();
      await page.getByTestId('play').click();
      // Paused: the last weights' lines, all in one frame.
      await expect.poll(async () => (await seen()).at(-1)).toBe(running.length > 0 ? layers(hash) : -1);
      expect(errors).toEqual([]);
      await page.context().close();
      return running;
    };
    const layers = (hash: string) => (/networkShape=([\d,]+)/.exec(hash)?.[1] ?? '').split(',').length + 1;
    const big = await strips('dataset=spiral&networkShape=64,64,64,64,64,64,64,64&activation=tanh');
    expect(Math.max(...big)).toBeLessThanOrEqual(2);
    expect(big.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(9 * 3); // passes do finish
    // The counterfactual: a small network's lines fit one frame even while training.
    const small = await strips('dataset=xor&networkShape=4,2&activation=tanh');
    expect(new Set(small)).toEqual(new Set([3]));
  });

  it("after a data change no frame shows the old data; the new data's frames follow", async () => {
    // At the 8 x 64 network the worker is busy when a noise step is sent, and snapshots of the old data
    // keep coming until it answers; drawing them only delayed the new data's first frame.
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=spiral&networkShape=64,64,64,64,64,64,64,64&activation=tanh&speed=max`,
    );
    const app = page.locator('#app');
    await expect.poll(async () => Number(await app.getAttribute('data-frames'))).toBeGreaterThan(0);
    await page.getByTestId('play').click();
    await page.evaluate(() => {
      const root = document.getElementById('app')!;
      const log = { stale: 0, fresh: 0, changes: 0, min: 0 };
      (window as unknown as { drawn: typeof log }).drawn = log;
      // (capture: before the app's own handler sends the change)
      document.addEventListener(
        'change',
        () => {
          log.changes += 1;
          log.min = Number(root.dataset['config']) + 1;
        },
        true,
      );
      new MutationObserver(() => {
        if (log.changes === 0) return;
        if (Number(root.dataset['config']) < log.min) log.stale += 1;
        else log.fresh += 1;
      }).observe(root, { attributes: true, attributeFilter: ['data-frames'] });
    });
    const drawn = () =>
      page.evaluate(() => ({ ...(window as unknown as { drawn: Record<string, number> }).drawn }));
    await page.locator('[data-hide=noise] input[type=range]').focus();
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(300);
      const before = await drawn();
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      // each step's data is drawn, and training goes on drawing it
      await expect.poll(async () => (await drawn()).fresh).toBeGreaterThan((before.fresh ?? 0) + 3);
    }
    const log = await drawn();
    expect(log.changes).toBe(6);
    expect(log.stale).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a change of state re-creates no <select>'s options unless its list changed", async () => {
    // Every panel passes its options again on every change; re-creating equal <option>s made Chromium's
    // autofill re-read the page's form controls (with a forced layout) after each noise-slider step.
    const { page, errors } = await openPage(world.browser, `${world.site.url}#learningRate=0.0123`);
    const lr = page.getByTestId('learning-rate');
    await expect.poll(() => lr.inputValue()).toBe('0.0123');
    await page.evaluate(() => {
      const counts = new Map<string, number>();
      (window as unknown as { refills: Map<string, number> }).refills = counts;
      for (const sel of Array.from(document.querySelectorAll('#app select'))) {
        const name = sel.getAttribute('data-testid') ?? sel.id;
        new MutationObserver(() => counts.set(name, (counts.get(name) ?? 0) + 1)).observe(sel, {
          childList: true,
        });
      }
    });
    const refills = () =>
      page.evaluate(() =>
        Object.fromEntries((window as unknown as { refills: Map<string, number> }).refills),
      );
    const config = () => page.locator('#app').getAttribute('data-config');
    const config0 = Number(await config());
    await page.locator('[data-hide=noise] input[type=range]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await config())).toBeGreaterThan(config0);
    await page.getByTestId('optimizer').selectOption('adam');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('optimizer=adam');
    expect(await refills()).toEqual({});
    // The counterfactual: a listed learning rate drops the link's own 0.0123 from the list.
    await lr.selectOption('0.03');
    await expect.poll(async () => (await refills())['learning-rate'] ?? 0).toBeGreaterThan(0);
    expect(await lr.locator('option[value="0.0123"]').count()).toBe(0);
    expect(Object.keys(await refills())).toEqual(['learning-rate']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('K classes colour the boundary by class; hovering a unit shows it large', async () => {
    const { page, errors } = await openPage(
      world.browser,
      `${world.site.url}#dataset=spiral&classes=4&networkShape=12,12&activation=relu&optimizer=adam&learningRate=0.01&speed=1&discretize=true`,
    );
    await train(page, 20);
    const boundary = page.getByTestId('boundary');
    const colours = await boundary.evaluate((c: HTMLCanvasElement) => {
      const g = c.getContext('2d');
      if (!g) return 0;
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<string>();
      for (let i = 0; i < d.length; i += 4 * 97)
        seen.add(`${d[i]! >> 5},${d[i + 1]! >> 5},${d[i + 2]! >> 5}`);
      return seen.size;
    });
    expect(colours).toBeGreaterThanOrEqual(4);
    const unit = page.locator('.unit[role="img"]').nth(3);
    await unit.hover();
    const zoom = page.locator('.unit-zoom');
    await zoom.waitFor({ state: 'visible' });
    expect(await zoom.textContent()).toMatch(/Layer 1, unit 4/);
    await page.screenshot({ path: shot('13-spiral-4-classes-hover') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
