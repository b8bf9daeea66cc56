// report.mjs — turns the per-round results of bench/run.mjs into medians with min–max, ratios to the
// scalar-JS baseline, the issue's targets (met / missed by how much) and Markdown tables.
//
// Input: jobs = { id: { label, kind, unavailable?: reason, rounds: [{ ok, result | error }] } }.
// Each round contributes one number per metric (that process's own median); across rounds we report
// the median and the min–max.

import { summarize } from './measure.mjs';
import { DESCRIPTION, LARGEST, SCALE, STANDARD } from './workload.mjs';

const BASELINE = 'js-baseline';

// ---- numbers ---------------------------------------------------------------------------------------

/** 3 significant digits with an SI suffix: 1.36 M, 24.9 k, 812. */
export function si(v) {
  if (!Number.isFinite(v)) return '—';
  const units = [
    [1e9, ' G'],
    [1e6, ' M'],
    [1e3, ' k'],
  ];
  for (const [scale, suffix] of units) if (Math.abs(v) >= scale) return sig(v / scale) + suffix;
  return sig(v);
}

function sig(v) {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toPrecision(2);
}

function times(r) {
  return Number.isFinite(r) ? `${sig(r)}×` : '—';
}

function cell(s, fmt = si) {
  if (!s || s.n === 0) return '—';
  return s.n > 1 ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.median);
}

// ---- aggregation -----------------------------------------------------------------------------------

/** Per-round values of pick(result) (rounds that failed or lack the metric are skipped). */
function values(job, pick) {
  if (!job) return [];
  return job.rounds
    .filter((r) => r.ok)
    .map((r) => pick(r.result))
    .filter((v) => typeof v === 'number' && Number.isFinite(v));
}

function stat(job, pick) {
  return summarize(values(job, pick));
}

/** The SIMD backend an ActLab CLI reports (`backend`, `lanes`), e.g. "wasm128 ×4". */
function backendOf(job) {
  const r = job?.rounds.find((x) => x.ok && x.result.backend)?.result;
  return r ? `backend ${r.backend}${r.lanes ? ` ×${r.lanes}` : ''}` : '';
}

/** Why a job has no figures: not built, or the error of its first failed round. */
function missingReason(job) {
  if (!job) return 'not run';
  if (job.unavailable) return job.unavailable;
  const failed = job.rounds.find((r) => !r.ok);
  return failed ? `failed: ${failed.error}` : 'no figures';
}

function hasFigures(job, pick) {
  return values(job, pick).length > 0;
}

// Metric pickers. ActLab's CLI prints its own flat object; the Node children nest by workload.
const M = {
  train: (r) => r.standard?.train_samples_per_s?.median ?? r.train_samples_per_s,
  grid: (r) => r.standard?.grid_points_per_s?.median ?? r.grid_points_per_s,
  accuracy: (r) => r.standard?.test_accuracy ?? r.test_accuracy ?? r.accuracy,
  epochs: (r) => r.standard?.epochs ?? r.epochs,
  loss: (r) => r.standard?.test_loss ?? r.test_loss,
  frame: (r) => r.largest?.frame_ms?.median ?? r.frame_ms,
  epoch: (r) => r.largest?.epoch_ms?.median,
  units: (r) => r.largest?.units_ms?.median,
};

/**
 * Kernel figures of one `actlab bench --json` result: { activation: { simd, ref } } in elements/s,
 * from its `activations` rows { name, simd_elems_per_s (act_forward, the build's kernels),
 * ref_elems_per_s (act_forward_ref, the scalar libm reference) }.
 */
export function kernelTable(result) {
  const table = {};
  for (const row of Array.isArray(result?.activations) ? result.activations : []) {
    if (typeof row?.name === 'string')
      table[row.name] = { simd: row.simd_elems_per_s, ref: row.ref_elems_per_s };
  }
  return table;
}

/**
 * Formula figures of one `actlab bench --json` result: { formula: { builtin, formula, native } } in
 * samples/s, from its `formulas` rows { formula ('x*sigmoid(x)'), builtin ('silu'),
 * formula_samples_per_s, builtin_samples_per_s }: the standard workload trained with the function
 * typed as a formula and with the same function built in (issue 11: at least a third of the speed).
 */
