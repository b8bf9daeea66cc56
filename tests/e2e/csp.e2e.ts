// The Content-Security-Policy: dist/index.html declares it (GitHub Pages sends no headers) and this
// spec serves the same policy as a header on every answer, so the workers run under it too. Every
// page is opened, used a little, and must raise no `securitypolicyviolation` and log no "Refused to".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, openAny, PAGES, useSite } from './harness';

/** The policy of the built page's <meta http-equiv="Content-Security-Policy">. */
function metaPolicy(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('dist/index.html declares no Content-Security-Policy');
  return m[1]!;
}

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

const POLICY = metaPolicy();
const world = useSite('/', { 'content-security-policy': POLICY });

/** Records the page's violations in window.__csp (runs before any page script). */
function recordViolations(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

describe('Content-Security-Policy', () => {
  it('the built page declares a policy at least as strict as the required one', () => {
    const d = directives(POLICY);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    // Nothing may allow inline code, eval or remote hosts; inline style *attributes* only (KaTeX's
    // square-root SVGs carry their width in one), never <style> elements.
    for (const [name, values] of d)
      for (const v of values) {
        expect(`${name} ${v}`).not.toMatch(/'unsafe-eval'|https?:|\*|blob:/);
        if (name !== 'style-src-attr') expect(`${name} ${v}`).not.toMatch(/'unsafe-inline'/);
      }
    expect(d.get('style-src')).toEqual(["'self'"]);
  });

  for (const p of PAGES) {
    it(`${p.name}: no violation while it loads and runs`, async () => {
      const { page, errors } = await openAny(
        world.browser,
        world.site.url + p.hash,
        p.ready,
        p.locale,
        recordViolations,
      );
      const play = page.getByTestId('play');
      if (await play.count()) {
        await play.first().click();
        await page.waitForTimeout(1500);
        await play.first().click();
      } else await page.waitForTimeout(1500);
      if (p.name === 'playground') {
        // The activation gallery renders KaTeX (fonts, inline sizes set from script).
        await page.getByTestId('layer-gallery-1').click();
        await page.locator('dialog.gallery .katex').first().waitFor();
        await page.waitForTimeout(500);
      }
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(errors.filter((e) => /Refused to|Content.Security.Policy/i.test(e))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("a worker's violation is seen too: the engine worker served without 'wasm-unsafe-eval'", async () => {
    // A violation inside a worker fires on the worker's scope, not the document; the worker says it on
    // the console (worker/entry.ts), which the page's console (and every test's error list) receives.
    const ctx = await world.browser.newContext();
    const strict = POLICY.replace(" 'wasm-unsafe-eval'", '');
    expect(strict).not.toBe(POLICY);
    await ctx.route(/engine\.worker-[\w-]+\.js$/, async (r) => {
      const res = await r.fetch();
      await r.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': strict } });
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(world.site.url);
    await expect
      .poll(() => errors.join('\n'), { timeout: 60_000 })
      .toMatch(/Content-Security-Policy: this worker was refused/);
    await ctx.close();
  });

  it('the recorder is not blind: an inline script is refused and recorded', async () => {
    const { page } = await openAny(world.browser, world.site.url, 'boundary', 'en-US', recordViolations);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length))
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBe(undefined);
    await page.context().close();
  });
});
