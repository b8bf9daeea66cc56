// screenshot.mjs — the README's picture (docs/screenshot.png): the default lesson after some training,
// in Debian's headless Chromium against dist/ served by `vite preview` on port 4173.
//   npm run build && npx vite preview --port 4173 & node web/scripts/screenshot.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';

const out = resolve(import.meta.dirname, '../../docs/screenshot.png');
const url = process.argv[2] ?? 'http://127.0.0.1:4173/#speed=20';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 940 } });
await page.goto(url);
await page.getByTestId('boundary').waitFor();
await page.getByTestId('play').click();
await page.waitForFunction(
  () => Number(document.querySelector('[data-testid="test-loss"]')?.textContent) < 0.03,
  null,
  { timeout: 60_000 },
);
await page.getByTestId('play').click();
await page.waitForTimeout(300);
mkdirSync(resolve(out, '..'), { recursive: true });
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
