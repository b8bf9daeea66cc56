// Teaching on the lesson pages, in headless Chromium: overrides from the link mark the lesson modified
// (and a bad value is said), "Try this" loads a counterfactual that does not tick within twice the
// budget while the lesson itself does, and the prediction asked before the first play is judged once
// the check ticks, when "why it happens" opens.
import { describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from '../../web/src/lab/lessons/defs';
import { useSite } from './harness';
import { epochOf, openLab, playUntil } from './lessons-harness';

const world = useSite();

describe('lesson teaching', () => {
  it('a link override marks the lesson modified and names the change; page keys do not', async () => {
    const { page, errors } = await openLab(
      world.browser,
      world.site.url,
      'lesson=tanh-vs-sigmoid&r2.activation=relu',
      'lesson-check',
    );
    const panel = page.getByTestId('lesson-panel');
    expect(await panel.getAttribute('data-modified')).toBe('true');
    const note = await page.getByTestId('lesson-modified').textContent();
    expect(note).toContain('activation = relu');
    expect(note).toContain('sigmoid');
    await page.context().close();

    const plain = await openLab(
      world.browser,
      world.site.url,
      'lesson=tanh-vs-sigmoid&lang=ko&speed=50&initSeed=3',
      'lesson-check',
    );
    expect(await plain.page.getByTestId('lesson-panel').getAttribute('data-modified')).toBe('false');
    expect(await plain.page.getByTestId('lesson-modified').count()).toBe(0);
    // The summary and the objective are on the lesson's own page.
    expect((await plain.page.getByTestId('lesson-summary').textContent())?.length).toBeGreaterThan(20);
    expect((await plain.page.getByTestId('lesson-objective').textContent())?.length).toBeGreaterThan(20);
    expect(errors.concat(plain.errors)).toEqual([]);
    await plain.page.context().close();
  });

  it('a bad override value becomes the default and a notice says so', async () => {
    const { page } = await openLab(
      world.browser,
      world.site.url,
      'lesson=step&learningRate=banana',
      'lesson-check',
    );
    const notice = page.getByTestId('notice');
    await notice.first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.first().textContent()).toContain('learningRate');
    expect(await page.getByTestId('lesson-panel').getAttribute('data-modified')).toBe('true');
    await page.context().close();
  });

  it('"Try this" loads the counterfactual, which does not tick within twice the budget', async () => {
    const lesson = lessonById('zigzag');
    if (!lesson) throw new Error('no zigzag lesson');
    const { page, errors } = await openLab(world.browser, world.site.url, 'lesson=zigzag', 'lesson-check');
    expect(await page.getByTestId('lesson-try').count()).toBe(1);
    const buttons = await page.locator('[data-testid^="lesson-try-"]').count();
    expect(buttons).toBe(lesson.variants.length);
    await page.getByTestId('lesson-try-bothTanh').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('r1.activation=tanh');
    await expect
      .poll(() => page.getByTestId('lesson-panel').getAttribute('data-variant'), { timeout: 30_000 })
      .toBe('bothTanh');
    expect(await page.getByTestId('lesson-panel').getAttribute('data-modified')).toBe('true');
    expect(await page.getByTestId('lesson-modified').textContent()).toContain('tanh');
    const check = page.getByTestId('lesson-check');
    await expect
      .poll(() => page.getByTestId('run-train-loss-0').textContent(), { timeout: 30_000 })
      .not.toBe('–');
    await page.getByTestId('speed').selectOption('50');
    await playUntil(page, async () => (await epochOf(page)) >= 2 * lesson.budget, 60_000);
    expect(await epochOf(page)).toBeGreaterThanOrEqual(2 * lesson.budget);
    expect(await check.getAttribute('data-done')).toBe('false');
    // Back to the lesson's own runs: there it ticks.
    await page.getByTestId('lesson-modified').getByRole('link').click();
    await expect
      .poll(() => page.getByTestId('lesson-panel').getAttribute('data-modified'), { timeout: 30_000 })
      .toBe('false');
    await expect
      .poll(() => page.getByTestId('run-train-loss-0').textContent(), { timeout: 30_000 })
      .not.toBe('–');
    await page.getByTestId('speed').selectOption('50');
    await playUntil(page, async () => (await check.getAttribute('data-done')) === 'true', 60_000);
    expect(await check.getAttribute('data-done')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('predict, then observe: the choice locks at play; "why" opens when the check ticks', async () => {
    const lesson = lessonById('step');
    if (!lesson) throw new Error('no step lesson');
    const { page, errors } = await openLab(world.browser, world.site.url, 'lesson=step', 'lesson-check');
    const why = page.getByTestId('lesson-why');
    expect(await why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const answer = page.getByTestId(`lesson-predict-${lesson.predict.answer}`);
    await answer.click();
    expect(await answer.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('lesson-predict').getAttribute('data-chosen')).toBe(
      String(lesson.predict.answer),
    );
    await expect
      .poll(() => page.getByTestId('run-train-loss-0').textContent(), { timeout: 30_000 })
      .not.toBe('–');
    await page.getByTestId('speed').selectOption('50');
    const check = page.getByTestId('lesson-check');
    await playUntil(page, async () => (await check.getAttribute('data-done')) === 'true', 60_000);
    expect(await check.getAttribute('data-done')).toBe('true');
    expect(await answer.isDisabled()).toBe(true);
    expect(await page.getByTestId('lesson-predict-result').getAttribute('data-correct')).toBe('true');
    expect(await why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // The recap (#choose) now shows this lesson measured, every other one not yet.
    await page.getByTestId('lesson-choose').click();
    await page.getByTestId('choose-page').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByTestId('choose-lesson-step').getAttribute('data-measured')).toBe('true');
    expect(await page.getByTestId('choose-lesson-step').textContent()).toContain('epoch');
    expect(await page.getByTestId('choose-lesson-vanishing').getAttribute('data-measured')).toBe('false');
    expect(await page.locator('[data-testid^="choose-link-"]').count()).toBe(LESSONS.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the recap (#choose) links every lesson, none measured in a fresh browser', async () => {
    const { page, errors } = await openLab(world.browser, world.site.url, 'choose&lang=ko', 'choose-page');
    const ids = await page
      .locator('[data-testid^="choose-link-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.replace('choose-link-', '')));
    expect(ids).toEqual(LESSONS.map((l) => l.id));
    const measured = await page
      .locator('[data-testid^="choose-lesson-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-measured')));
    expect(new Set(measured)).toEqual(new Set(['false']));
    await page.getByTestId('choose-link-vanishing').click();
    await page.getByTestId('lesson-check').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe('vanishing');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
