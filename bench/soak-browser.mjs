// soak-browser.mjs — the page at top speed for a long time (not part of npm test): the largest network
// the UI allows (8 hidden layers × 64 units, all 7 features) training at speed ×500 in Debian's headless
// Chromium (launched as bench/browser.mjs does), sampling memory every few seconds:
//   - the page's live JS heap (CDP: a full garbage collection, then Performance.getMetrics JSHeapUsedSize),
//   - the worker's engine: its WebAssembly.Memory's size and the bytes malloc has handed out, as every
//     snapshot reports them to the benchmark overlay (bench=true: data-wasm-bytes, data-wasm-in-use);
//   - the resident memory of every Chromium process (/proc VmRSS), which also holds the worker's own
//     JS heap (Playwright opens no CDP session on a worker).
// Prints one line per sample and a summary: first, last and max after warm-up, frames and steps done.
// Exit status 1 if the page errs or stops training.
//
//   npm run build && node bench/soak-browser.mjs                  # 10 minutes
//   node bench/soak-browser.mjs --minutes 2 --every 10 [--json]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve-dist.mjs';
import { VIEWPORT, chromiumPid } from './browser.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;
const LARGEST_UI =
  'dataset=spiral&networkShape=64,64,64,64,64,64,64,64&activation=tanh' +
  '&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true';

/** VmRSS (bytes) summed over a process and all its descendants. */
function treeRss(rootPid) {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
      procs.set(Number(name), { ppid, rss: rss ? Number(rss[1]) * 1024 : 0 });
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const todo = [rootPid];
  while (todo.length) {
    const pid = todo.pop();
    total += procs.get(pid)?.rss ?? 0;
    for (const [child, p] of procs) if (p.ppid === pid) todo.push(child);
  }
  return total;
}

async function soak({ dist, minutes, every }) {
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist}/index.html missing: npm run build`);
  const site = await serve(path.resolve(dist));
  const browser = await launchChromium();
  const errors = [];
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${site.url}#${LARGEST_UI}&speed=max&bench=true`);
    await page.waitForFunction(() => Number(document.getElementById('app')?.dataset.frames) > 0, null, {
      timeout: 60_000,
    });
    await page.getByTestId('play').click();
    const pid = chromiumPid();
    const t0 = performance.now();
    const samples = [];
    while (performance.now() - t0 < minutes * 60_000) {
      await page.waitForTimeout(every * 1000);
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const pageHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
      const d = await page.getByTestId('perf').evaluate((el) => ({ ...el.dataset }));
      const frames = Number(await page.evaluate(() => document.getElementById('app')?.dataset.frames));
      const running = await page.getByTestId('play').getAttribute('aria-pressed');
      const s = {
        t: (performance.now() - t0) / 1000,
        frames,
        steps: Number(d.steps ?? NaN),
        page_heap_mb: pageHeap / MB,
        // the worker's engine, as its snapshots report it to the benchmark overlay
        wasm_mb: Number(d.wasmBytes ?? NaN) / MB,
        wasm_in_use_mb: Number(d.wasmInUse ?? NaN) / MB,
        chromium_rss_mb: pid ? treeRss(pid) / MB : NaN,
      };
      samples.push(s);
      console.log(
        `${s.t.toFixed(0).padStart(5)} s  frames ${String(frames).padStart(6)}  page heap ${s.page_heap_mb.toFixed(1)} MB  ` +
          `WASM ${s.wasm_mb.toFixed(1)} MB (in use ${s.wasm_in_use_mb.toFixed(2)})  Chromium RSS ${s.chromium_rss_mb.toFixed(0)} MB`,
      );
      if (errors.length) throw new Error(`page error: ${errors[0]}`);
      if (running !== 'true') throw new Error('training stopped (diverged?)');
    }
    return samples;
  } finally {
    await browser.close();
    await site.close();
  }
}

function summary(samples) {
  const after = samples.slice(Math.min(2, samples.length - 1)); // the first samples are the warm-up
  const fig = (k) => {
    const v = after.map((s) => s[k]);
    return { first: v[0], last: v[v.length - 1], max: Math.max(...v) };
  };
  const last = samples[samples.length - 1];
  return {
    seconds: last.t,
    frames: last.frames,
    frames_per_s: last.frames / last.t,
    page_heap_mb: fig('page_heap_mb'),
    wasm_mb: fig('wasm_mb'),
    wasm_in_use_mb: fig('wasm_in_use_mb'),
    chromium_rss_mb: fig('chromium_rss_mb'),
  };
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    minutes: { type: 'string', default: '10' },
    every: { type: 'string', default: '15' },
    json: { type: 'boolean', default: false },
  },
});
try {
  const samples = await soak({
    dist: values.dist,
    minutes: Number(values.minutes),
    every: Number(values.every),
  });
  const s = summary(samples);
  if (values.json) console.log(JSON.stringify({ summary: s, samples }));
  else {
    const f = (x) => `${x.first.toFixed(1)} -> ${x.last.toFixed(1)} MB (max ${x.max.toFixed(1)})`;
    console.log(
      `soak: ${s.seconds.toFixed(0)} s, ${s.frames} frames (${s.frames_per_s.toFixed(1)}/s); after warm-up: ` +
        `page JS heap ${f(s.page_heap_mb)}, WASM memory ${f(s.wasm_mb)}, in use ${f(s.wasm_in_use_mb)}, ` +
        `Chromium RSS ${f(s.chromium_rss_mb)}`,
    );
  }
} catch (e) {
  process.stderr.write(`soak-browser: ${e.stack ?? e}\n`);
  process.exit(1);
}
