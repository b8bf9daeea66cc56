// The worker's Session in Node with the real module: display-rate pacing (one snapshot per frame the
// page drew, stepsPerFrame steps between them), step/reset, divergence -> pause -> restore, and
// that every snapshot buffer is transferable.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { EngineConfig } from '../../web/src/engine/types';
import { decodeState, readParams } from '../../web/src/state/codec';
import { engineConfig } from '../../web/src/state/engine-config';
import { DEFAULT_VIEW, transferables, type Snapshot } from '../../web/src/worker/protocol';
import { engineFormulaCheck } from './formula-check';
import { loadModule } from './node-module';
import { sessionHarness } from './session-harness';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine(await loadModule());
});

const harness = (now?: () => number) => sessionHarness(engine, now);

const config = (hash: string): EngineConfig =>
  engineConfig(decodeState(readParams('', hash), engine.catalogue).state, engine.catalogue);

/**
 * A noise change (configuration 2: new data and weights) after three frames of configuration 1, on an
 * engine whose methods `slowDown` makes costly with `charge` (milliseconds of the session's clock).
 * Returns the last snapshot before it, the new configuration's snapshots, and any of the old after it.
 */
function noiseChange(
  running: boolean,
  [from, to]: [string, string],
  slowDown: (slow: Engine, charge: (ms: number) => void) => void,
) {
  let clock = 0;
  const slow = Object.create(engine) as Engine;
  slowDown(slow, (ms) => (clock += ms));
  const h = sessionHarness(slow, () => (clock += 0.01));
  h.send({ kind: 'speed', speed: { per: 'step', n: 1 } });
  h.send({ kind: 'configure', configId: 1, config: config(from), keepData: false });
  h.settle();
  if (running) h.send({ kind: 'run', running: true });
  for (let frame = 0; frame < 3; frame++) h.frame();
  const old = h.snapshots().at(-1)!;
  const before = h.snapshots().length;
  h.send({ kind: 'configure', configId: 2, config: config(to), keepData: false });
  for (let frame = 0; frame < 3; frame++) h.frame();
  const snaps = h.snapshots().slice(before);
  return {
    old,
    snaps: snaps.filter((x) => x.configId === 2),
    stale: snaps.filter((x) => x.configId !== 2),
  };
}

