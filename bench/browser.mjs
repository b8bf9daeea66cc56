// browser.mjs — the browser half of issue 5's targets, measured on the real page (dist/, served over
// local http) in Debian's headless Chromium through playwright-core. Never downloads a browser.
//
//   node bench/browser.mjs [--dist DIR] [--seconds S] [--json] [--trace FILE] [--only ID,...]
//
// 1. First render: navigation start -> the first boundary frame drawn (the page's performance mark
//    `actlab:first-frame`), in a fresh browser context each time (empty cache), median of 3 loads.
// 2. Frames: the benchmark page (URL bench=1) trains at full speed while the boundary and the unit
//    thumbnails are redrawn; its overlay counts frames drawn, optimiser steps, the worker's ms and the
//    main thread's drawing ms from a reset (after a warm-up) to the end of the window. This script only
//    clicks play and reset and reads the overlay's totals: the page reports the figures.
//
// --only picks parts by id (first-render, to-loss or circle/xor, and the case ids of CASES).
// --trace FILE records a Chrome performance trace (chrome://tracing / Perfetto) of the target case.
// Prints a summary, or with --json one JSON object (bench/run.mjs runs this as one of its jobs).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve-dist.mjs';
import { summarize } from './js/measure.mjs';
import { LARGEST } from './js/workload.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
export const VIEWPORT = { width: 1440, height: 1000 };
const FIRST_FRAME_MARK = 'actlab:first-frame'; // web/src/ui/panels/perf.ts
const LOADS = 3;

/** The largest playground network of the Node workloads (bench/js/workload.mjs), as a page link. */
const LARGEST_LINK = [
  'dataset=spiral',
  `networkShape=${LARGEST.hidden.join(',')}`,
  ...LARGEST.features.map((f) => `${f}=true`),
  'activation=tanh',
  `learningRate=${LARGEST.lr}`,
  `batchSize=${LARGEST.batch}`,
].join('&');

/** TF Playground's default experiment, translated to ActLab link keys. Its own default link is
 * `#activation=tanh&batchSize=10&dataset=circle&learningRate=0.03&noise=0&networkShape=4,2&percTrainData=50
 * &x=true&y=true&…` (the other keys are off or TF Playground's display options). */
const TF_DEFAULTS =
  'activation=tanh&learningRate=0.03&networkShape=4,2&batchSize=10&noise=0&percTrainData=50&x=true&y=true';
export const TF_CIRCLE = `dataset=circle&${TF_DEFAULTS}`;
export const TF_XOR = `dataset=xor&${TF_DEFAULTS}`;
/** ActLab's largest network: the most hidden layers and units the UI allows, every input feature. */
const ACTLAB_LARGEST_LINK = [
  'dataset=spiral',
  `networkShape=${Array(8).fill(64).join(',')}`,
  ...LARGEST.features.map((f) => `${f}=true`),
  'activation=tanh',
  `learningRate=${LARGEST.lr}`,
  `batchSize=${LARGEST.batch}`,
].join('&');

/**
 * Frames while training. speed=max is the page's top speed (as much training as fits the frame budget,
 * state/speed.ts); `latency` cases also time inputs while training; `pace` cases run at default settings
 * (no speed in the link) and report epochs per frame.
 */
export const CASES = [
  {
    id: 'largest-200',
    target: true,
    label: `largest network (${LARGEST.features.length}→${LARGEST.hidden.join('→')}→1 tanh), 200×200 boundary, speed max`,
    hash: `${LARGEST_LINK}&res=200&speed=max`,
  },
  {
    id: 'smallest',
    latency: true,
    label: 'smallest network (2→1, no hidden layer, XOR), speed max',
    hash: 'dataset=xor&networkShape=&speed=max',
  },
  {
    id: 'largest-auto',
    latency: true,
    label: `TF Playground's largest network (${LARGEST.features.length}→${LARGEST.hidden.join('→')}→1 tanh), speed max`,
    hash: `${LARGEST_LINK}&speed=max`,
  },
  {
    id: 'actlab-largest',
    latency: true,
    label: `ActLab's largest network (${LARGEST.features.length}→8 × 64→1 tanh), speed max`,
    hash: `${ACTLAB_LARGEST_LINK}&speed=max`,
  },
  {
    id: 'default',
    pace: true,
    label: 'playground default (XOR, 2→4→2→1 tanh), default settings',
    hash: '',
  },
  {
    id: 'tf-circle',
    pace: true,
    label: "TF Playground's default experiment (circle, 2→4→2→1 tanh), default settings",
    hash: TF_CIRCLE,
  },
];

