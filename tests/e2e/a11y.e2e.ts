// Accessibility: axe-core on every kind of page (after it has loaded and trained a little) reports no
// serious or critical violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('accessibility (axe-core)', () => {
  for (const { name, hash, ready, locale } of PAGES) {
    it(`${name}: no serious or critical violation`, async () => {
      const ctx = await world.browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: locale ?? 'en-US',
        bypassCSP: true, // axe is evaluated into the page
      });
      const page = await ctx.newPage();
      await page.goto(world.site.url + hash);
      await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForTimeout(1500);
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      });
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
      await ctx.close();
    });
  }
});