export function formulaTable(result) {
  const table = {};
  for (const row of Array.isArray(result?.formulas) ? result.formulas : []) {
    if (typeof row?.formula === 'string' && typeof row?.builtin === 'string')
      table[`${row.formula} | ${row.builtin}`] = {
        formula: row.formula_samples_per_s,
        builtin: row.builtin_samples_per_s,
      };
  }
  return table;
}

// ---- the report --------------------------------------------------------------------------------------

export function buildReport(jobs, meta) {
  const j = (id) => jobs[id];
  const base = {
    train: stat(j(BASELINE), M.train),
    grid: stat(j(BASELINE), M.grid),
    frame: stat(j(BASELINE), M.frame),
  };
  const standardRows = [
    'actlab-wasm-simd',
    'actlab-wasm-nosimd',
    'actlab-native',
    'actlab-module',
    BASELINE,
    'tfjs-wasm',
    'tfjs-cpu',
    'brain.js',
    'convnetjs',
  ]
    .filter((id) => j(id))
    .map((id) => ({
      id,
      label: j(id)?.label ?? id,
      missing: hasFigures(j(id), M.train) || hasFigures(j(id), M.grid) ? null : missingReason(j(id)),
      train: stat(j(id), M.train),
      grid: stat(j(id), M.grid),
      accuracy: stat(j(id), M.accuracy),
      epochs: stat(j(id), M.epochs),
      loss: stat(j(id), M.loss),
      notes: [j(id)?.notes, backendOf(j(id))].filter(Boolean).join('; '),
    }));
  const frameRows = [
    'actlab-module',
    'actlab-wasm-simd',
    'actlab-native',
    BASELINE,
    'tfjs-wasm',
    'tfjs-cpu',
    'brain.js',
    'convnetjs',
  ]
    // ActLab's CLI rows appear only if its `bench --json` reports a frame time.
    .filter(
      (id) => j(id) && (!['actlab-wasm-simd', 'actlab-native'].includes(id) || hasFigures(j(id), M.frame)),
    )
    .map((id) => ({
      id,
      label: j(id)?.label ?? id,
      missing: hasFigures(j(id), M.frame) ? null : missingReason(j(id)),
      frame: stat(j(id), M.frame),
      epoch: stat(j(id), M.epoch),
      units: stat(j(id), M.units),
    }));
  const scale = Object.fromEntries(
    ['js-baseline/scale', 'actlab-module/scale'].filter((id) => j(id)).map((id) => [id, scaleGrid(j(id))]),
  );
  const kernels = ['actlab-wasm-simd', 'actlab-wasm-nosimd', 'actlab-native']
    .filter((id) => j(id))
    .map((id) => ({
      id,
      label: j(id)?.label ?? id,
      table: kernelMedians(j(id)),
      missing: Object.keys(kernelMedians(j(id))).length ? null : missingReason(j(id)),
    }));
  const formulas = ['actlab-wasm-simd', 'actlab-native']
    .filter((id) => j(id))
    .map((id) => ({ id, label: j(id)?.label ?? id, table: medians(j(id), formulaTable) }));
  const report = {
    meta,
    jobs,
    base,
    standardRows,
    frameRows,
    scale,
    kernels,
    formulas,
    browser: browserSummary(j('browser')),
  };
  report.targets = targets(report, jobs);
  return report;
}