/** Time to test loss ≤ LOSS_GOAL: ActLab's default speed (max) and TF Playground's pace (1 epoch/frame). */
export const LOSS_GOAL = 0.1;
export const TO_LOSS = [
  { id: 'circle', label: "TF Playground's default circle", hash: TF_CIRCLE },
  { id: 'xor', label: "TF Playground's XOR", hash: TF_XOR },
];
const TO_LOSS_SPEEDS = [
  { id: 'default', label: 'ActLab default (max)', speed: null },
  { id: 'tf-pace', label: "TF Playground's pace (1 epoch per frame)", speed: '1' },
];

/** CPU seconds (user + system) of a process and all its descendants, from /proc (Linux). */
function treeCpuSeconds(rootPid) {
  const tick = 100; // USER_HZ on Linux
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(rest[1]), cpu: (Number(rest[11]) + Number(rest[12])) / tick });
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const todo = [rootPid];
  while (todo.length) {
    const pid = todo.pop();
    total += stats.get(pid)?.cpu ?? 0;
    for (const [child, s] of stats) if (s.ppid === pid) todo.push(child);
  }
  return total;
}

/** The browser process playwright started: our child running Debian's Chromium. */
export function chromiumPid() {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
      const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && comm.startsWith('chromium')) return Number(name);
    } catch {
      // the process ended meanwhile
    }
  }
  return null;
}

/** A page with its errors collected (a page that logs an error has not measured what it claims). */
async function openPage(context, errors) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return page;
}

/**
 * Milliseconds from navigation start to the first boundary frame, for one fresh load of `url`. When
 * `loaded` is a Set it receives the path of every response of the page and its workers.
 */
async function firstRender(browser, url, errors, loaded = null) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (loaded) context.on('response', (r) => loaded.add(new URL(r.url()).pathname));
  try {
    const page = await openPage(context, errors);
    await page.goto(url);
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime,
      FIRST_FRAME_MARK,
      { timeout: 30_000 },
    );
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

/** Gzipped size (-9) of the JS and WASM files among `paths` (URL paths under the site's base). */
function pageBundle(dist, siteUrl, paths) {
  const base = new URL(siteUrl).pathname;
  const files = [...paths]
    .filter((p) => /\.(m?js|wasm)$/.test(p) && p.startsWith(base))
    .map((p) => p.slice(base.length))
    .sort();
  const gzip_bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length,
    0,
  );
  return { gzip_bytes, files };
}

/** The page's URL for a link hash plus extra keys. */
const link = (base, ...parts) => `${base}#${parts.filter((p) => p !== '').join('&')}`;

/**
 * Installed before the page's own scripts: marks the animation-frame callbacks (the page draws its
 * snapshots in one), so the latency probe knows whether a DOM change happened inside a frame (then that
 * frame paints it) or in a task between frames (then the next frame does).
 */
function rafProbe() {
  const raf = window.requestAnimationFrame.bind(window);
  window.__inFrame = false;
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      window.__inFrame = true;
      try {
        cb(t);
      } finally {
        // after the callback's own microtasks (a MutationObserver's among them)
        queueMicrotask(() => queueMicrotask(() => (window.__inFrame = false)));
      }
    });
}

/**
 * Input latency, measured in the page: from the input event's timestamp to the end of the first frame
 * that shows its effect (the first task after that frame's rendering). `what`: 'pause' (the play button
 * shows paused), 'play' (shows playing), 'noise' (a drawn frame of the new data: the app root's
 * data-config grew). Arm it, then send the input.
 */
