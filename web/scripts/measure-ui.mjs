// measure-ui.mjs — how the page keeps up while training (a measurement, not a test): frames drawn per
// second, optimiser steps per second and main-thread long tasks, for the default lesson and for the
// largest network (8 hidden layers x 64 units), in Debian's headless Chromium against dist/.
//   node web/scripts/measure-ui.mjs            (after npm run build)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dist = resolve(import.meta.dirname, '../../dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  let file = normalize(join(dist, new URL(req.url ?? '/', 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const cases = [
  ['default lesson (XOR, 4-2 tanh), x5', '#speed=5'],
  ['default lesson, x50', '#speed=50'],
  ['spiral, 8 x 64 tanh (largest), x5', '#dataset=spiral&networkShape=64,64,64,64,64,64,64,64&speed=5'],
  ['spiral, 8 x 64 relu (largest), x100', '#dataset=spiral&networkShape=64,64,64,64,64,64,64,64&activation=relu&learningRate=0.003&speed=100'],
];
for (const [name, hash] of cases) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(base + hash);
  await page.getByTestId('boundary').waitFor();
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false });
  });
  await page.getByTestId('play').click();
  await page.waitForTimeout(1000);
  const t0 = Date.now();
  const f0 = Number(await page.locator('#app').getAttribute('data-frames'));
  const s0 = await page.evaluate(() => Number(document.querySelector('#app')?.getAttribute('data-steps')));
  await page.waitForTimeout(4000);
  const dt = (Date.now() - t0) / 1000;
  const f1 = Number(await page.locator('#app').getAttribute('data-frames'));
  const s1 = await page.evaluate(() => Number(document.querySelector('#app')?.getAttribute('data-steps')));
  const long = await page.evaluate(() => window.__long);
  await page.getByTestId('play').click();
  console.log(`${name}: ${((f1 - f0) / dt).toFixed(1)} frames/s, ${((s1 - s0) / dt).toFixed(0)} steps/s, long tasks: ${long.length} (max ${Math.max(0, ...long).toFixed(0)} ms)`);
  await page.close();
}
await browser.close();
server.close();