/** The page in headless Chromium (bench/browser.mjs): medians across rounds of each round's figures. */
function browserSummary(job) {
  if (!job) return null;
  const first = job.rounds.find((r) => r.ok)?.result;
  const ids = first?.cases?.map((c) => c.id) ?? [];
  const FIELDS = [
    'grid',
    'unit_grid',
    'frames_per_s',
    'steps_per_s',
    'worker_ms_per_frame',
    'worker_train_ms_per_frame',
    'worker_snapshot_ms_per_frame',
    'draw_ms_per_frame',
    'max_draw_ms',
    'long_tasks',
    'longest_task_ms',
    'chromium_cores',
    'chromium_cpu_ms_per_frame',
    'steps_per_frame',
    'epochs_per_frame',
  ];
  const LATENCY = ['pause', 'play', 'noise'];
  const toLossIds = first?.to_loss?.map((x) => x.id) ?? [];
  return {
    missing: first ? null : missingReason(job),
    chromium: first?.chromium ?? '',
    viewport: first?.viewport ?? '',
    warmup: first?.warmup_s,
    window: first?.window_s,
    load: values(job, (r) => r.load?.[0]).concat(values(job, (r) => r.load?.[1])),
    firstRender: stat(job, (r) => r.first_render_ms?.median),
    firstRenderLargest: stat(job, (r) => r.first_render_largest_ms?.median),
    pageBundle: first?.page_bundle ?? null,
    cases: ids.map((id) => {
      const src = first.cases.find((c) => c.id === id);
      const of = (r) => r.cases?.find((c) => c.id === id);
      return {
        id,
        label: src?.label ?? id,
        ...Object.fromEntries(FIELDS.map((f) => [f, stat(job, (r) => of(r)?.[f])])),
        // per round: the median of its repeats; across rounds, the median of those and the worst repeat
        latency: src?.latency_ms
          ? Object.fromEntries(
              LATENCY.map((k) => [
                k,
                {
                  median: stat(job, (r) => of(r)?.latency_ms?.[k]?.median),
                  max: stat(job, (r) => of(r)?.latency_ms?.[k]?.max),
                },
              ]),
            )
          : null,
      };
    }),
    lossGoal: first?.loss_goal,
    toLoss: toLossIds.map((id) => {
      const of = (r) => r.to_loss?.find((x) => x.id === id);
      return {
        id,
        label: first.to_loss.find((x) => x.id === id)?.label ?? id,
        seconds: stat(job, (r) => (of(r)?.ms == null ? NaN : of(r).ms / 1000)),
        epoch: stat(job, (r) => of(r)?.epoch),
        frames: stat(job, (r) => of(r)?.frames),
        missed: job.rounds.filter((r) => r.ok && of(r.result)?.ms === null).length,
      };
    }),
  };
}

/** { "d,w": { train, grid } } medians across rounds for one scale job. */
function scaleGrid(job) {
  const out = {};
  for (const depth of SCALE.depths) {
    for (const width of SCALE.widths) {
      const pick = (key) => (r) =>
        r.scale?.find((row) => row.width === width && row.depth === depth)?.[key]?.median;
      out[`${depth},${width}`] = {
        train: stat(job, pick('train_samples_per_s')),
        grid: stat(job, pick('grid_points_per_s')),
      };
    }
  }
  out.missing = hasFigures(job, (r) => r.scale?.[0]?.train_samples_per_s?.median) ? null : missingReason(job);
  return out;
}

/** Median per activation and field across rounds. */
function kernelMedians(job) {
  return medians(job, kernelTable);
}

/** Medians across a job's rounds of each row and field of `tableOf(round.result)`. */
function medians(job, tableOf) {
  const table = {};
  for (const round of job?.rounds ?? []) {
    if (!round.ok) continue;
    for (const [act, fields] of Object.entries(tableOf(round.result))) {
      for (const [field, v] of Object.entries(fields)) ((table[act] ??= {})[field] ??= []).push(v);
    }
  }
  for (const fields of Object.values(table))
    for (const f of Object.keys(fields)) fields[f] = summarize(fields[f]);
  return table;
}

// ---- targets (issue 5, and issue 2's Performance section) ---------------------------------------------

