// bench.test.mjs — correctness of the benchmark's own code (no timing here): the PRNG port, the
// spiral and split, and the scalar-JS baseline's backprop and update rule. Run: node --test bench/js/

import assert from 'node:assert/strict';
import test from 'node:test';
import { ScalarMlp } from './baseline.mjs';
import { summarize } from './measure.mjs';
import {
  LARGEST,
  Rng,
  STANDARD,
  accuracy,
  buildProblem,
  initialParams,
  layerViews,
  spiral,
} from './workload.mjs';

test('Rng reproduces cpp/core/rng.h (values printed by the C++ class)', () => {
  const r = new Rng(1);
  assert.deepEqual(
    [1, 2, 3, 4, 5].map(() => r.nextU32()),
    [1695105466, 1423115009, 634581793, 1068227753, 716759206],
  );
  const r2 = new Rng(12345);
  assert.equal(Math.fround(r2.uniform()), Math.fround(0.538890719));
  assert.equal(r2.below(250), 145);
});

test('Rng draws stay in range', () => {
  const r = new Rng(7);
  for (let i = 0; i < 10000; i++) {
    const u = r.uniform(),
      d = r.uniformD(),
      k = r.below(13);
    assert.ok(u >= 0 && u < 1 && d >= 0 && d < 1 && Number.isInteger(k) && k >= 0 && k < 13);
  }
});

test('spiral: TF Playground formula, two arms of n/2 points', () => {
  const pts = spiral(500, 0, new Rng(1));
  assert.equal(pts.length, 500);
  pts.forEach((p, k) => {
    const i = k % 250,
      arm = k < 250 ? 0 : 1;
    const r = (i / 250) * 5,
      t = ((1.75 * i) / 250) * 2 * Math.PI + arm * Math.PI;
    assert.ok(Math.abs(p.x - r * Math.sin(t)) < 1e-12 && Math.abs(p.y - r * Math.cos(t)) < 1e-12);
    assert.equal(p.label, arm === 0 ? 1 : -1);
  });
});

test('problem: the split is a permutation of the whole set, features in TF Playground order', () => {
  const p = buildProblem(STANDARD);
  assert.equal(p.train.n + p.test.n, 500);
  const key = (x, y) => `${x.toFixed(4)},${y.toFixed(4)}`;
  const all = new Set(spiral(500, 0, new Rng(1)).map((q) => key(Math.fround(q.x), Math.fround(q.y))));
  const seen = new Set();
  for (const s of [p.train, p.test]) for (let i = 0; i < s.n; i++) seen.add(key(s.x[2 * i], s.x[2 * i + 1]));
  assert.deepEqual([...seen].sort(), [...all].sort());
  const big = buildProblem(LARGEST);
  const [x, y] = [big.train.x[0], big.train.x[1]];
  const want = [x, y, x * x, y * y, x * y, Math.sin(x), Math.sin(y)];
  big.train.x
    .subarray(0, 7)
    .forEach((v, k) => assert.ok(Math.abs(v - want[k]) <= 1e-6 * (1 + Math.abs(want[k])), `feature ${k}`));
  assert.equal(big.grid.n, 10000);
  assert.deepEqual([big.grid.x[0], big.grid.x[1]], [-6, 6]); // row 0 is the top, column 0 the left
});

/** Independent double-precision forward of the same flat layout (no code shared with baseline.mjs). */
function loss64(sizes, params, input, target) {
  let a = Array.from(input);
  let o = 0;
  for (let l = 1; l < sizes.length; l++) {
    const next = [];
    for (let j = 0; j < sizes[l]; j++) {
      let s = 0;
      for (let k = 0; k < sizes[l - 1]; k++) s += params[o + j * sizes[l - 1] + k] * a[k];
      next.push(s);
    }
    o += sizes[l] * sizes[l - 1];
    a = next.map((s, j) => Math.tanh(s + params[o + j]));
    o += sizes[l];
  }
  return 0.5 * (a[0] - target) ** 2;
}

