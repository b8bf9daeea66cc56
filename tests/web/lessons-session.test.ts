// The lab worker's session in Node against the real module: runs step in lock-step (the same number of
// optimiser steps in every run at every snapshot), runs with the same seed and shapes start from the
// same weights whatever else differs, reset brings those weights back, a diverging run stops alone,
// traces start at step 0, gradient checks run once per new epoch, curves come from the engine.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import type { FromLab, LabSnapshot } from '../../web/src/lab/worker/protocol';
import { decodeComparison, parsePairs } from '../../web/src/lab/platform/runs';
import { engineConfig } from '../../web/src/state/engine-config';
import { LabSession } from '../../web/src/lab/worker/session';
import { labCatalogue, labHarness } from './lessons-harness';
import { loadModule } from './node-module';

async function started(
  link: string,
  runs: number,
  opts: { trace?: boolean; gradcheck?: boolean; speed?: number } = {},
) {
  const cat = await labCatalogue();
  const cmp = decodeComparison(parsePairs(link), cat, runs);
  expect(cmp.warnings).toEqual([]);
  const h = await labHarness();
  h.send({ kind: 'speed', speed: { per: 'step', n: opts.speed ?? 7 } });
  h.send({
    kind: 'configure',
    configId: 1,
    runs: cmp.runs.map((s) => engineConfig(s, cat)),
    trace: opts.trace ? { layer: -1, unit: 0, inputs: [0, 1] } : null,
    gradcheck: opts.gradcheck ?? false,
    gridSize: 12,
  });
  h.settle();
  const snaps = (all: FromLab[]) => all.filter((m): m is LabSnapshot => m.kind === 'snapshot');
  /** Plays `frames` frames; returns every snapshot posted. */
  const frames = (n: number): LabSnapshot[] => {
    const out: LabSnapshot[] = [];
    for (let i = 0; i < n; i++) {
      h.send({ kind: 'frame' });
      h.settle();
      out.push(...snaps(h.take()));
    }
    return out;
  };
  const first = snaps(h.take());
  return { h, first, frames };
}