function targets(report, jobs) {
  const none = { missing: 'not run', train: summarize([]), grid: summarize([]) };
  const row = (id) => report.standardRows.find((r) => r.id === id) ?? { id, ...none };
  // The official WASM SIMD figure is the CLI's; the embind module stands in when the CLI is missing.
  const simd = row('actlab-wasm-simd').missing ? row('actlab-module') : row('actlab-wasm-simd');
  const simdName = simd.id === 'actlab-module' ? 'module' : 'CLI';
  const tfw = row('tfjs-wasm');
  const native = row('actlab-native');
  const frame = report.frameRows.find((r) => r.id === 'actlab-module');
  const t = [];
  const ratio = (a, b) => a.median / b.median;
  const atLeast = (name, measured, goal, shown) => t.push({ name, measured, goal, kind: '>=', shown });
  const atMost = (name, measured, goal, shown) => t.push({ name, measured, goal, kind: '<=', shown });

  const g = ratio(simd.grid, report.base.grid);
  atLeast(
    `Grid, standard net, WASM SIMD (${simdName}) vs scalar JS`,
    g,
    10,
    `${times(g)} (${si(simd.grid.median)} vs ${si(report.base.grid.median)} points/s)`,
  );
  const gt = ratio(simd.grid, tfw.grid);
  atLeast(
    `Grid, WASM SIMD (${simdName}) vs tfjs-wasm batched predict`,
    gt,
    8,
    `${times(gt)} (vs ${si(tfw.grid.median)} points/s)`,
  );
  const tr = ratio(simd.train, report.base.train);
  atLeast(
    `Training, WASM SIMD (${simdName}) vs scalar JS`,
    tr,
    6,
    `${times(tr)} (${si(simd.train.median)} vs ${si(report.base.train.median)} samples/s)`,
  );
  const tt = ratio(simd.train, tfw.train);
  atLeast(
    `Training, WASM SIMD (${simdName}) vs tfjs-wasm`,
    tt,
    100,
    `${times(tt)} (vs ${si(tfw.train.median)} samples/s)`,
  );
  atLeast(
    'Grid, WASM SIMD ≥ 35 M points/s (issue 2)',
    simd.grid.median / 1e6,
    35,
    `${si(simd.grid.median)} points/s`,
  );
  atLeast(
    'Training, WASM SIMD ≥ 7 M samples/s (issue 2)',
    simd.train.median / 1e6,
    7,
    `${si(simd.train.median)} samples/s`,
  );
  atMost(
    'Largest network, full frame, WASM (module) ≤ 2 ms',
    frame?.frame.median,
    2,
    `${sig(frame?.frame.median)} ms`,
  );
  const wt = ratio(native.train, row('actlab-wasm-simd').train);
  atMost('WASM SIMD within 1.5× of native: training (native / WASM)', wt, 1.5, times(wt));
  const wg = ratio(native.grid, row('actlab-wasm-simd').grid);
  atMost('WASM SIMD within 1.5× of native: grid (native / WASM)', wg, 1.5, times(wg));
  for (const act of ['tanh', 'sigmoid', 'gelu']) {
    const r = kernelSimdGain(report.kernels, act);
    atLeast(
      `Kernel ${act}: WASM SIMD ≥ 2.5× WASM without SIMD`,
      r?.gain,
      2.5,
      r ? `${times(r.gain)} ${r.how}` : 'no kernel figures',
    );
  }
  // Issue 11: a formula trains at no less than a third of the speed of the same function built in.
  for (const f of report.formulas) {
    for (const [pair, v] of Object.entries(f.table)) {
      const [formula, builtin] = pair.split(' | ');
      const r = v.formula?.median / v.builtin?.median;
      atLeast(
        `Formula ${formula} ≥ 1/3 of built-in ${builtin}, training (${f.id.replace('actlab-', '')})`,
        r,
        1 / 3,
        `${times(r)} (${si(v.formula?.median)} vs ${si(v.builtin?.median)} samples/s)`,
      );
    }
  }
  // The page's bundle: what Chromium fetched for the playground (the lab pages load on demand);
  // without the browser job, every JS/WASM file of dist/ but the no-SIMD fallback (an upper bound).
  const bundle = jobs.bundle?.result;
  const b = report.browser;
  const page = b?.pageBundle;
  atMost(
    'Bundle: page JS + WASM gzipped ≤ 300 KB',
    page ? page.gzip_bytes / 1024 : bundle ? bundle.gzip_bytes / 1024 : NaN,
    300,
    page
      ? `${sig(page.gzip_bytes / 1024)} KB: the ${page.files.length} JS/WASM files the playground page fetched in Chromium (gzip -9): ${page.files.map((f) => f.replace(/^assets\//, '')).join(', ')}; all of dist/ but the no-SIMD fallback: ${bundle ? `${sig(bundle.gzip_bytes / 1024)} KB` : 'n/a'}`
      : bundle
        ? `${sig(bundle.gzip_bytes / 1024)} KB: ${bundle.files} JS/WASM files of dist/ as last built (gzip -9), an upper bound (the browser job measures what the page fetches); the no-SIMD fallback adds ${sig(bundle.fallback_gzip_bytes / 1024)} KB only where SIMD is missing`
        : 'dist/ not built (npm run build)',
  );
  const target = b?.cases.find((c) => c.id === 'largest-200');
  atLeast(
    'Browser: 200×200 boundary + thumbnails ≥ 30 frames/s, largest network training at full speed',
    target?.frames_per_s.median,
    30,
    target
      ? `${sig(target.frames_per_s.median)} frames/s (${sig(target.frames_per_s.min)}–${sig(target.frames_per_s.max)}), ${si(target.steps_per_s.median)} steps/s`
      : `not measured${b?.missing ? `: ${b.missing}` : ''}`,
  );
  atMost(
    'Browser: first render < 1 s from a local server (default link)',
    b?.firstRender.median,
    1000,
    b?.firstRender.n
      ? `${sig(b.firstRender.median)} ms (largest network at 200×200: ${sig(b.firstRenderLargest.median)} ms)`
      : `not measured${b?.missing ? `: ${b.missing}` : ''}`,
  );
  for (const k of b?.cases.filter((c) => Number.isFinite(c.epochs_per_frame.median) && !c.latency) ?? [])
    atLeast(
      `Pace (issue 10): ≥ 1 epoch per frame at default settings, ${k.label}`,
      k.epochs_per_frame.median,
      1,
      `${sig(k.epochs_per_frame.median)} epochs per frame at ${sig(k.frames_per_s.median)} frames/s`,
    );
  for (const k of b?.cases.filter((c) => c.latency) ?? []) {
    atLeast(
      `Smooth (issue 12): ≥ 30 frames/s at top speed, ${k.label}`,
      k.frames_per_s.median,
      30,
      `${sig(k.frames_per_s.median)} frames/s (${sig(k.frames_per_s.min)}–${sig(k.frames_per_s.max)})`,
    );
    const worst = Math.max(...['pause', 'play', 'noise'].map((n) => k.latency[n].median.median));
    atMost(
      `Smooth (issue 12): input answered within 100 ms, ${k.label}`,
      worst,
      100,
      `slowest median: ${sig(worst)} ms`,
    );
  }
  for (const x of t) if (!x.status) x.status = verdict(x);
  return t;
}