function armLatency(page, what) {
  return page.evaluate((what) => {
    const app = document.getElementById('app');
    const play = document.querySelector('[data-testid=play]');
    const config0 = Number(app.dataset.config);
    const shows = {
      pause: () => play.getAttribute('aria-pressed') === 'false',
      play: () => play.getAttribute('aria-pressed') === 'true',
      noise: () => Number(app.dataset.config) > config0,
    }[what];
    window.__latency = new Promise((resolve, reject) => {
      const type = what === 'noise' ? 'change' : 'click';
      const timer = setTimeout(() => reject(new Error(`${what}: no frame showed it within 10 s`)), 10_000);
      document.addEventListener(
        type,
        (e) => {
          const t0 = e.timeStamp;
          const done = () => {
            clearTimeout(timer);
            setTimeout(() => resolve(performance.now() - t0));
          };
          const seen = () => {
            obs.disconnect();
            // a change inside a frame is painted by it; one between frames by the next frame
            if (window.__inFrame) done();
            else requestAnimationFrame(done);
          };
          const obs = new MutationObserver(() => shows() && seen());
          obs.observe(app, {
            attributes: true,
            subtree: true,
            attributeFilter: ['aria-pressed', 'data-config'],
          });
          if (shows()) seen();
        },
        { capture: true, once: true },
      );
    });
  }, what);
}

const LATENCY_REPEATS = 10;

/** Pause, play and a noise-slider change, LATENCY_REPEATS times each, while training at the case's speed. */
async function latencies(page) {
  const out = { pause: [], play: [], noise: [] };
  const play = page.getByTestId('play');
  const noise = page.locator('[data-hide=noise] input[type=range]');
  for (let i = 0; i < LATENCY_REPEATS; i++) {
    await page.waitForTimeout(300);
    await armLatency(page, 'pause');
    await play.click();
    out.pause.push(await page.evaluate(() => window.__latency));
    await page.waitForTimeout(300);
    await armLatency(page, 'play');
    await play.click();
    out.play.push(await page.evaluate(() => window.__latency));
  }
  await noise.focus();
  for (let i = 0; i < LATENCY_REPEATS; i++) {
    await page.waitForTimeout(500);
    await armLatency(page, 'noise');
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    out.noise.push(await page.evaluate(() => window.__latency));
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, summarize(v)]));
}

