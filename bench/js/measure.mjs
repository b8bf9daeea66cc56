// measure.mjs — the one timing helper: warm up, repeat until enough samples and enough time, report
// the median with min and max. Used inside every benchmark child process; the harness (bench/run.mjs)
// takes the median of these per-process medians across rounds with `summarize`.

import { performance } from 'node:perf_hooks';

/**
 * Times `fn` (synchronous or async). `setup` runs untimed before every call (e.g. reset the weights).
 * Warm-up calls run first and are discarded; then at least `minRepeats` calls and, as long as fewer
 * than `maxRepeats` ran, until `minTimeMs` of timed work has accumulated.
 * Returns seconds per call { median, min, max, n } and cpuShare: the process's CPU time over the wall
 * time of the timed calls (≈ 1 on an idle core; well below 1 when other processes took the core).
 */
export async function measure(
  fn,
  { setup, warmup = 1, minRepeats = 3, maxRepeats = 200, minTimeMs = 300 } = {},
) {
  for (let i = 0; i < warmup; i++) {
    if (setup) await setup();
    await fn();
  }
  const times = [];
  let total = 0,
    cpu = 0;
  while (times.length < minRepeats || (total < minTimeMs / 1e3 && times.length < maxRepeats)) {
    if (setup) await setup();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const dt = (performance.now() - t0) / 1e3;
    const c = process.cpuUsage(c0);
    times.push(dt);
    total += dt;
    cpu += (c.user + c.system) / 1e6;
  }
  return { ...summarize(times), cpuShare: cpu / total };
}

/** Median (mean of the middle two for an even count), min, max and count of finite numbers. */
export function summarize(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** Work per second from a time-per-call summary: the fastest call is the max rate. */
export function rate(work, perCall) {
  return { median: work / perCall.median, min: work / perCall.max, max: work / perCall.min, n: perCall.n };
}