/**
 * SIMD gain of one kernel in WASM: the SIMD build's act_forward over the no-SIMD build's (the same
 * kernel code run one lane at a time); without the no-SIMD build, over the SIMD build's own scalar
 * reference (a different, libm-based algorithm, so only a stand-in).
 */
function kernelSimdGain(kernels, act) {
  const simd = kernels.find((k) => k.id === 'actlab-wasm-simd')?.table[act];
  const plain = kernels.find((k) => k.id === 'actlab-wasm-nosimd')?.table[act];
  if (simd?.simd && plain?.simd)
    return { gain: simd.simd.median / plain.simd.median, how: 'vs the no-SIMD build' };
  if (simd?.simd && simd?.ref)
    return { gain: simd.simd.median / simd.ref.median, how: 'vs the scalar libm reference' };
  return null;
}

function verdict({ measured, goal, kind }) {
  if (!Number.isFinite(measured)) return 'not measured';
  if (kind === '>=')
    return measured >= goal
      ? 'met'
      : `**missed** by ${Math.round((1 - measured / goal) * 100)}% (needs ${sig(goal / measured)}× more)`;
  return measured <= goal ? 'met' : `**missed**: ${sig(measured / goal)}× over`;
}

/** The page in headless Chromium: first render and frames while training (bench/browser.mjs). */
function browserSection(b, meta, out, table) {
  if (!b) return;
  out.push('### Browser — the page in headless Chromium', '');
  if (b.missing) {
    out.push(`Not measured: ${b.missing}.`, '');
    return;
  }
  const loads = b.load.filter(Number.isFinite);
  out.push(
    `Debian's Chromium ${b.chromium}, headless, software rendering (\`--disable-gpu\`), viewport ${b.viewport}, dist/ served over local http. ` +
      `The benchmark page (URL \`bench=1\`) counts, from a reset after ${b.warmup} s of training to ${b.window} s later, the frames it drew, the optimiser steps, the worker's ms ` +
      `(steps since the previous snapshot + building the snapshot, wall clock) and the main thread's drawing ms per frame. ` +
      `Chromium's CPU is the whole browser's (all processes) over that window: in cores, and per frame drawn (which other processes' load does not change much); the machine has ${meta.cores} cores` +
      `${loads.length ? `, load average (1 min) ${sig(Math.min(...loads))}–${sig(Math.max(...loads))} at the starts and ends of these runs` : ''}.`,
    '',
  );
  const c = (s, fmt = sig) => cell(s, fmt);
  table(
    ['First render (navigation start → first boundary frame drawn)', 'ms, median of 3 fresh loads per round'],
    [
      ['Default link (XOR lesson)', c(b.firstRender)],
      ['Largest network, 200×200 boundary', c(b.firstRenderLargest)],
    ],
  );
  table(
    [
      'Case',
      'Boundary, thumbnails',
      'Frames drawn/s',
      'Steps/s',
      'Worker ms/frame (steps + snapshot)',
      'Main-thread drawing ms/frame (mean; max)',
      'Long tasks ≥ 50 ms (longest)',
      'Chromium CPU: cores; ms per frame',
    ],
    b.cases.map((k) => [
      k.label,
      `${k.grid.median}×${k.grid.median}, ${k.unit_grid.median}×${k.unit_grid.median}`,
      c(k.frames_per_s),
      c(k.steps_per_s, si),
      `${sig(k.worker_ms_per_frame.median)} (${sig(k.worker_train_ms_per_frame.median)} + ${sig(k.worker_snapshot_ms_per_frame.median)})`,
      `${sig(k.draw_ms_per_frame.median)}; ${sig(k.max_draw_ms.median)}`,
      `${sig(k.long_tasks.median)} (${k.long_tasks.median > 0 ? `${sig(k.longest_task_ms.median)} ms` : '—'})`,
      `${sig(k.chromium_cores.median)}; ${sig(k.chromium_cpu_ms_per_frame.median)}`,
    ]),
  );
  paceSection(b, out, table);
}

