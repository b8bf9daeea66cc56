// Links and notices that tell the truth: a hash edited on an open page loads that experiment, long
// notices are summarised, simd=0 is named as the link's choice, and xor4 does not keep its batch of 4.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAny, openPage, useSite } from './harness';

const world = useSite();

const pressed = (page: Page | Frame, testid: string) => page.getByTestId(testid).getAttribute('aria-pressed');

describe('links', () => {
  it('editing the hash of an open playground loads that experiment with its notices', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#dataset=xor`);
    expect(await pressed(page, 'dataset-xor')).toBe('true');
    expect(await page.getByTestId('layer-activation-2').count()).toBe(0);
    await page.evaluate(() => {
      location.hash = '#dataset=spiral&learningRate=0.3&networkShape=8,8,8&bogusKey=1';
    });
    await expect.poll(() => pressed(page, 'dataset-spiral'), { timeout: 60_000 }).toBe('true');
    expect(await pressed(page, 'dataset-xor')).toBe('false');
    expect(await page.getByTestId('learning-rate').inputValue()).toBe('0.3');
    await page.getByTestId('layer-activation-2').waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('bogusKey');
    // The next UI change writes the typed experiment, not the old one.
    await page.getByTestId('batch-size').selectOption('5');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('dataset=spiral');
    expect(hash).toContain('learningRate=0.3');
    expect(hash).toContain('networkShape=8,8,8');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a course page changing its iframe's hash loads the new experiment in the frame", async () => {
    const context = await world.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${world.site.url}missing-page`).catch(() => undefined); // same origin, blank
    await page.evaluate((src) => {
      document.body.replaceChildren();
      const f = document.createElement('iframe');
      f.src = src;
      f.width = '1100';
      f.height = '800';
      document.body.append(f);
    }, `${world.site.url}#embed=1&dataset=xor`);
    const frame = () => page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame().getByTestId('boundary').count(), { timeout: 60_000 }).toBe(1);
    expect(await frame().evaluate(() => location.hash)).toContain('dataset=xor');
    await page.evaluate((src) => {
      document.querySelector('iframe')!.src = src;
    }, `${world.site.url}#embed=1&dataset=circle&noise=999`);
    await expect
      .poll(() => frame().evaluate(() => location.hash), { timeout: 60_000 })
      .toContain('dataset=circle');
    await expect
      .poll(async () => (await frame().getByTestId('notice').count()) > 0, { timeout: 60_000 })
      .toBe(true);
    expect(await frame().getByTestId('notice').textContent()).toContain('noise');
    await context.close();
  });

  it('200 bad keys: the first few, then "and 196 more", expandable', async () => {
    const bad = Array.from({ length: 200 }, (_, i) => `bad${i}=1`).join('&');
    const { page, errors } = await openPage(world.browser, `${world.site.url}#${bad}`);
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    const more = page.getByTestId('notice-more');
    expect(await more.locator('summary').textContent()).toBe('and 196 more');
    expect(await notice.locator('p:visible').count()).toBe(4);
    const box = await notice.boundingBox();
    expect(box!.height).toBeLessThan(300);
    // The playground is on screen below it.
    const boundary = await page.getByTestId('boundary').boundingBox();
    expect(boundary!.y).toBeLessThan(1000);
    await more.locator('summary').click();
    await expect.poll(() => notice.locator('p:visible').count()).toBe(200);
    expect(await notice.textContent()).toContain('bad199');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a few bad keys are listed in full, with no summary', async () => {
    const { page } = await openPage(world.browser, `${world.site.url}#bad1=1&bad2=2&bad3=3`);
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice-more').count()).toBe(0);
    expect(await page.getByTestId('notice').locator('p').count()).toBe(3);
    await page.context().close();
  });

  it('simd=0 says the link chose the plain engine, not that the browser lacks SIMD', async () => {
    const { page, errors } = await openPage(world.browser, `${world.site.url}#simd=0`);
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('simd=0');
    expect(text).not.toMatch(/browser has no/i);
    expect(await page.getByTestId('engine-badge').textContent()).not.toMatch(/SIMD engine/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switching to xor4 and back restores the batch size', async () => {
    const { page, errors } = await openPage(world.browser, world.site.url);
    await page.getByTestId('batch-size').selectOption('30');
    await page.getByTestId('dataset-xor4').click();
    await expect.poll(() => page.getByTestId('batch-size').inputValue()).toBe('4');
    await page.getByTestId('dataset-spiral').click();
    await expect.poll(() => pressed(page, 'dataset-spiral')).toBe('true');
    expect(await page.getByTestId('batch-size').inputValue()).toBe('30');
    // The hash is rewritten after 150 ms of quiet (ui/url.ts), so wait for the write.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('batchSize=30');
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it('a bad #compare count is said on the page; a good one is not (the counterfactual)', async () => {
    // Every bad count is a property test (tests/web/compare.prop.test.ts); here, that the page shows it.
    for (const count of ['5', '0x2']) {
      const { page, errors } = await openAny(
        world.browser,
        `${world.site.url}#compare=${count}`,
        'run-card-1',
      );
      const notice = page.getByTestId('notice');
      await notice.first().waitFor();
      expect((await notice.allTextContents()).join(' '), count).toContain(`compare=${count}`);
      expect(await page.getByTestId('run-card-2').count(), count).toBe(0); // the default: 2 runs
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const { page } = await openAny(world.browser, `${world.site.url}#compare=3`, 'run-card-2');
    await page.waitForTimeout(500);
    expect(await page.getByTestId('notice').count()).toBe(0);
    await page.context().close();
  }, 240_000);

  it('#v= that is no version is rejected once, never "version Infinity" nor "newer"; v=3 is newer', async () => {
    for (const v of ['4294967296']) {
      const { page } = await openPage(world.browser, `${world.site.url}#v=${v}`);
      const notice = page.getByTestId('notice');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain(`v=${v}`);
      expect(text).not.toMatch(/newer|Infinity/);
      expect(await notice.locator('p').count()).toBe(1);
      await page.context().close();
    }
    const { page } = await openPage(world.browser, `${world.site.url}#v=3`);
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('newer ActLab (version 3)');
    await page.context().close();
  }, 240_000);
});