describe('Session', () => {
  it('posts configured, then one snapshot, then waits for the page', () => {
    const h = harness();
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    h.settle();
    expect(h.posted[0]).toMatchObject({ kind: 'configured', configId: 1, error: '' });
    expect(h.snapshots()).toHaveLength(1);
    // the engine's memory, as the browser soak reads it: malloc's bytes in use inside the memory
    const { memory } = h.snapshots()[0]!;
    expect(memory.inUse).toBeGreaterThan(0);
    expect(memory.inUse).toBeLessThan(memory.wasmBytes);
    h.send({ kind: 'run', running: true });
    h.settle();
    // Running, but the page has not drawn the first snapshot yet: nothing new is posted.
    expect(h.snapshots()).toHaveLength(1);
  });

  it('at speed 2 epochs per frame runs 2 x ceil(nTrain / batch) steps per drawn frame', () => {
    const h = harness();
    h.send({ kind: 'speed', speed: { per: 'epoch', n: 2 } });
    // 500 XOR points, 50 % for training, batch 10: 25 steps per epoch
    h.send({
      kind: 'configure',
      configId: 1,
      config: config('batchSize=10&percTrainData=50'),
      keepData: false,
    });
    h.settle();
    h.send({ kind: 'run', running: true });
    for (let frame = 0; frame < 5; frame++) {
      h.send({ kind: 'frame' });
      h.settle();
    }
    const snaps = h.snapshots();
    const deltas = snaps.slice(2).map((s, i) => s.metrics.step - (snaps[i + 1]?.metrics.step ?? 0));
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    for (const d of deltas) expect(d).toBe(50);
    const epochs = snaps.slice(2).map((s, i) => s.metrics.epoch - (snaps[i + 1]?.metrics.epoch ?? 0));
    for (const e of epochs) expect(e).toBe(2);
  });

  it('at speed max trains for its time budget, builds the next snapshot and posts it when the page has drawn', () => {
    const h = harness(() => performance.now());
    h.send({ kind: 'speed', speed: { per: 'max' } });
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    h.settle();
    h.send({ kind: 'run', running: true });
    h.send({ kind: 'frame' });
    h.settle(); // the frame's budget of steps, then the next snapshot is built: the worker waits
    const before = h.snapshots().length;
    h.settle();
    expect(h.snapshots().length).toBe(before);
    h.send({ kind: 'frame' }); // drawn: the waiting snapshot goes out in the same turn
    expect(h.snapshots().length).toBe(before + 1);
    const [a, b] = h.snapshots().slice(-2);
    // up to ~15 ms of steps on this 25-step-per-epoch problem: well over one epoch
    expect(b!.metrics.step - a!.metrics.step).toBeGreaterThan(25);
    expect(b!.workMs.train).toBeGreaterThan(0);
    h.send({ kind: 'run', running: false });
  });

  it('refreshes a costly boundary, thumbnails and metrics less often than frames while running, never when paused', () => {
    // The engine's boundary, thumbnails and metrics each take 30 ms of the session's clock (a big network).
    let clock = 0;
    const slow = Object.create(engine) as Engine;
    slow.grid = (...a) => ((clock += 30), engine.grid(...a));
    slow.gridUnits = (...a) => ((clock += 30), engine.gridUnits(...a));
    slow.measure = () => ((clock += 30), engine.measure());
    const h = sessionHarness(slow, () => (clock += 1));
    h.send({ kind: 'speed', speed: { per: 'step', n: 1 } });
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    h.settle();
    h.send({ kind: 'run', running: true });
    for (let frame = 0; frame < 60; frame++) h.frame();
    const snaps = h.snapshots().slice(2);
    const fresh = snaps.map((s) => s.fresh.grid);
    expect(fresh).toContain(false);
    // Refreshed again after stale snapshots: the boundary follows training, at a lower rate.
    expect(fresh.slice(fresh.indexOf(false))).toContain(true);
    const count = (s: Snapshot) => [s.fresh.grid, s.fresh.units, s.fresh.metrics].filter(Boolean).length;
    snaps.forEach((s, i) => {
      const prev = h.snapshots()[i + 1]!;
      // One at a time: all three are due together on this clock, yet a snapshot recomputes one, or
      // two when one was put off by the last snapshot — never all three.
      expect(count(s)).toBeLessThanOrEqual(2);
      // A stale snapshot repeats the last computed grid; a fresh one shows the weights that moved.
      if (!s.fresh.grid) expect(Array.from(s.grid)).toEqual(Array.from(prev.grid));
      if (!s.fresh.units) expect(Array.from(s.units)).toEqual(Array.from(prev.units));
      expect(s.grid).not.toBe(prev.grid);
      // Stale metrics repeat the last losses but count the steps that ran since: epoch and step are
      // the engine's current ones (one step per frame at this speed).
      expect(s.metrics.step).toBe(prev.metrics.step + 1);
      if (!s.fresh.metrics) expect(s.metrics.trainLoss).toBe(prev.metrics.trainLoss);
    });
    // Each view keeps refreshing (none is starved by the others).
    for (const k of ['grid', 'units', 'metrics'] as const) {
      expect(snaps.filter((s) => s.fresh[k]).length).toBeGreaterThanOrEqual(5);
    }
    expect(
      snaps.some((s, i) => s.fresh.grid && s.grid.some((v, k) => v !== h.snapshots()[i + 1]!.grid[k])),
    ).toBe(true);
    expect(
      snaps.some(
        (s, i) => s.fresh.metrics && s.metrics.trainLoss !== h.snapshots()[i + 1]!.metrics.trainLoss,
      ),
    ).toBe(true);
    // Paused (a step pauses first): every snapshot is fresh.
    h.send({ kind: 'step' });
    h.frame();
    h.frame();
    expect(h.snapshots().at(-1)!.fresh).toEqual({ grid: true, units: true, metrics: true });
  });

  it('a cheap boundary is fresh in every snapshot while running (the counterfactual)', () => {
    const h = harness();
    h.send({ kind: 'speed', speed: { per: 'step', n: 1 } });
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    h.settle();
    h.send({ kind: 'run', running: true });
    for (let frame = 0; frame < 10; frame++) h.frame();
    for (const s of h.snapshots()) expect(s.fresh).toEqual({ grid: true, units: true, metrics: true });
  });

  it("a running network's new data is drawn first at half resolution when the boundary is costly", () => {
    // The boundary costs `gridMs` of the session's clock. A noise change (configure, new data and
    // weights) while training: the first snapshot of the new run shows them at half the resolution,
    // the next one at the page's. Counterfactuals: a cheap boundary, and a paused network, start at
    // full resolution.
    const first = (gridMs: number, running: boolean) =>
      noiseChange(running, ['', 'noise=20'], (slow, charge) => {
        slow.grid = (...a) => (charge(gridMs), engine.grid(...a));
      }).snaps;
    const g = DEFAULT_VIEW.gridSize;
    const [a, b] = first(20, true);
    expect(a!.metrics.step).toBe(0); // the new run, before any step
    expect([a!.gridSize, a!.grid.length]).toEqual([g / 2, (g / 2) ** 2]);
    expect(a!.fresh.grid).toBe(true);
    expect([b!.gridSize, b!.grid.length]).toEqual([g, g * g]);
    expect(first(1, true)[0]!.gridSize).toBe(g);
    expect(first(20, false)[0]!.gridSize).toBe(g);
  });

  it("a running network's new data comes before its losses and histograms when they are costly", () => {
    // Measuring and each layer's histogram cost `ms` of the session's clock. A noise change while
    // training: the first snapshot of the new run is not measured (its epoch and step are the new run's;
    // the page shows no losses) and repeats the old histograms; the next one has both. Counterfactuals:
    // cheap ones, and a paused network, are computed at once.
    const first = (ms: number, running: boolean) =>
      noiseChange(running, ['dataset=spiral', 'dataset=spiral&noise=40'], (slow, charge) => {
        slow.measure = () => (charge(ms), engine.measure());
        slow.histogram = (...a) => (charge(ms), engine.histogram(...a));
      });
    const { old, snaps, stale } = first(20, true);
    expect(stale).toEqual([]);
    const [a, b] = snaps;
    expect(a!.measured).toBe(false);
    expect(a!.fresh.metrics).toBe(false);
    expect([a!.metrics.epoch, a!.metrics.step]).toEqual([0, 0]);
    expect(a!.metrics.diverged).toBe(false);
    const hist = (x: Snapshot) => x.layers.map((l) => [...l.hist]);
    expect(hist(a!)).toEqual(hist(old));
    expect(b!.measured).toBe(true);
    expect(b!.fresh.metrics).toBe(true);
    expect(hist(b!)).not.toEqual(hist(old)); // the new data's
    // measured on the new data (a spiral's noise moves its points; circle's and XOR's flip labels)
    expect(b!.metrics.trainLoss).not.toBe(old.metrics.trainLoss);
    expect(Number.isFinite(b!.metrics.trainLoss)).toBe(true);
    for (const [ms, running] of [
      [1, true],
      [20, false],
    ] as const) {
      const { old: o, snaps } = first(ms, running);
      const c = snaps[0]!;
      expect(c.measured, `${ms} ms, running ${running}`).toBe(true);
      expect(c.fresh.metrics).toBe(true);
      expect(hist(c)).not.toEqual(hist(o));
    }
  });

  it('runs n optimiser steps per drawn frame at speed n steps', () => {
    const h = harness();
    h.send({ kind: 'speed', speed: { per: 'step', n: 7 } });
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    h.settle();
    h.send({ kind: 'run', running: true });
    for (let frame = 0; frame < 6; frame++) {
      h.send({ kind: 'frame' });
      h.settle();
    }
    const steps = h.snapshots().map((s) => s.metrics.step);
    const deltas = steps.slice(2).map((s, i) => s - (steps[i + 1] ?? 0));
    expect(deltas.length).toBeGreaterThanOrEqual(4);
    for (const d of deltas) expect(d).toBe(7);
    const last = h.snapshots().at(-1)!;
    expect(last.running).toBe(true);
    expect(last.progress).toBeGreaterThan(0);
    expect(last.grid).toHaveLength(DEFAULT_VIEW.gridSize ** 2);
    expect(last.layers).toHaveLength(2);
  });

  it('step trains one epoch and pauses; reset starts a new run at epoch 0', () => {
    const h = harness();
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    h.settle();
    h.send({ kind: 'run', running: true });
    h.send({ kind: 'step' });
    h.send({ kind: 'frame' });
    h.settle();
    const snap = h.snapshots().at(-1)!;
    expect(snap.running).toBe(false);
    expect(snap.metrics.epoch).toBe(1);
    h.send({ kind: 'reset' });
    h.send({ kind: 'frame' });
    h.settle();
    const after = h.snapshots().at(-1)!;
    expect(after.metrics.epoch).toBe(0);
    expect(after.runId).toBe(snap.runId + 1);
  });

  it("a divergence the snapshot's own measurement finds is reported from it, not measured again", () => {
    // log(x) is NaN at the initial weights' negative pre-activations: the first snapshot finds it.
    let measured = 0;
    const counting = Object.create(engine) as Engine;
    counting.measure = () => ((measured += 1), engine.measure());
    const h = sessionHarness(counting);
    h.send({
      kind: 'configure',
      configId: 1,
      config: engineConfig(
        decodeState(
          readParams('', `activation=formula&formula=${encodeURIComponent('log(x)')}`),
          engine.catalogue,
          undefined,
          engineFormulaCheck(engine),
        ).state,
        engine.catalogue,
      ),
      keepData: false,
    });
    h.settle();
    const report = h.posted.find((m) => m.kind === 'diverged');
    expect(report?.kind === 'diverged' && report.cause.kind).toBe('formula');
    expect(measured).toBe(1);
    // A divergence in a step has no measurement at hand: that one is measured (the counterfactual).
    measured = 0;
    h.send({
      kind: 'configure',
      configId: 2,
      config: config('problem=regression&regDataset=reg-plane&learningRate=10'),
      keepData: false,
    });
    h.settle();
    h.send({ kind: 'speed', speed: { per: 'step', n: 50 } });
    h.send({ kind: 'run', running: true });
    const reports = () => h.posted.filter((m) => m.kind === 'diverged').length;
    for (let i = 0; i < 200 && reports() < 2; i++) h.frame();
    expect(reports()).toBe(2);
    expect(measured).toBeGreaterThan(0);
  });

  it('pauses on divergence, explains, and restores the last finite weights', () => {
    const h = harness();
    h.send({ kind: 'speed', speed: { per: 'step', n: 3 } });
    h.send({
      kind: 'configure',
      configId: 1,
      config: config('problem=regression&regDataset=reg-plane&learningRate=10'),
      keepData: false,
    });
    h.settle();
    h.send({ kind: 'run', running: true });
    for (let i = 0; i < 200 && !h.posted.some((m) => m.kind === 'diverged'); i++) {
      h.send({ kind: 'frame' });
      h.settle();
    }
    const report = h.posted.find((m) => m.kind === 'diverged');
    expect(report).toBeDefined();
    if (report?.kind !== 'diverged') return;
    expect(report.detail.length).toBeGreaterThan(10);
    // The core stops a run that explodes while still finite (trainer.h): the loss may be a number.
    expect(report.detail).toMatch(/learning rate/);
    expect(h.posted.filter((m) => m.kind === 'running').at(-1)).toEqual({ kind: 'running', running: false });
    expect(engine.diverged).toBe(true);
    // Play while diverged is refused and answered (the page's button showed the click at once and
    // must turn back); a pause that changes nothing is not answered twice.
    const before = h.posted.length;
    h.send({ kind: 'run', running: true });
    expect(h.posted.slice(before)).toEqual([{ kind: 'running', running: false }]);
    h.send({ kind: 'run', running: false });
    expect(h.posted.length).toBe(before + 1);
    // Restore brings back the last snapshot whose loss was finite and at most twice the run's best.
    let best = Infinity;
    let good: Snapshot | undefined;
    for (const s of h.snapshots()) {
      if (!Number.isFinite(s.metrics.trainLoss)) continue;
      best = Math.min(best, s.metrics.trainLoss);
      if (s.metrics.trainLoss <= 2 * best) good = s;
    }
    expect(good).toBeDefined();
    if (!good) return;
    h.send({ kind: 'restore' });
    h.send({ kind: 'frame' });
    h.settle();
    expect(h.posted.some((m) => m.kind === 'restored')).toBe(true);
    expect(engine.diverged).toBe(false);
    const restored = h.snapshots().at(-1)!;
    expect(Number.isFinite(restored.metrics.trainLoss)).toBe(true);
    expect(restored.metrics.trainLoss).toBeCloseTo(good.metrics.trainLoss, 5);
    expect(restored.metrics.trainLoss).toBeLessThanOrEqual(2 * best);
    // Training can go on after a lower learning rate.
    h.send({ kind: 'train', train: { ...config('').train, lr: 0.01 } });
    h.send({ kind: 'run', running: true });
    h.send({ kind: 'frame' });
    h.settle();
    h.send({ kind: 'frame' });
    h.settle();
    expect(h.snapshots().at(-1)!.running).toBe(true);
  });

  it('a restarted worker continues a snapshot: configure with resume keeps its weights, epoch and step', () => {
    const a = harness();
    a.send({ kind: 'speed', speed: { per: 'step', n: 9 } });
    a.send({ kind: 'configure', configId: 1, config: config('dataset=circle'), keepData: false });
    a.settle();
    a.send({ kind: 'run', running: true });
    for (let i = 0; i < 40; i++) {
      a.send({ kind: 'frame' });
      a.settle();
    }
    const last = a.snapshots().at(-1)!;
    expect(last.metrics.epoch).toBeGreaterThan(0);
    const resume = { params: last.params.slice(), epoch: last.metrics.epoch, step: last.metrics.step };
    const b = harness();
    b.send({ kind: 'configure', configId: 7, config: config('dataset=circle'), keepData: false, resume });
    b.settle();
    const first = b.snapshots()[0]!;
    expect(first.metrics.epoch).toBe(last.metrics.epoch);
    expect(first.metrics.step).toBe(last.metrics.step);
    expect(Array.from(first.params)).toEqual(Array.from(last.params));
    expect(first.metrics.trainLoss).toBe(last.metrics.trainLoss);
    // The counterfactual: the same configure without resume starts from scratch.
    b.send({ kind: 'configure', configId: 8, config: config('dataset=circle'), keepData: false });
    b.send({ kind: 'frame' });
    b.settle();
    expect(b.snapshots().at(-1)!.metrics.epoch).toBe(0);
    // A snapshot that does not fit the network is refused in words; the run starts afresh.
    b.send({
      kind: 'configure',
      configId: 9,
      config: config('dataset=circle'),
      keepData: false,
      resume: { ...resume, params: new Float32Array(3) },
    });
    b.send({ kind: 'frame' });
    b.settle();
    expect(b.posted.some((m) => m.kind === 'error' && /set_params/.test(m.message))).toBe(true);
    expect(b.snapshots().at(-1)!.metrics.epoch).toBe(0);
  });

  it('reports a configuration the core refuses, keeping the running one', () => {
    const h = harness();
    h.send({ kind: 'configure', configId: 1, config: config(''), keepData: false });
    const bad = config('');
    bad.train.batch = 100_000;
    h.send({ kind: 'configure', configId: 2, config: bad, keepData: false });
    h.settle();
    const configured = h.posted.filter((m) => m.kind === 'configured');
    expect(configured.map((m) => m.kind === 'configured' && m.error === '')).toEqual([true, false]);
    expect(h.snapshots().at(-1)?.configId).toBe(1);
  });

  it('lists every snapshot buffer once for transfer', () => {
    const h = harness();
    h.send({
      kind: 'configure',
      configId: 1,
      config: config('dataset=sine1d&networkShape=4'),
      keepData: false,
    });
    h.settle();
    const snap = h.snapshots()[0]!;
    expect(snap.fit?.xs).toHaveLength(200);
    const list = transferables(snap);
    expect(new Set(list).size).toBe(list.length);
    const { port1 } = new MessageChannel();
    port1.postMessage(snap, list);
    port1.close();
    expect(snap.grid.byteLength).toBe(0); // detached: transferred, not copied
  });
});