/** Issue 10's pace and issue 12's sizes, from the same browser job. */
function paceSection(b, out, table) {
  const c = (s, fmt = sig) => cell(s, fmt);
  const pace = b.cases.filter((k) => Number.isFinite(k.epochs_per_frame.median));
  if (pace.length) {
    out.push(
      '#### Pace: training per drawn frame',
      '',
      "TF Playground trains one epoch per animation frame. Epochs and optimiser steps per drawn frame over the same window as above (ActLab's default speed is `max`, a time budget).",
      '',
    );
    table(
      ['Case', 'Epochs per frame', 'Steps per frame', 'Frames drawn/s'],
      pace.map((k) => [k.label, c(k.epochs_per_frame), c(k.steps_per_frame), c(k.frames_per_s)]),
    );
  }
  if (b.toLoss?.length) {
    out.push(
      `#### Time to test loss ≤ ${b.lossGoal}`,
      '',
      `Wall clock from pressing play on a fresh page to the first drawn frame whose test loss (as shown) is ≤ ${b.lossGoal}; TF Playground's own default links translated to ActLab keys (tanh, learning rate 0.03, 2 hidden layers 4, 2, batch 10, noise 0, 50 % training data, inputs x1, x2). "TF Playground's pace" runs ActLab at one epoch per frame: the reference line.`,
      '',
    );
    table(
      ['Experiment, speed', 'Seconds', 'Epochs', 'Frames drawn'],
      b.toLoss.map((x) => [
        x.label,
        x.seconds.n ? c(x.seconds) : 'not reached in 120 s',
        c(x.epoch),
        c(x.frames),
      ]),
    );
  }
  const sized = b.cases.filter((k) => k.latency);
  if (sized.length) {
    out.push(
      '#### Frames and input latency at three sizes, training at top speed',
      '',
      'Input latency, measured in the page: from the input event to the end of the first frame that shows its effect (pause and play: the play button; noise slider: the boundary of the regenerated data). Median of the per-round medians, and the worst single input.',
      '',
    );
    table(
      [
        'Network',
        'Frames drawn/s',
        'Steps per frame',
        'Pause, ms (worst)',
        'Play, ms (worst)',
        'Noise slider, ms (worst)',
      ],
      sized.map((k) => [
        k.label,
        c(k.frames_per_s),
        c(k.steps_per_frame),
        ...['pause', 'play', 'noise'].map(
          (n) => `${sig(k.latency[n].median.median)} (${sig(k.latency[n].max.max)})`,
        ),
      ]),
    );
  }
}