/** Trains at full speed for warmup + seconds and returns the overlay's totals over the last `seconds`. */
async function frames(browser, base, c, { seconds, warmup, trace }) {
  const errors = [];
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(rafProbe);
    const page = await openPage(context, errors);
    await page.goto(link(base, c.hash, 'bench=true'));
    const perf = page.getByTestId('perf');
    await page.waitForFunction(() => Number(document.getElementById('app')?.dataset.frames) > 0, null, {
      timeout: 30_000,
    });
    await page.getByTestId('play').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=play]')?.getAttribute('aria-pressed') === 'true',
    );
    await page.waitForTimeout(warmup * 1000);
    if (trace) await browser.startTracing(page, { path: trace, screenshots: false });
    const pid = chromiumPid();
    const cpu0 = pid ? treeCpuSeconds(pid) : NaN;
    const t0 = performance.now();
    await page.getByTestId('perf-reset').click();
    await page.waitForTimeout(seconds * 1000);
    const d = await perf.evaluate((el) => ({ ...el.dataset }));
    const cpu = pid ? (treeCpuSeconds(pid) - cpu0) / ((performance.now() - t0) / 1000) : NaN;
    if (trace) await browser.stopTracing();
    const running = await page.getByTestId('play').getAttribute('aria-pressed');
    const latency = c.latency ? await latencies(page) : null;
    await page.getByTestId('play').click();
    if (errors.length) throw new Error(`${c.id}: page error: ${errors[0]}`);
    if (running !== 'true') throw new Error(`${c.id}: training stopped during the measurement (diverged?)`);
    const n = (k) => Number(d[k]);
    const s = n('seconds');
    if (!(n('frames') > 1 && s > 0)) throw new Error(`${c.id}: no frames drawn in ${seconds} s`);
    return {
      id: c.id,
      label: c.label,
      grid: n('grid'),
      unit_grid: n('unitGrid'),
      seconds: s,
      frames_per_s: n('frames') / s,
      steps_per_s: n('steps') / s,
      steps_per_frame: n('steps') / n('frames'),
      epochs_per_frame: n('epochs') / n('frames'),
      worker_ms_per_frame: (n('trainMs') + n('snapshotMs')) / n('frames'),
      worker_train_ms_per_frame: n('trainMs') / n('frames'),
      worker_snapshot_ms_per_frame: n('snapshotMs') / n('frames'),
      draw_ms_per_frame: n('drawMs') / n('frames'),
      max_draw_ms: n('maxDrawMs'),
      long_tasks: n('longTasks'),
      longest_task_ms: n('longestTaskMs'),
      chromium_cores: cpu,
      // Load-independent cost: all of Chromium's CPU time per frame drawn.
      chromium_cpu_ms_per_frame: (1000 * cpu) / (n('frames') / s),
      ...(latency ? { latency_ms: latency } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * Wall-clock time from pressing play (a fresh page of `hash` at `speed`) to the first drawn frame whose
 * test loss (as the page shows it) is ≤ LOSS_GOAL, read in the page at every animation frame.
 */
async function timeToLoss(browser, base, hash, speed, errors) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await openPage(context, errors);
    await page.goto(link(base, hash, speed ? `speed=${speed}` : ''));
    await page.waitForFunction(() => Number(document.getElementById('app')?.dataset.frames) > 0, null, {
      timeout: 30_000,
    });
    const r = await page.evaluate(
      ({ goal, limitMs }) =>
        new Promise((resolve) => {
          const app = document.getElementById('app');
          const loss = document.querySelector('[data-testid=test-loss]');
          const epoch = document.querySelector('[data-testid=epoch]');
          const frames0 = Number(app.dataset.frames);
          const t0 = performance.now();
          document.querySelector('[data-testid=play]').click();
          const poll = () => {
            const ms = performance.now() - t0;
            const frames = Number(app.dataset.frames) - frames0;
            if (frames > 0 && Number(loss.textContent) <= goal)
              resolve({ ms, frames, epoch: Number(epoch.textContent), loss: Number(loss.textContent) });
            else if (ms > limitMs)
              resolve({ ms: null, frames, epoch: Number(epoch.textContent), loss: Number(loss.textContent) });
            else requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
      { goal: LOSS_GOAL, limitMs: 120_000 },
    );
    await page.getByTestId('play').click();
    return r;
  } finally {
    await context.close();
  }
}

/** Every browser figure for one dist/; one browser process, pages one at a time. */
export async function measureBrowser({
  dist = path.join(ROOT, 'dist'),
  seconds = 5,
  warmup = 2,
  trace = null,
  only = null,
} = {}) {
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error(`${path.relative(ROOT, dist) || dist}/index.html missing: npm run build`);
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} missing (apt-get install chromium; never a downloaded browser)`);
  const load = [os.loadavg()[0]];
  const site = await serve(path.resolve(dist));
  const browser = await launchChromium();
  try {
    const version = browser.version();
    const errors = [];
    // A throw-away load first: the browser's own start-up is not the page's first render. It also
    // records what the playground page really fetches, for the bundle target (lab pages load apart).
    const loaded = new Set();
    await firstRender(browser, site.url, errors, loaded);
    const bundle = pageBundle(path.resolve(dist), site.url, loaded);
    const firstDefault = [];
    const firstLargest = [];
    const wanted = (id) => only === null || only.includes(id);
    for (let i = 0; i < (wanted('first-render') ? LOADS : 0); i++) {
      firstDefault.push(await firstRender(browser, site.url, errors));
      firstLargest.push(await firstRender(browser, link(site.url, CASES[0].hash), errors));
    }
    if (errors.length) throw new Error(`page error while loading: ${errors[0]}`);
    const toLoss = [];
    for (const x of TO_LOSS.filter((x) => wanted(`to-loss`) || wanted(x.id)))
      for (const v of TO_LOSS_SPEEDS) {
        const r = await timeToLoss(browser, site.url, x.hash, v.speed, errors);
        toLoss.push({ id: `${x.id}/${v.id}`, label: `${x.label}, ${v.label}`, ...r });
      }
    if (errors.length) throw new Error(`page error while training to loss ${LOSS_GOAL}: ${errors[0]}`);
    const cases = [];
    for (const c of CASES.filter((c) => wanted(c.id)))
      cases.push(
        await frames(browser, site.url, c, {
          seconds,
          warmup,
          trace: c.target || only?.length === 1 ? trace : null,
        }),
      );
    load.push(os.loadavg()[0]);
    return {
      chromium: version,
      viewport: `${VIEWPORT.width}×${VIEWPORT.height}, device pixel ratio 1`,
      warmup_s: warmup,
      window_s: seconds,
      first_render_ms: summarize(firstDefault),
      first_render_largest_ms: summarize(firstLargest),
      page_bundle: bundle,
      loss_goal: LOSS_GOAL,
      to_loss: toLoss,
      cases,
      load,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

// ---- by hand ----------------------------------------------------------------------------------------

async function main() {
  let opt;
  try {
    opt = parseArgs({
      options: {
        dist: { type: 'string', default: 'dist' },
        seconds: { type: 'string', default: '5' },
        json: { type: 'boolean', default: false },
        trace: { type: 'string' },
        only: { type: 'string' },
      },
    }).values;
  } catch (e) {
    process.stderr.write(
      `browser: ${e.message} (options: --dist DIR, --seconds S, --json, --trace FILE, --only ID,...)\n`,
    );
    process.exit(2);
  }
  const seconds = Number(opt.seconds);
  if (!(seconds >= 1 && seconds <= 120)) {
    process.stderr.write(`browser: --seconds ${opt.seconds}: expected a number 1..120\n`);
    process.exit(2);
  }
  const r = await measureBrowser({
    dist: path.resolve(ROOT, opt.dist),
    seconds,
    trace: opt.trace ? path.resolve(opt.trace) : null,
    only: opt.only ? opt.only.split(',') : null,
  });
  if (opt.json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  console.log(`${r.chromium}, ${r.viewport}; load average ${r.load.map((l) => l.toFixed(1)).join(' -> ')}`);
  console.log(
    `first render: default link ${r.first_render_ms.median.toFixed(0)} ms, largest at 200×200 ${r.first_render_largest_ms.median.toFixed(0)} ms (median of ${LOADS})`,
  );
  console.log(
    `page bundle: ${(r.page_bundle.gzip_bytes / 1024).toFixed(1)} KB gzipped JS + WASM in ${r.page_bundle.files.length} files (what the playground fetched)`,
  );
  for (const x of r.to_loss)
    console.log(
      `${x.label}: test loss ≤ ${r.loss_goal} ${x.ms === null ? 'not reached' : `after ${(x.ms / 1000).toFixed(2)} s`}, epoch ${x.epoch}, ${x.frames} frames`,
    );
  for (const c of r.cases) {
    if (c.latency_ms)
      console.log(
        `${c.label}: input latency ms (median, max of ${LATENCY_REPEATS}): ` +
          Object.entries(c.latency_ms)
            .map(([k, v]) => `${k} ${v.median.toFixed(0)}, ${v.max.toFixed(0)}`)
            .join('; '),
      );
    console.log(
      `${c.label}: ${c.epochs_per_frame.toFixed(2)} epochs/frame, ${c.steps_per_frame.toFixed(1)} steps/frame`,
    );
    console.log(
      `${c.label}: ${c.frames_per_s.toFixed(1)} frames/s, ${c.steps_per_s.toFixed(0)} steps/s, worker ${c.worker_ms_per_frame.toFixed(2)} ms/frame ` +
        `(steps ${c.worker_train_ms_per_frame.toFixed(2)}, snapshot ${c.worker_snapshot_ms_per_frame.toFixed(2)}), draw ${c.draw_ms_per_frame.toFixed(2)} ms/frame ` +
        `(max ${c.max_draw_ms.toFixed(1)}), long tasks ${c.long_tasks} (longest ${c.longest_task_ms.toFixed(0)} ms), Chromium ${c.chromium_cores.toFixed(2)} cores = ${c.chromium_cpu_ms_per_frame.toFixed(1)} CPU ms/frame; grids ${c.grid}, ${c.unit_grid}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    process.stderr.write(`browser: ${e.stack ?? e}\n`);
    process.exit(1);
  });
}