describe('lab session', () => {
  it("posts the core's parameter statistics: drift from step 0, and identical units stay identical", async () => {
    const { h, first, frames } = await started(
      'dataset=circle&networkShape=4&activation=tanh&r1.init=zeros&r2.init=xavier_normal',
      2,
    );
    const [zeros, xavier] = first[0]?.runs ?? [];
    expect(zeros?.stats.map((s) => s.drift)).toEqual([0, 0]); // step 0: nothing has moved
    expect(zeros?.stats[0]?.spread).toBe(0); // zero weights: every hidden unit the same function
    expect(xavier?.stats[0]?.spread).toBeGreaterThan(0);
    h.send({ kind: 'run', running: true });
    const last = frames(4).pop()?.runs ?? [];
    expect(last[1]?.stats.every((s) => s.drift > 0)).toBe(true);
    // zero weights and tanh: every hidden output is tanh(0) = 0, so no weight gets a gradient (only
    // the biases move) — drift measures the weights alone
    expect(last[0]?.stats.map((s) => s.drift)).toEqual([0, 0]);
    expect(last[0]?.metrics.step).toBeGreaterThan(0);
    // the symmetry is never broken by gradient descent: the counterfactual to xavier's spread
    expect(last[0]?.stats[0]?.spread).toBe(0);
    expect(last[1]?.stats[0]?.spread).toBeGreaterThan(0);
  });

  it('starts runs that differ only in activation from the same weights, and steps them in lock-step', async () => {
    const { h, first, frames } = await started(
      'dataset=spiral&networkShape=8,8&r1.activation=relu&r2.activation=tanh&r3.activation=elu',
      3,
    );
    expect(first).toHaveLength(1);
    const [a, b, c] = first[0]?.runs ?? [];
    expect(a?.metrics.step).toBe(0);
    expect(Array.from(b?.params ?? [])).toEqual(Array.from(a?.params ?? []));
    expect(Array.from(c?.params ?? [])).toEqual(Array.from(a?.params ?? []));
    h.send({ kind: 'run', running: true });
    const shots = frames(6);
    expect(shots.length).toBeGreaterThanOrEqual(5);
    for (const s of shots) {
      const steps = s.runs.map((r) => r.metrics.step);
      expect(new Set(steps).size, `steps ${steps.join(',')}`).toBe(1);
      expect(steps[0] ?? 0).toBeGreaterThan(0);
      expect((steps[0] ?? 0) % 7).toBe(0);
    }
    const last = shots[shots.length - 1];
    expect(last?.runs[0]?.params).not.toEqual(last?.runs[1]?.params);
    // reset: the same initial weights again, for every run
    h.send({ kind: 'reset' });
    const after = frames(1)[0];
    expect(after?.runId).toBeGreaterThan(first[0]?.runId ?? 0);
    expect(after?.runs[0]?.metrics.step).toBe(0);
    expect(Array.from(after?.runs[1]?.params ?? [])).toEqual(Array.from(a?.params ?? []));
  });

  it('different initialisations give different starting weights; different seeds too', async () => {
    const { first } = await started(
      'dataset=circle&networkShape=4&r1.init=xavier_normal&r2.init=he_normal',
      2,
    );
    expect(first[0]?.runs[0]?.params).not.toEqual(first[0]?.runs[1]?.params);
    const seeds = await started('dataset=circle&networkShape=4&r1.initSeed=1&r2.initSeed=2', 2);
    expect(seeds.first[0]?.runs[0]?.params).not.toEqual(seeds.first[0]?.runs[1]?.params);
  });

  it('a diverging run stops alone; the others keep training', async () => {
    const { h, frames } = await started(
      'dataset=plane&networkShape=8&activation=relu&r1.learningRate=10&r2.learningRate=0.01',
      2,
      { speed: 25 },
    );
    h.send({ kind: 'run', running: true });
    const shots = frames(20);
    const last = shots[shots.length - 1];
    expect(last?.runs[0]?.diverged).toBe(true);
    expect(last?.runs[1]?.diverged).toBe(false);
    expect(last?.running).toBe(true);
    expect(last?.runs[1]?.metrics.step).toBeGreaterThan(last?.runs[0]?.metrics.step ?? Infinity);
    expect(Number.isFinite(last?.runs[1]?.metrics.trainLoss)).toBe(true);
  });

  it('traces the chosen weights from step 0, one pair per step', async () => {
    const { h, first, frames } = await started(
      'dataset=xor&networkShape=4&batchSize=1&r1.activation=sigmoid&r2.activation=tanh',
      2,
      { trace: true, speed: 10 },
    );
    const start = first[0]?.runs[0];
    expect(Array.from(start?.trace ?? [])).toHaveLength(2); // the initial pair
    h.send({ kind: 'run', running: true });
    const shots = frames(3);
    const pairs = shots.reduce((n, s) => n + (s.runs[0]?.trace.length ?? 0) / 2, 0);
    expect(pairs).toBe(shots[shots.length - 1]?.runs[0]?.metrics.step);
    // the traced pair is really W[0, 0..1] of the output layer
    const mod = await loadModule();
    const e = new Engine(mod);
    expect(e.catalogue.activations.length).toBeGreaterThan(0);
    const last = shots[shots.length - 1]?.runs[0];
    const p = last?.params ?? new Float32Array(0);
    const w = last?.trace ?? new Float32Array(0);
    // output layer of 2 -> 4 -> 1: W0 (4x2) b0 (4) then W1 (1x4): offset 12
    expect([w[w.length - 2], w[w.length - 1]]).toEqual([p[12], p[13]]);
    e.dispose();
  });

  it('runs a gradient check per run at each new epoch only, and answers curve requests from the engine', async () => {
    const { h, first, frames } = await started(
      'dataset=xor&networkShape=4&r1.activation=tanh&r2.activation=relu',
      2,
      { gradcheck: true, speed: 10 },
    );
    expect(first[0]?.runs.every((r) => r.gradcheck !== null && r.gradcheck.epoch === 0)).toBe(true);
    h.send({ kind: 'run', running: true });
    const shots = frames(12);
    const checks = shots.flatMap((s) => s.runs.map((r) => r.gradcheck)).filter((g) => g !== null);
    const epochs = shots.map((s) => s.runs[0]?.metrics.epoch ?? 0);
    expect(checks.length).toBe(2 * new Set(epochs.filter((x) => x > 0)).size);
    for (const g of checks) expect(g?.maxRelError).toBeLessThan(1e-3);
    const xs = Float32Array.from([-1, 0, 2]);
    h.send({ kind: 'curve', id: 7, act: 'leaky_relu', params: [0.5], xs });
    h.settle();
    const answer = h.take().find((m) => m.kind === 'curve');
    expect(answer).toMatchObject({ kind: 'curve', id: 7, error: '' });
    if (answer?.kind === 'curve') expect(Array.from(answer.curve?.f ?? [])).toEqual([-0.5, 0, 2]);
    h.send({ kind: 'curve', id: 8, act: 'nope', params: [], xs });
    h.settle();
    expect(h.take().find((m) => m.kind === 'curve')).toMatchObject({ id: 8, curve: null });
    // the explorer's softmax picture is the core's too: p1 of softmax(x, 0, 0); maxout has none
    const vx = [-1, 0, 2];
    h.send({ kind: 'curve', id: 9, act: 'softmax', params: [], xs: Float32Array.from(vx) });
    h.settle();
    const soft = h.take().find((m) => m.kind === 'curve');
    if (soft?.kind !== 'curve') throw new Error('no curve answer');
    Array.from(soft.curve?.f ?? []).forEach((v, i) =>
      expect(v).toBeCloseTo(1 / (1 + 2 * Math.exp(-(vx[i] ?? 0))), 6),
    );
    expect(soft.curve?.f.length).toBe(3);
    h.send({ kind: 'curve', id: 10, act: 'maxout', params: [], xs: Float32Array.from(vx) });
    h.settle();
    expect(h.take().find((m) => m.kind === 'curve')).toMatchObject({ id: 10, curve: null });
  });

  it('a trap while drawing a curve escapes to the worker (its watchdog restarts it); a bad name is answered', async () => {
    const mod = await loadModule();
    const posted: FromLab[] = [];
    const session = new LabSession(
      () => {
        const e = new Engine(mod);
        e.curve = (act) => {
          if (act === 'tanh') throw new WebAssembly.RuntimeError('unreachable');
          return Engine.prototype.curve.call(e, act, [], new Float32Array(0));
        };
        return e;
      },
      { post: (m) => posted.push(m), schedule: () => undefined, now: () => performance.now() },
    );
    const xs = Float32Array.from([0]);
    expect(() => session.handle({ kind: 'curve', id: 1, act: 'tanh', params: [], xs })).toThrow(
      WebAssembly.RuntimeError,
    );
    expect(posted).toEqual([]);
    // the counterfactual: the core refusing a name is an answer, not a death
    session.handle({ kind: 'curve', id: 2, act: 'nope', params: [], xs });
    expect(posted).toMatchObject([{ kind: 'curve', id: 2, curve: null }]);
  });

  it('refuses 0 or 5 runs and a bad configuration with the core’s message, training nothing', async () => {
    const cat = await labCatalogue();
    const h = await labHarness();
    const base = engineConfig(
      decodeComparison([], cat, 1).runs[0] ??
        (() => {
          throw new Error('no state');
        })(),
      cat,
    );
    h.send({
      kind: 'configure',
      configId: 3,
      runs: [base, base, base, base, base],
      trace: null,
      gradcheck: false,
      gridSize: 8,
    });
    h.settle();
    const m = h.take().find((x) => x.kind === 'configured');
    expect(m?.kind === 'configured' && m.errors.some((e) => e.includes('runs = 5'))).toBe(true);
    h.send({
      kind: 'configure',
      configId: 4,
      runs: [{ ...base, train: { ...base.train, lr: -1 } }],
      trace: null,
      gradcheck: false,
      gridSize: 8,
    });
    h.send({ kind: 'run', running: true });
    h.settle();
    const out = h.take();
    const c = out.find((x) => x.kind === 'configured');
    expect(c?.kind === 'configured' && c.errors[0] !== '').toBe(true);
    expect(out.some((x) => x.kind === 'snapshot')).toBe(false);
  });
  it('a restarted worker continues every run from its snapshot (resume); a mismatched one starts afresh', async () => {
    const link = 'dataset=circle&networkShape=4&r1.activation=relu&r2.activation=tanh';
    const { h, frames } = await started(link, 2);
    h.send({ kind: 'run', running: true });
    const last = frames(5).at(-1);
    expect(last?.runs[0]?.metrics.step ?? 0).toBeGreaterThan(0);
    const resume = (last?.runs ?? []).map((r) => ({
      params: r.params.slice(),
      epoch: r.metrics.epoch,
      step: r.metrics.step,
    }));
    const cat = await labCatalogue();
    const runs = decodeComparison(parsePairs(link), cat, 2).runs.map((s) => engineConfig(s, cat));
    const fresh = async (from: typeof resume) => {
      const h2 = await labHarness();
      h2.send({
        kind: 'configure',
        configId: 1,
        runs,
        trace: null,
        gradcheck: false,
        gridSize: 12,
        resume: from,
      });
      h2.settle();
      return h2.take();
    };
    const back = await fresh(resume);
    expect(back.find((m) => m.kind === 'configured')).toMatchObject({ resumed: true, resumeError: '' });
    const snap = back.find((m): m is LabSnapshot => m.kind === 'snapshot');
    expect(snap?.runs).toHaveLength(2);
    snap?.runs.forEach((r, i) => {
      expect(r.metrics.step).toBe(resume[i]?.step);
      expect(r.metrics.epoch).toBe(resume[i]?.epoch);
      expect(Array.from(r.params)).toEqual(Array.from(resume[i]?.params ?? []));
      expect(r.metrics.trainLoss).toBe(last?.runs[i]?.metrics.trainLoss);
    });
    // One snapshot for two runs: neither continues (lock-step), the weights start again, and it says why.
    const lost = await fresh(resume.slice(0, 1));
    const configured = lost.find((m) => m.kind === 'configured');
    expect(configured).toMatchObject({ resumed: false });
    expect(configured?.kind === 'configured' ? configured.resumeError : '').toMatch(/1 snapshots for 2 runs/);
    const again = lost.find((m): m is LabSnapshot => m.kind === 'snapshot');
    expect(again?.runs.map((r) => r.metrics.step)).toEqual([0, 0]);
  });
});