/** Test accuracy (and test loss ½(o − t)² when reported); identical across rounds for a deterministic peer. */
function accuracyCell({ accuracy, loss, epochs }) {
  if (!accuracy.n) return '—';
  const pct = (v) => `${(v * 100).toFixed(1)}%`;
  let text =
    accuracy.min === accuracy.max
      ? pct(accuracy.median)
      : `${pct(accuracy.median)} (${pct(accuracy.min)}–${pct(accuracy.max)})`;
  if (loss.n) text += ` / ${loss.median.toFixed(5)}`;
  return epochs.n && epochs.median !== STANDARD.epochs ? `${text} after ${epochs.median} epochs` : text;
}

/** How busy the machine was: load average, and the processes that got less than 80 % of a core. */
function contention({ meta, jobs }) {
  const load = `Load average (1 min) ${meta.load[0].toFixed(1)} at the start, ${meta.load[1].toFixed(1)} at the end`;
  const starved = [];
  for (const [id, job] of Object.entries(jobs)) {
    for (const r of job.rounds)
      if (r.ok && r.result.cpu_share < 0.8)
        starved.push(`${id} (round ${r.round + 1}: ${Math.round(r.result.cpu_share * 100)}%)`);
  }
  return starved.length
    ? `${load}. **Disturbed**: other processes took the core from ${starved.join(', ')}; their figures are low.`
    : `${load}; every process had at least 80% of a core while timed.`;
}

// ---- Markdown ------------------------------------------------------------------------------------------

