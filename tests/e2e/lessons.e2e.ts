// Every lesson in real headless Chromium: it loads from #lesson=ID with its check mark off at epoch 0,
// and, left to run (play, at a speed that keeps a frame well under its budget), the check mark turns on
// within the lesson's budget of epochs — measured by the page from the engine's metrics. Half the
// lessons run in Korean. Screenshots: test-results/lesson-NN-ID-LANG.png.
import { describe, expect, it } from 'vitest';
import { LESSONS, type LessonId } from '../../web/src/lab/lessons/defs';
import { shot, useSite } from './harness';
import { epochOf, openLab, playUntil } from './lessons-harness';

/** The speed control's value per lesson (epochs per frame): a frame is at most ~1/10 of the lesson's budget, so "within budget" is measured finely. */
const SPEED: Record<LessonId, string> = {
  nonlinearity: '5',
  step: '2',
  vanishing: '1',
  zigzag: '0.25',
  'tanh-vs-sigmoid': '5',
  'dying-relu': '10',
  prelu: '1',
  smooth: '5',
  oscillating: '50',
  softmax: '2',
  init: '5',
  optimizers: '10',
  overfitting: '2',
  gradcheck: '1',
  'relu-speed': '5',
  exploding: '0.5',
  'elu-mean': '0.5',
  'elu-cost': '0.5',
  maxout: '5',
  'output-heads': '2',
  'sine-periodic': '1',
  mix: '1',
};

const world = useSite();

describe('lessons', () => {
  it('the list links to every lesson, in order', async () => {
    const { page, errors } = await openLab(world.browser, world.site.url, 'lessons', 'lesson-list');
    const ids = await page
      .locator('[data-testid^="lesson-link-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.replace('lesson-link-', '')));
    expect(ids).toEqual(LESSONS.map((l) => l.id));
    await page.screenshot({ path: shot('lessons-list-en'), fullPage: true });
    await page.getByTestId('lang').selectOption('ko');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('lang=ko');
    await page.screenshot({ path: shot('lessons-list-ko'), fullPage: true });
    await page.getByTestId('lesson-link-step').click();
    await page.getByTestId('lesson-check').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe('step');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the dice gives other initial weights (in the link) and the check is measured again', async () => {
    const { page, errors } = await openLab(world.browser, world.site.url, 'lesson=vanishing', 'lesson-check');
    const check = page.getByTestId('lesson-check');
    await page.getByTestId('speed').selectOption('1');
    await playUntil(page, async () => (await check.getAttribute('data-done')) === 'true', 60_000);
    expect(await check.getAttribute('data-done')).toBe('true');
    await page.getByTestId('lesson-reinit').click();
    await expect.poll(() => check.getAttribute('data-done')).toBe('false');
    expect(await page.evaluate(() => location.hash)).toMatch(/initSeed=\d+/);
    await expect.poll(() => epochOf(page)).toBe(0);
    await playUntil(page, async () => (await check.getAttribute('data-done')) === 'true', 60_000);
    expect(await check.getAttribute('data-done')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a lesson fits a 360 px phone', async () => {
    const { page, errors } = await openLab(
      world.browser,
      world.site.url,
      'lesson=dying-relu&lang=ko',
      'lesson-check',
      { width: 360, height: 780 },
    );
    await expect
      .poll(() => page.getByTestId('run-train-loss-3').textContent(), { timeout: 30_000 })
      .not.toBe('–');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: shot('lesson-360px-ko'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  LESSONS.forEach((lesson, i) => {
    const lang = i % 2 === 0 ? 'en' : 'ko';
    it(`${i + 1}. ${lesson.id} (${lang}) reaches its check mark within ${lesson.budget} epochs`, async () => {
      const { page, errors } = await openLab(
        world.browser,
        world.site.url,
        `lesson=${lesson.id}&lang=${lang}`,
        'lesson-check',
      );
      const check = page.getByTestId('lesson-check');
      await expect
        .poll(() => page.getByTestId('run-train-loss-0').textContent(), { timeout: 30_000 })
        .not.toBe('–');
      expect(await check.getAttribute('data-done')).toBe('false');
      // The lesson's own runs (a formula in its link — mix — is checked by the worker, not refused).
      expect(await page.getByTestId('lesson-panel').getAttribute('data-modified')).toBe('false');
      expect(await epochOf(page)).toBe(0);
      await page.getByTestId('speed').selectOption(SPEED[lesson.id]);
      const ms = await playUntil(
        page,
        async () => (await check.getAttribute('data-done')) === 'true',
        90_000,
      );
      const epoch = await epochOf(page);
      expect(
        await check.getAttribute('data-done'),
        `${lesson.id}: not observed after ${ms} ms, epoch ${epoch}`,
      ).toBe('true');
      const seenAt = Number(await check.getAttribute('data-done-epoch'));
      expect(seenAt).toBeGreaterThanOrEqual(0);
      expect(seenAt).toBeLessThanOrEqual(lesson.budget);
      expect(epoch).toBeGreaterThanOrEqual(seenAt);
      // Lessons that time their activations show the figures (relu-speed): measured, not '–'.
      if (lesson.extras.includes('actCost'))
        expect(await page.getByTestId('lesson-check').textContent()).toMatch(/\d ns/);
      if (lesson.extras.includes('beyond'))
        expect(await page.getByTestId('cmp-beyond').getAttribute('data-runs')).toBe(String(lesson.runs));
      await page.screenshot({
        path: shot(`lesson-${String(i + 1).padStart(2, '0')}-${lesson.id}-${lang}`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});
