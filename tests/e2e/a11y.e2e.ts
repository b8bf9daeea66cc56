// Accessibility: axe-core on every kind of page (after it has loaded and trained a little) reports no
// serious or critical violation, and no landmark violation of any impact (content outside landmarks).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES, ROOT, useSite } from './harness';

const world = useSite();
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe on the page as it is now: the serious, critical and landmark violations. */
async function violations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const all = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  // Serious and critical ones, and every landmark rule whatever axe rates it: all content in
  // landmarks (region), one main, none nested wrongly (landmark-*).
  return all.filter(
    (v) =>
      v.impact === 'serious' || v.impact === 'critical' || v.id === 'region' || v.id.startsWith('landmark-'),
  );
}

async function open(
  hash: string,
  ready: string,
  locale?: string,
): Promise<{ page: Page; ctx: BrowserContext }> {
  const ctx = await world.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: locale ?? 'en-US',
    bypassCSP: true, // axe is evaluated into the page
  });
  const page = await ctx.newPage();
  await page.goto(world.site.url + hash);
  await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
  return { page, ctx };
}

describe('accessibility (axe-core)', () => {
  for (const { name, hash, ready, locale } of PAGES) {
    it(`${name}: no serious, critical or landmark violation`, async () => {
      const { page, ctx } = await open(hash, ready, locale);
      // Trained a little: the charts, labels and counters of a running page are what a student meets.
      const play = page.getByTestId('play');
      if ((await play.count()) > 0) {
        await play.first().click();
        await page.waitForTimeout(1500);
        await play.first().click();
      } else await page.waitForTimeout(1500);
      const bad = await violations(page);
      expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
      await ctx.close();
    });
  }

  it('a link notice and each open dialog: no serious, critical or landmark violation', async () => {
    const { page, ctx } = await open('#learningRate=fast', 'boundary');
    await page.getByTestId('notice').waitFor();
    for (const button of ['export-button', 'embed-button']) {
      await page.getByTestId(button).click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      const bad = await violations(page);
      expect(bad, `${button}: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await ctx.close();
  });
});