export function markdown(report) {
  const { meta, base } = report;
  const out = [];
  const table = (header, rows) => {
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const r of rows) out.push(`| ${r.join(' | ')} |`);
    out.push('');
  };
  out.push(
    `Measured ${meta.date} on ${meta.cpu} (${meta.cores} cores), Node ${meta.node}, commit ${meta.commit}; ` +
      `${meta.rounds} rounds, peers interleaved, one process each, ${meta.seconds} s in all. Cells: median (min–max over rounds).`,
    '',
    contention(report),
    '',
  );

  out.push(`### Workload 1 — standard: ${STANDARD.features.length}→${STANDARD.hidden.join('→')}→1`, '');
  out.push(
    `${DESCRIPTION.data}; ${DESCRIPTION.train}. Training: ${STANDARD.epochs} epochs from the shared initial weights; grid: ${DESCRIPTION.grid}, one batched call.`,
    '',
  );
  table(
    [
      'Implementation',
      'Training samples/s',
      '× JS',
      'Grid points/s',
      '× JS',
      `Test accuracy / loss after ${STANDARD.epochs} epochs`,
      'Notes',
    ],
    report.standardRows.map((r) =>
      r.missing
        ? [r.label, r.missing, '', '', '', '', r.notes]
        : [
            r.label,
            cell(r.train),
            times(r.train.median / base.train.median),
            cell(r.grid),
            times(r.grid.median / base.grid.median),
            accuracyCell(r),
            r.notes,
          ],
    ),
  );

  out.push(
    `### Workload 2 — largest network, one frame: ${LARGEST.features.length}→${LARGEST.hidden.join('→')}→1`,
    '',
  );
  out.push(
    "One frame = one epoch of training + every unit's output (49 thumbnails, the last is the boundary) on the 100×100 grid.",
    '',
  );
  table(
    ['Implementation', 'ms per frame', 'Speed-up vs JS', '1 epoch, ms', 'All units on grid, ms'],
    report.frameRows.map((r) =>
      r.missing
        ? [r.label, r.missing, '', '', '']
        : [
            r.label,
            cell(r.frame, sig),
            times(base.frame.median / r.frame.median),
            cell(r.epoch, sig),
            cell(r.units, sig),
          ],
    ),
  );

  out.push('### Workload 3 — scale: width × depth (standard problem, x and y inputs)', '');
  for (const [id, grid] of Object.entries(report.scale)) {
    const name = id === 'js-baseline/scale' ? 'Scalar JS baseline' : 'ActLab WASM SIMD (module)';
    if (grid.missing) {
      out.push(`${name}: ${grid.missing}`, '');
      continue;
    }
    out.push(`${name} — training samples/s · grid points/s:`, '');
    table(
      ['depth \\ width', ...SCALE.widths.map(String)],
      SCALE.depths.map((d) => [
        String(d),
        ...SCALE.widths.map(
          (w) => `${si(grid[`${d},${w}`].train.median)} · ${si(grid[`${d},${w}`].grid.median)}`,
        ),
      ]),
    );
  }

  out.push('### Workload 4 — activation kernels, forward, elements/s (from `actlab bench --json`)', '');
  out.push(
    "SIMD = the build's `act_forward` kernels; reference = `act_forward_ref`, the plain scalar libm loop. The SIMD gain is the SIMD build's kernel over the no-SIMD build's (the same kernel code one lane at a time).",
    '',
  );
  const k = Object.fromEntries(report.kernels.map((x) => [x.id, x.table]));
  const acts = [...new Set(report.kernels.flatMap((x) => Object.keys(x.table)))];
  if (acts.length === 0) {
    out.push(
      `No kernel figures (${report.kernels.map((x) => `${x.id}: ${x.missing ?? 'none reported'}`).join('; ') || 'no ActLab CLI run'}).`,
      '',
    );
  } else {
    const med = (id, a, f) => k[id]?.[a]?.[f]?.median;
    table(
      [
        'Activation',
        'WASM SIMD',
        'WASM without SIMD',
        'SIMD gain (WASM)',
        'WASM reference',
        'native SIMD',
        'native reference',
      ],
      acts.map((a) => [
        a,
        si(med('actlab-wasm-simd', a, 'simd')),
        si(med('actlab-wasm-nosimd', a, 'simd')),
        times(med('actlab-wasm-simd', a, 'simd') / med('actlab-wasm-nosimd', a, 'simd')),
        si(med('actlab-wasm-simd', a, 'ref')),
        si(med('actlab-native', a, 'simd')),
        si(med('actlab-native', a, 'ref')),
      ]),
    );
  }

  out.push('### Workload 5 — a typed formula against the same function built in, training samples/s', '');
  out.push(
    'The standard workload trained with the activation typed as a formula (compiled to a SIMD program, f′ by automatic differentiation) and with the catalogue kernel (from `actlab bench --json`).',
    '',
  );
  const pairs = [...new Set(report.formulas.flatMap((x) => Object.keys(x.table)))];
  if (pairs.length === 0) out.push('No formula figures.', '');
  else
    table(
      [
        'Formula',
        'Built-in',
        ...report.formulas.flatMap((x) => [`${x.label}: formula`, 'built-in', 'ratio']),
      ],
      pairs.map((p) => [
        ...p.split(' | ').map((s) => `\`${s}\``),
        ...report.formulas.flatMap((x) => {
          const v = x.table[p];
          return [
            si(v?.formula?.median),
            si(v?.builtin?.median),
            times(v?.formula?.median / v?.builtin?.median),
          ];
        }),
      ]),
    );

  browserSection(report.browser, meta, out, table);

  out.push('### Targets', '');
  table(
    ['Target', 'Measured', 'Status'],
    report.targets.map((x) => [x.name, x.shown, x.status]),
  );
  return out.join('\n');
}