test('baseline backprop matches central differences of an independent double network', () => {
  const sizes = [3, 4, 5, 1];
  const params = initialParams(sizes, 3).map((v, i) => v * 1.5 + 0.01 * (i % 5));
  const net = new ScalarMlp(sizes, params);
  const x = new Float32Array([0.7, -1.3, 2.1]);
  net.forward(x, 0);
  net.backward(-1);
  const p64 = Float64Array.from(net.params);
  const h = 1e-6;
  for (let i = 0; i < p64.length; i++) {
    const plus = Float64Array.from(p64),
      minus = Float64Array.from(p64);
    plus[i] += h;
    minus[i] -= h;
    const numeric = (loss64(sizes, plus, x, -1) - loss64(sizes, minus, x, -1)) / (2 * h);
    assert.ok(
      Math.abs(net.grads[i] - numeric) <= 1e-5 * (1 + Math.abs(numeric)),
      `param ${i}: ${net.grads[i]} vs ${numeric}`,
    );
  }
});

test('baseline update: w -= lr * mean of the batch gradients, then the accumulators are clear', () => {
  const sizes = [2, 3, 1];
  const p0 = initialParams(sizes, 5);
  const x = new Float32Array([0.5, -0.25, 1, 2, -3, 0.1]);
  const t = new Float32Array([1, -1, 1]);
  const net = new ScalarMlp(sizes, p0);
  for (let i = 0; i < 3; i++) {
    net.forward(x, i);
    net.backward(t[i]);
  }
  const g = Float64Array.from(net.grads);
  const expected = Array.from(p0, (w, i) => Math.fround(w - Math.fround((0.1 / 3) * g[i])));
  const trained = new ScalarMlp(sizes, p0);
  trained.trainEpoch(x, t, 3, 0.1, 3);
  trained.params.forEach((w, i) => assert.ok(Math.abs(w - expected[i]) <= 1e-7, `param ${i}`));
  assert.ok(trained.grads.every((v) => v === 0) && trained.accumulated === 0);
});

test('predictUnits ends with the output unit, equal to predict', () => {
  const p = buildProblem(LARGEST);
  const net = new ScalarMlp(p.sizes, p.params0);
  const units = net.predictUnits(p.grid.x, p.grid.n, new Float32Array(p.totalUnits * p.grid.n));
  const out = net.predict(p.grid.x, p.grid.n, new Float32Array(p.grid.n));
  assert.deepEqual(units.subarray((p.totalUnits - 1) * p.grid.n), out);
  assert.equal(p.totalUnits, 49);
  assert.equal(layerViews(p.sizes, p.params0).length, 7);
});

test('accuracy and summarize', () => {
  assert.equal(accuracy(new Float32Array([0.2, -0.1, 0, -3]), new Float32Array([1, 1, 1, -1])), 0.75);
  assert.deepEqual(summarize([3, 1, NaN, 2, 10]), { median: 2.5, min: 1, max: 10, n: 4 });
  assert.equal(summarize([]).n, 0);
});

test('report: browser figures become the two browser targets (medians over rounds; met, missed, absent)', async () => {
  const { buildReport, markdown } = await import('./report.mjs');
  const meta = { date: 'd', cpu: 'c', cores: 2, node: 'n', commit: 'x', rounds: 3, seconds: 1, load: [1, 1] };
  const round = (fps, firstMs) => ({
    ok: true,
    result: {
      chromium: '1',
      viewport: 'v',
      warmup_s: 2,
      window_s: 5,
      load: [1, 2],
      first_render_ms: { median: firstMs },
      first_render_largest_ms: { median: firstMs + 100 },
      cases: [
        {
          id: 'largest-200',
          label: 'L',
          grid: 200,
          unit_grid: 20,
          frames_per_s: fps,
          steps_per_s: 500 * fps,
        },
      ],
    },
  });
  const target = (rounds) => {
    const r = buildReport({ browser: { label: 'b', kind: 'cli', rounds } }, meta);
    return Object.fromEntries(
      r.targets
        .filter((t) => t.name.startsWith('Browser'))
        .map((t) => [t.name.split(':')[1].trim().slice(0, 12), [t.measured, t.status]]),
    );
  };
  const met = target([round(29, 1200), round(35, 800), round(31, 700)]);
  assert.deepEqual(met['200×200 boun'], [31, 'met']);
  assert.deepEqual(met['first render'], [800, 'met']);
  const missed = target([round(20, 1500), round(24, 1400), round(22, 900)]);
  assert.equal(missed['200×200 boun'][1], '**missed** by 27% (needs 1.36× more)');
  assert.equal(missed['first render'][1], '**missed**: 1.40× over');
  const none = target([{ ok: false, error: 'no chromium' }]);
  assert.deepEqual(none['200×200 boun'], [undefined, 'not measured']);
  assert.match(
    markdown(buildReport({ browser: { label: 'b', kind: 'cli', rounds: [round(31, 700)] } }, meta)),
    /\| L \| 200×200, 20×20 \| 31\.0 \|/,
  );
});

test('report: formula against built-in training rates become a table and one target per pair and build', async () => {
  const { buildReport, formulaTable, markdown } = await import('./report.mjs');
  const meta = { date: 'd', cpu: 'c', cores: 2, node: 'n', commit: 'x', rounds: 2, seconds: 1, load: [1, 1] };
  const bench = (formula, builtin) => ({
    ok: true,
    result: {
      formulas: [
        {
          formula: 'tanh(x)',
          builtin: 'tanh',
          formula_samples_per_s: formula,
          builtin_samples_per_s: builtin,
        },
      ],
    },
  });
  assert.deepEqual(formulaTable(bench(2, 3).result), { 'tanh(x) | tanh': { formula: 2, builtin: 3 } });
  assert.deepEqual(formulaTable({}), {});
  const targets = (rounds) =>
    buildReport({ 'actlab-native': { label: 'native', kind: 'cli', rounds } }, meta).targets.filter((t) =>
      t.name.startsWith('Formula'),
    );
  // Medians over rounds: formula 2e6 and 4e6 -> 3e6; built-in 6e6 -> ratio 0.5, met.
  const met = targets([bench(2e6, 6e6), bench(4e6, 6e6)]);
  assert.equal(met.length, 1);
  assert.equal(met[0].name, 'Formula tanh(x) ≥ 1/3 of built-in tanh, training (native)');
  assert.equal(met[0].measured, 0.5);
  assert.equal(met[0].status, 'met');
  // The counterfactual: a formula at a quarter of the built-in misses.
  assert.match(targets([bench(1e6, 4e6)])[0].status, /^\*\*missed\*\*/);
  assert.match(
    markdown(
      buildReport({ 'actlab-native': { label: 'native', kind: 'cli', rounds: [bench(2e6, 6e6)] } }, meta),
    ),
    /\| `tanh\(x\)` \| `tanh` \|/,
  );
});

test('the ActLab module peer configures, predicts as the scalar baseline does from the same weights, and trains', async () => {
  // Runs the embind module (build/wasm, built before this step in npm test): a field the core's NetSpec
  // gained and the peer lacked once failed every ActLab job of `npm run bench` ("Missing field").
  const { create } = await import('./peers/actlab.mjs');
  const p = buildProblem(STANDARD);
  const peer = await create(p);
  const base = new ScalarMlp(p.sizes, p.params0).predict(p.test.x, p.test.n, new Float32Array(p.test.n));
  const before = Float32Array.from(peer.predict('test'));
  assert.equal(before.length, p.test.n);
  // tanh is a rational approximation in the core (cpp/core/math_approx.h): agreement to 1e-4, not bits
  before.forEach((v, i) => assert.ok(Math.abs(v - base[i]) <= 1e-4, `point ${i}: ${v} vs ${base[i]}`));
  peer.trainEpochs(1);
  const after = Float32Array.from(peer.predict('test'));
  assert.ok(after.every(Number.isFinite));
  assert.ok(
    after.some((v, i) => Math.abs(v - before[i]) > 1e-6),
    'one epoch moved the predictions',
  );
});
