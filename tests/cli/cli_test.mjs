// cli_test.mjs — tests of the `actlab` command line, for the native binary and the Node (WASM) build.
//
//   node tests/cli/cli_test.mjs [--group=NAME] [--backend=NAME] -- <command...>
//   e.g. node tests/cli/cli_test.mjs -- build/native/actlab
//        node tests/cli/cli_test.mjs --group=eval -- node --no-experimental-fetch build/wasm/actlab.js
//
// Expected values come from independent sources: the activation list is read from the X-macro in
// cpp/core/activations.h, function values from closed forms in double precision here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// ---- arguments ------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
if (dashdash < 0 || dashdash === argv.length - 1) {
  console.error('usage: node cli_test.mjs [--group=NAME] [--backend=NAME] -- <actlab command...>');
  process.exit(2);
}
const opts = Object.fromEntries(
  argv.slice(0, dashdash).map((a) => {
    const m = /^--([a-z]+)=(.*)$/.exec(a);
    if (!m) {
      console.error(`cli_test.mjs: bad option ${a}`);
      process.exit(2);
    }
    return [m[1], m[2]];
  }),
);
const CMD = argv.slice(dashdash + 1);
const group = (name) => !opts.group || opts.group === name;

function run(args, input = '') {
  const r = spawnSync(CMD[0], [...CMD.slice(1), ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  // EPIPE: the command exited (e.g. on a bad flag) before reading the stdin we offered; not an error.
  if (r.error && r.error.code !== 'EPIPE') throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
const lines = (text) => text.split('\n').filter((l) => l.length > 0);

// ---- the catalogue, independently of the binary ---------------------------------------------------
const header = readFileSync(new URL('../../cpp/core/activations.h', import.meta.url), 'utf8');
function xmacro(name) {
  const start = header.indexOf(`#define ${name}(X)`);
  assert.ok(start >= 0, `${name} not found in activations.h`);
  let body = '';
  for (const line of header.slice(start).split('\n')) {
    body += line;
    if (!line.trimEnd().endsWith('\\')) break;
  }
  return [...body.matchAll(/X\((\w+)\)/g)].map((m) => m[1]);
}
const ELEMENTWISE = xmacro('ACTLAB_ELEMENTWISE_ACTIVATIONS');
const LAYER = xmacro('ACTLAB_LAYER_ACTIVATIONS');
const ALL = [...ELEMENTWISE, ...LAYER];

let catalogue = null;
function listJson() {
  if (!catalogue) {
    const r = run(['list', '--json']);
    assert.equal(r.status, 0, r.stderr);
    catalogue = JSON.parse(r.stdout);
  }
  return catalogue;
}

// ---- numbers ----------------------------------------------------------------------------------
function parseCsv(text) {
  return lines(text).map((l) => {
    const parts = l.split(',');
    assert.equal(parts.length, 3, `not x,y,dy: ${l}`);
    return parts.map((p) => {
      assert.match(p, /^(-?inf|nan|-?[0-9.]+(e[-+][0-9]+)?)$/, `not %.9g: ${p}`);
      return p === 'inf' ? Infinity : p === '-inf' ? -Infinity : p === 'nan' ? NaN : Number(p);
    });
  });
}
// Mixed tolerance: float kernels against double closed forms.
function close(got, want, tol = 2e-6, what = '') {
  if (Number.isNaN(want)) return assert.ok(Number.isNaN(got), `${what}: ${got} is not NaN`);
  if (!Number.isFinite(want)) return assert.equal(got, want, what);
  assert.ok(Math.abs(got - want) <= tol * Math.max(1, Math.abs(want)), `${what}: got ${got}, want ${want}`);
}
const f32 = (x) => Math.fround(x);
const XS = [-7.5, -3, -1.25, -0.5, -0.1, 0.1, 0.5, 1.25, 3, 7.5];

function evalFn(name, flags, xs) {
  const r = run(['eval', name, ...flags], xs.join(' '));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const rows = parseCsv(r.stdout);
  assert.equal(rows.length, xs.length);
  return rows;
}

// ---- training output ------------------------------------------------------------------------------
const EPOCH_KEYS = ['epoch', 'train_loss', 'test_loss', 'accuracy', 'train_accuracy', 'layers', 'params'];
const LAYER_KEYS = [
  'grad_norm',
  'bias_grad_norm',
  'mean_abs_grad',
  'weight_norm',
  'update_ratio',
  'dead_fraction',
  'saturated_fraction',
];
function train(args) {
  const r = run(['train', ...args]);
  const objs = lines(r.stdout).map((l) => JSON.parse(l));
  return { ...r, objs, epochs: objs.filter((o) => !o.summary), summary: objs.at(-1) };
}
const withoutSeconds = (text) => text.replace(/"seconds":[^,}]*/g, '"seconds":0');

function expectUsageError(args, input = '', mention = null) {
  const r = run(args, input);
  const what = `actlab ${args.join(' ')}`;
  assert.equal(r.signal, null, `${what}: killed by ${r.signal}`);
  assert.equal(r.status, 2, `${what}: exit ${r.status}, stderr ${r.stderr}`);
  const err = lines(r.stderr);
  assert.equal(err.length, 1, `${what}: stderr must be exactly one line, got:\n${r.stderr}`);
  assert.match(err[0], /^actlab: \S/, what);
  assert.equal(r.stdout, '', `${what}: nothing on stdout`);
  if (mention) assert.ok(err[0].includes(mention), `${what}: '${err[0]}' should mention '${mention}'`);
  return err[0];
}

// =================================================================================================
if (group('list')) {
  test('list: a table row for every activation of activations.h', () => {
    const r = run(['list']);
    assert.equal(r.status, 0, r.stderr);
    const rows = lines(r.stdout);
    assert.match(rows[0], /^name\s+family\s+range\s+params=defaults\s+properties$/);
    assert.deepEqual(
      rows.slice(1).map((l) => l.split(/\s+/)[0]),
      ALL,
    );
    const leaky = rows.find((l) => l.startsWith('leaky_relu '));
    assert.match(leaky, /negative_slope=0\.01/);
    assert.match(
      rows.find((l) => l.startsWith('softmax ')),
      /layer-level/,
    );
  });

  test('list --json: every ActInfo field with the right type', () => {
    const cat = listJson();
    assert.ok(Array.isArray(cat));
    assert.deepEqual(
      cat.map((a) => a.name),
      ALL,
    );
    const strings = [
      'name',
      'display',
      'latex',
      'latex_d',
      'family',
      'range',
      'desc_en',
      'desc_ko',
      'source',
    ];
    const bools = [
      'elementwise',
      'monotonic',
      'zero_centred',
      'smooth',
      'saturating',
      'has_dead_zone',
      'learnable_default',
    ];
    cat.forEach((a, i) => {
      assert.equal(a.id, i);
      for (const k of strings) assert.equal(typeof a[k], 'string', `${a.name}.${k}`);
      for (const k of bools) assert.equal(typeof a[k], 'boolean', `${a.name}.${k}`);
      assert.ok(Number.isInteger(a.year), `${a.name}.year`);
      assert.equal(a.elementwise, ELEMENTWISE.includes(a.name), `${a.name}.elementwise`);
      assert.equal(a.params.length, a.n_params);
      for (const p of a.params) {
        assert.deepEqual(Object.keys(p).sort(), ['def', 'hi', 'learnable', 'lo', 'name']);
        assert.equal(typeof p.name, 'string');
        assert.equal(typeof p.learnable, 'boolean');
        assert.equal(typeof p.def, 'number');
        if (p.lo !== null) assert.ok(p.lo <= p.def, `${a.name}.${p.name}: lo ${p.lo} > def ${p.def}`);
        if (p.hi !== null) assert.ok(p.def <= p.hi, `${a.name}.${p.name}: def ${p.def} > hi ${p.hi}`);
      }
    });
    const prelu = cat.find((a) => a.name === 'prelu');
    assert.equal(prelu.learnable_default, true);
  });
}

// =================================================================================================
if (group('eval')) {
  test('eval: the example from the brief, and %.9g of floats', () => {
    const r = run(['eval', 'leaky_relu', '--negative_slope', '0.2'], '-1 0 2');
    assert.equal(r.status, 0, r.stderr);
    const rows = parseCsv(r.stdout);
    assert.deepEqual(
      rows.map((row) => row[0]),
      [-1, 0, 2],
    );
    assert.deepEqual(
      rows.map((row) => row[1]),
      [f32(-0.2), 0, 2].map((v) => Number(v.toPrecision(9))),
    );
    assert.deepEqual(lines(r.stdout), ['-1,-0.200000003,0.200000003', '0,0,0.200000003', '2,2,1']);
    // identity(0.1): the float nearest 0.1 printed with 9 significant digits
    assert.equal(run(['eval', 'identity'], '0.1\n').stdout, '0.100000001,0.100000001,1\n');
    assert.equal(run(['eval', 'relu'], '-1 0 2').stdout, '-1,0,0\n0,0,0\n2,2,1\n'); // relu'(0) = 0
    assert.equal(run(['eval', 'relu'], '').stdout, '');
  });

  const sig = (x) => 1 / (1 + Math.exp(-x));
  const closedForms = {
    relu: [[], (x) => Math.max(0, x), (x) => (x > 0 ? 1 : 0)],
    leaky_relu: [['--negative_slope', '0.3'], (x) => (x > 0 ? x : 0.3 * x), (x) => (x > 0 ? 1 : 0.3)],
    sigmoid: [[], sig, (x) => sig(x) * (1 - sig(x))],
    tanh: [[], Math.tanh, (x) => 1 - Math.tanh(x) ** 2],
    elu: [
      ['--alpha', '0.5'],
      (x) => (x > 0 ? x : 0.5 * Math.expm1(x)),
      (x) => (x > 0 ? 1 : 0.5 * Math.exp(x)),
    ],
    softplus: [[], (x) => Math.log1p(Math.exp(x)), sig],
    silu: [[], (x) => x * sig(x), (x) => sig(x) * (1 + x * (1 - sig(x)))],
    softsign: [[], (x) => x / (1 + Math.abs(x)), (x) => 1 / (1 + Math.abs(x)) ** 2],
    gaussian: [[], (x) => Math.exp(-x * x), (x) => -2 * x * Math.exp(-x * x)],
  };
  for (const [name, [flags, f, df]] of Object.entries(closedForms)) {
    test(`eval ${name} ${flags.join(' ')} against its closed form`, () => {
      const info = listJson().find((a) => a.name === name);
      assert.ok(info, `${name} missing from the catalogue`);
      for (let i = 0; i < flags.length; i += 2) {
        assert.ok(
          info.params.some((p) => `--${p.name}` === flags[i]),
          `${name} has no ${flags[i]}`,
        );
      }
      const rows = evalFn(name, flags, XS);
      rows.forEach(([x, y, dy], i) => {
        const xf = f32(XS[i]); // the float the kernel saw, printed with %.9g
        assert.equal(x, Number(xf.toPrecision(9)));
        close(y, f(xf), 1e-5, `${name}(${xf})`);
        close(dy, df(xf), 1e-5, `${name}'(${xf})`);
      });
    });
  }

  test('eval accepts inf, -inf and nan', () => {
    const rows = evalFn('tanh', [], ['inf', '-inf', 'nan']);
    assert.deepEqual(rows[0].slice(0, 2), [Infinity, 1]);
    assert.deepEqual(rows[1].slice(0, 2), [-Infinity, -1]);
    assert.ok(Number.isNaN(rows[2][0]) && Number.isNaN(rows[2][1]));
    assert.equal(rows[0][2], 0);
    assert.equal(rows[1][2], 0);
    const r = evalFn('relu', [], ['inf', '-inf']);
    assert.deepEqual(r[0].slice(0, 2), [Infinity, Infinity]);
    assert.deepEqual(r[1].slice(0, 2), [-Infinity, 0]);
    const s = evalFn('sigmoid', [], ['inf', '-inf', '1e39']); // 1e39 is beyond float: +inf
    assert.deepEqual(
      s.map((row) => row[1]),
      [1, 0, 1],
    );
  });

  test('eval softmax family: stdin is one vector, dy the Jacobian diagonal', () => {
    const z = [1, 2, 3, -0.5];
    const softmax = (v) => {
      const m = Math.max(...v);
      const e = v.map((x) => Math.exp(x - m));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((x) => x / s);
    };
    const p = softmax(z),
      q = softmax(z.map((x) => -x));
    const want = {
      softmax: [p, p.map((y) => y * (1 - y))],
      log_softmax: [p.map(Math.log), p.map((y) => 1 - y)],
      softmin: [q, q.map((y) => -y * (1 - y))],
    };
    for (const [name, [ys, ds]] of Object.entries(want)) {
      const rows = evalFn(name, [], z);
      rows.forEach(([x, y, dy], i) => {
        assert.equal(x, z[i]);
        close(y, ys[i], 1e-5, `${name} y[${i}]`);
        close(dy, ds[i], 1e-5, `${name} dy[${i}]`);
      });
      const sum = rows.reduce((a, r) => a + (name === 'log_softmax' ? Math.exp(r[1]) : r[1]), 0);
      close(sum, 1, 1e-5, `${name} sums to 1`);
    }
    // 100 numbers: crosses the CLI's internal block of 64 columns
    const big = Array.from({ length: 100 }, (_, i) => Math.sin(i));
    const pb = softmax(big.map(f32));
    evalFn('softmax', [], big).forEach(([, y, dy], i) => {
      close(y, pb[i], 1e-5, `softmax100 y[${i}]`);
      close(dy, pb[i] * (1 - pb[i]), 1e-5, `softmax100 dy[${i}]`);
    });
  });

  test('eval of every element-wise activation runs and gives finite values on finite input', () => {
    for (const name of ELEMENTWISE) {
      const rows = evalFn(name, [], XS);
      for (const [x, y, dy] of rows) {
        assert.ok(Number.isFinite(y) && Number.isFinite(dy), `${name}(${x}) = ${y}, ${dy}`);
      }
    }
  });
}

// =================================================================================================
if (group('train')) {
  test('train: JSON lines from epoch 0 to --epochs, then the summary', () => {
    const t = train(['--epochs', '3', '--points', '100']);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.objs.length, 5);
    assert.deepEqual(
      t.epochs.map((e) => e.epoch),
      [0, 1, 2, 3],
    );
    for (const e of t.epochs) {
      for (const k of EPOCH_KEYS) assert.ok(k in e, `missing ${k}`);
      assert.equal(e.layers.length, 3); // default 8,8: two hidden layers + output
      for (const l of e.layers) for (const k of LAYER_KEYS) assert.equal(typeof l[k], 'number', k);
      assert.ok(e.accuracy >= 0 && e.accuracy <= 1);
      assert.deepEqual(e.params, []);
    }
    assert.equal(t.epochs[0].layers[0].update_ratio, 0); // nothing updated before epoch 1
    assert.ok(t.epochs[1].layers[0].update_ratio > 0);
    const s = t.summary;
    assert.equal(s.summary, true);
    assert.equal(s.epochs, 3);
    assert.equal(s.diverged, false);
    assert.equal(typeof s.seconds, 'number');
    assert.equal(s.train_loss, t.epochs[3].train_loss);
  });

  test('train --epochs 0: exactly epoch 0 and the summary', () => {
    const t = train(['--epochs', '0']);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.objs.length, 2);
    assert.equal(t.objs[0].epoch, 0);
    assert.equal(t.objs[1].summary, true);
    assert.equal(t.objs[1].epochs, 0);
  });

  test('train: same seed, same output; another seed, another run', () => {
    const args = [
      '--dataset',
      'xor',
      '--epochs',
      '5',
      '--activation',
      'relu',
      '--optimizer',
      'adam',
      '--lr',
      '0.01',
      '--dropout',
      '0.1',
    ];
    const a = run(['train', ...args]),
      b = run(['train', ...args]),
      c = run(['train', ...args, '--seed', '2']);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(withoutSeconds(a.stdout), withoutSeconds(b.stdout));
    assert.notEqual(withoutSeconds(a.stdout), withoutSeconds(c.stdout));
    const d = run(['train', ...args, '--data-seed', '9']);
    assert.notEqual(withoutSeconds(a.stdout), withoutSeconds(d.stdout));
  });

  test('train: layer count follows --layers ("" and 0 = no hidden layer)', () => {
    for (const [layers, n] of [
      ['', 1],
      ['0', 1],
      ['4', 2],
      ['3,4,5', 4],
    ]) {
      const t = train(['--layers', layers, '--epochs', '1']);
      assert.equal(t.status, 0, t.stderr);
      assert.equal(t.epochs[0].layers.length, n, `--layers '${layers}'`);
    }
  });

  test('train learns: xor loss falls and accuracy rises', () => {
    const t = train([
      '--dataset',
      'xor',
      '--layers',
      '8,8',
      '--epochs',
      '40',
      '--optimizer',
      'adam',
      '--lr',
      '0.01',
    ]);
    assert.equal(t.status, 0, t.stderr);
    assert.ok(
      t.summary.train_loss < 0.5 * t.epochs[0].train_loss,
      `${t.epochs[0].train_loss} -> ${t.summary.train_loss}`,
    );
    assert.ok(t.summary.accuracy > 0.9, `accuracy ${t.summary.accuracy}`);
  });

  test('train: regression prints null accuracies (JSON has no NaN); default head identity', () => {
    for (const ds of ['plane', 'sine1d']) {
      const t = train(['--dataset', ds, '--epochs', '2']);
      assert.equal(t.status, 0, t.stderr);
      assert.equal(t.epochs[0].accuracy, null);
      assert.equal(t.epochs[0].train_accuracy, null);
      assert.equal(t.summary.accuracy, null);
    }
    // an identity head on classification data is rejected, so the default really was identity
    expectUsageError(['train', '--output', 'identity', '--epochs', '1'], '', 'output');
  });

  test('train xor4: the four corners, default batch shrinks to the 4 training points', () => {
    const t = train([
      '--dataset',
      'xor4',
      '--layers',
      '4',
      '--epochs',
      '3',
      '--optimizer',
      'adam',
      '--lr',
      '0.05',
    ]);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.summary.steps, 3); // one batch of 4 per epoch
    expectUsageError(['train', '--dataset', 'xor4', '--batch', '5'], '', 'batch = 5');
  });

  test('train: multi-class spiral uses a softmax head of K units', () => {
    const t = train(['--classes', '4', '--epochs', '1']);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.epochs[0].layers.at(-1).out, 4);
    const s = train(['--classes', '3', '--output', 'log_softmax', '--epochs', '1']);
    assert.equal(s.status, 0, s.stderr);
    assert.equal(s.epochs[0].layers.at(-1).out, 3);
  });

  test('train: learnable activation parameters are reported per layer and unit', () => {
    const t = train(['--activation', 'prelu', '--layers', '3,5', '--epochs', '2']);
    assert.equal(t.status, 0, t.stderr);
    const p = t.epochs[0].params;
    assert.deepEqual(
      p.map((e) => [e.layer, e.name, e.values.length]),
      [
        [0, 'a', 3],
        [1, 'a', 5],
      ],
    );
    const def = listJson().find((a) => a.name === 'prelu').params[0].def;
    for (const e of p) for (const v of e.values) assert.equal(v, f32(def));
    assert.notDeepEqual(t.epochs[2].params[0].values, p[0].values); // they are trained
    const off = train(['--activation', 'prelu', '--learn-params', 'off', '--epochs', '1']);
    assert.deepEqual(off.epochs[0].params, []);
  });

  test('train: per-layer activations and their parameters', () => {
    const t = train([
      '--layers',
      '4,4',
      '--activations',
      'leaky_relu,tanh',
      '--negative_slope',
      '0.2',
      '--epochs',
      '1',
    ]);
    assert.equal(t.status, 0, t.stderr);
    const m = train(['--layers', '4', '--activation', 'maxout', '--maxout-k', '3', '--epochs', '1']);
    assert.equal(m.status, 0, m.stderr);
    assert.equal(m.epochs[0].layers[0].out, 4);
  });

  test('train: divergence prints the epoch, a summary with the explanation, exit 3', () => {
    const r = train([
      '--dataset',
      'plane',
      '--activation',
      'relu',
      '--layers',
      '16,16',
      '--lr',
      '100',
      '--epochs',
      '50',
    ]);
    assert.equal(r.status, 3, r.stderr);
    const err = lines(r.stderr);
    assert.equal(err.length, 1, r.stderr);
    assert.match(err[0], /^actlab: training diverged/);
    assert.equal(r.summary.summary, true);
    assert.equal(r.summary.diverged, true);
    assert.ok(r.summary.divergence.length > 10);
    assert.ok(r.epochs.length < 51);
    // JSON.parse accepted every line (no bare NaN/Infinity): a number that is not finite is null.
    // (The core now stops a run that explodes while still finite, so the last epoch may have none.)
    const last = r.epochs.at(-1);
    const values = [
      last.train_loss,
      last.test_loss,
      ...last.layers.flatMap((l) => LAYER_KEYS.map((k) => l[k])),
    ];
    for (const v of values) assert.ok(v === null || Number.isFinite(v), `${v} in ${JSON.stringify(last)}`);
  });
}

// =================================================================================================
if (group('gradcheck')) {
  const configs = [
    [],
    ['--classes', '3', '--activation', 'gelu', '--layers', '5,4'],
    ['--dataset', 'xor', '--activation', 'prelu', '--output', 'sigmoid'],
    ['--dataset', 'plane', '--activation', 'softplus', '--l2', '0.01', '--l1', '0.001'],
    ['--dataset', 'circle', '--activations', 'swish,elu', '--output', 'softmin', '--epochs', '3'],
    [
      '--dataset',
      'moons',
      '--activation',
      'tanh',
      '--output',
      'log_softmax',
      '--features',
      'x,y,xSquared,sinX',
    ],
  ];
  for (const cfg of configs) {
    test(`gradcheck ${cfg.join(' ') || '(defaults)'}`, () => {
      const r = run(['gradcheck', ...cfg]);
      assert.equal(r.stderr, '');
      const m = /^max_rel_error (\S+)\n$/.exec(r.stdout);
      assert.ok(m, `output: ${r.stdout}`);
      const err = Number(m[1]);
      assert.ok(err <= 1e-3, `max_rel_error ${err}`);
      assert.equal(r.status, 0);
    });
  }
  test('gradcheck --max-params', () => {
    const r = run(['gradcheck', '--max-params', '10']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^max_rel_error \S+\n$/);
  });
}

// =================================================================================================
if (group('formula')) {
  const FAST_ADAM = ['--layers', '8', '--optimizer', 'adam', '--lr', '0.03', '--epochs', '60'];
  const sig = (u) => 1 / (1 + Math.exp(-u));
  const sp = (u) => Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
  function evalFormula(args, xs) {
    const r = run(['eval', '--formula', ...args], xs.join(' '));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const rows = parseCsv(r.stdout);
    assert.equal(rows.length, xs.length);
    return rows;
  }
  test('eval --formula: mish typed as a formula, value and exact derivative against closed forms', () => {
    const rows = evalFormula(['x*tanh(softplus(x))'], XS);
    rows.forEach(([x, y, dy], i) => {
      close(x, f32(XS[i]), 1e-8, `x`);
      const t = Math.tanh(sp(x));
      close(y, x * t, 2e-6, `mish(${x})`);
      close(dy, t + x * (1 - t * t) * sig(x), 1e-5, `mish'(${x})`);
    });
  });
  test('eval --formula with a declared parameter set by name', () => {
    const f = 'x*sigmoid(a*x); a = 1 in [0, 5]';
    const rows = evalFormula([f, '--a', '2'], XS);
    rows.forEach(([x, y, dy]) => {
      close(y, x * sig(2 * x), 2e-6, `y(${x})`);
      close(dy, sig(2 * x) + 2 * x * sig(2 * x) * (1 - sig(2 * x)), 1e-5, `dy(${x})`);
    });
    // Counterfactual: without --a the default 1 is used, which gives other numbers.
    const dflt = evalFormula([f], [1.25]);
    close(dflt[0][1], 1.25 * sig(1.25), 2e-6, 'default a');
    assert.notEqual(dflt[0][1], rows[7][1]);
  });
  test('eval --formula: IEEE results pass through (log of a negative is nan)', () => {
    const rows = evalFormula(['log(x)'], [-1, 0, 1]);
    assert.ok(Number.isNaN(rows[0][1]));
    assert.equal(rows[1][1], -Infinity);
    assert.equal(rows[2][1], 0);
    assert.equal(rows[2][2], 1);
  });
  const bad = [
    [['x*sinh(x)'], "actlab: --formula: unknown function 'sinh' at column 3; allowed: exp, log, "],
    [['tanh(x'], "actlab: --formula: missing ')' at column 7"],
    [['x + y'], "'y' at column 5 is only allowed in dataset formulas"],
    [['2x'], "unexpected 'x' at column 2"],
    [['x*a; a = 1 in [0, 5]', '--a', '9'], 'a = 9 is not allowed (allowed: 0 .. 5)'],
    [['x*a; a = 1', '--b', '1'], "unknown parameter '--b' for the formula (allowed: --a)"],
    [['x', '--a', '1'], 'it declares no parameters'],
    [[''], 'empty formula'],
  ];
  for (const [args, want] of bad) {
    test(`eval --formula ${JSON.stringify(args)} is refused with one line, exit 2`, () => {
      const r = run(['eval', '--formula', ...args], '1');
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(lines(r.stderr).length, 1, r.stderr);
      assert.ok(r.stderr.includes(want), `${r.stderr} lacks ${want}`);
    });
  }
  test('gradcheck and train with a formula activation (also in --activations)', () => {
    const g = run([
      'gradcheck',
      '--activation',
      'formula',
      '--formula',
      'x*tanh(softplus(x))',
      '--epochs',
      '2',
    ]);
    assert.equal(g.status, 0, g.stderr);
    const err = Number(/^max_rel_error (\S+)\n$/.exec(g.stdout)[1]);
    assert.ok(err <= 1e-3, `max_rel_error ${err}`);
    const t = run(['train', '--activations', 'formula,tanh', '--formula', 'x*sigmoid(x)', '--epochs', '3']);
    assert.equal(t.status, 0, t.stderr);
    const out = lines(t.stdout).map((l) => JSON.parse(l));
    const summary = out[out.length - 1];
    assert.equal(summary.summary, true);
    assert.equal(summary.diverged, false);
    assert.ok(summary.train_loss < out[0].train_loss, 'the loss falls');
  });
  test('--NAME sets a formula parameter in train and gradcheck (as for catalogue parameters)', () => {
    const SIG = 'x*sigmoid(a*x) + b; a = 1 in [0.1, 5], b = 0 in [-1, 1]';
    const base = ['--activation', 'formula', '--formula', SIG, '--epochs', '2', '--layers', '4'];
    // Not learnt, the value is the function: --a 2 trains exactly like a text declaring a = 2 ...
    const set = withoutSeconds(run(['train', ...base, '--a', '2']).stdout);
    const typed = base.map((v) => (v === SIG ? SIG.replace('a = 1', 'a = 2') : v));
    assert.equal(set, withoutSeconds(run(['train', ...typed]).stdout));
    // ... and unlike the default a = 1 (the counterfactual).
    assert.notEqual(set, withoutSeconds(run(['train', ...base]).stdout));
    // Learnt per unit, they start at the given values and the JSON names them.
    const t = train([...base, '--a', '2.5', '--learn-params', 'on', '--epochs', '0']);
    assert.equal(t.status, 0, t.stderr);
    const names = t.epochs[0].params.map((p) => `${p.layer}:${p.name}`);
    assert.deepEqual(names, ['0:a', '0:b']);
    // (the epoch-0 line is before the first step)
    assert.deepEqual(t.epochs[0].params[0].values, [2.5, 2.5, 2.5, 2.5]);
    assert.deepEqual(t.epochs[0].params[1].values, [0, 0, 0, 0]);
    // Gradient check with the parameters learnt and away from their defaults.
    const g = run(['gradcheck', ...base, '--a', '3', '--b', '-0.5', '--learn-params', 'on']);
    assert.equal(g.status, 0, g.stderr);
    const err = Number(/^max_rel_error (\S+)\n$/.exec(g.stdout)[1]);
    assert.ok(err <= 1e-3, `max_rel_error ${err}`);
  });
  for (const [args, want] of [
    [['--a', '7'], 'hidden[0].a = 7 is not allowed (allowed: 0.1 .. 5)'],
    [['--c', '1'], "unknown flag '--c' (allowed: "],
    [['--a', 'x'], '--a'],
  ]) {
    test(`a formula parameter ${args.join(' ')} is refused with one line, exit 2`, () => {
      const r = run([
        'train',
        '--activation',
        'formula',
        '--formula',
        'x*sigmoid(a*x); a = 1 in [0.1, 5]',
        ...args,
      ]);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(lines(r.stderr).length, 1, r.stderr);
      assert.ok(r.stderr.includes(want), `${r.stderr} lacks ${want}`);
    });
  }
  test('a formula that gives NaN is reported as divergence (exit 3)', () => {
    const r = run(['train', '--activation', 'formula', '--formula', 'log(x)', '--epochs', '2']);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /diverged/);
    // the cause named: the formula, at the initial weights; not the learning rate
    assert.match(r.stderr, /the activation formula 'log\(x\)' gave (NaN|-inf) at x = /);
    assert.match(r.stderr, /the learning rate is not the cause/);
    assert.doesNotMatch(r.stderr, /probably too high/);
  });
  test('the counterfactual: a finite formula blown up by the learning rate blames the learning rate', () => {
    const r = run([
      'train',
      ...['--dataset', 'plane', '--layers', '16,16', '--lr', '100', '--epochs', '50'],
      ...['--activation', 'formula', '--formula', 'tanh(x)'],
    ]);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /The learning rate \(100\.0+, optimizer sgd\) is probably too high/);
    assert.doesNotMatch(r.stderr, /activation formula/);
  });
  for (const [args, want] of [
    [['train', '--activation', 'formula'], 'the formula activation needs --formula EXPR'],
    [['train', '--formula', 'x'], '--formula applies to formula layers only'],
    [
      ['gradcheck', '--activation', 'formula', '--formula', 'x*sinh(x)'],
      "unknown function 'sinh' at column 3",
    ],
    [['train', '--activation', 'formula', '--formula', 'tanh(x'], "missing ')' at column 7"],
    [['eval', 'formula'], 'eval formula needs --formula EXPR'],
  ]) {
    test(`${args.join(' ')} is refused with one line, exit 2`, () => {
      const r = run(args, '1');
      assert.equal(r.status, 2, r.stderr);
      assert.equal(lines(r.stderr).length, 1, r.stderr);
      assert.ok(r.stderr.includes(want), `${r.stderr} lacks ${want}`);
    });
  }
  test('eval takes a name or --formula, not both', () => {
    const r = run(['eval', 'relu', '--formula', 'x'], '1');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /either an activation name or --formula/);
  });
  test('--data-formula: custom (label = [f(x, y) > 0]) and custom1d (target = f(x)) train', () => {
    const disc = train(['--dataset', 'custom', '--data-formula', 'x*x + y*y - 9', ...FAST_ADAM]);
    assert.equal(disc.status, 0, disc.stderr);
    assert.ok(disc.summary.accuracy > 0.9, `disc accuracy ${disc.summary.accuracy}`);
    const line = train(['--dataset', 'custom1d', '--data-formula', 'x/6', ...FAST_ADAM]);
    assert.equal(line.status, 0, line.stderr);
    assert.ok(line.summary.test_loss < 0.01, `x/6 test loss ${line.summary.test_loss}`);
    // The dataset's own formula is what an absent --data-formula means; another formula is other data.
    const own = train(['--dataset', 'custom', '--epochs', '2']);
    const typed = train(['--dataset', 'custom', '--data-formula', 'y - 3*sin(x)', '--epochs', '2']);
    const other = train(['--dataset', 'custom', '--data-formula', 'y + 3*sin(x)', '--epochs', '2']);
    assert.equal(withoutSeconds(own.stdout), withoutSeconds(typed.stdout));
    assert.notEqual(withoutSeconds(other.stdout), withoutSeconds(typed.stdout));
  });
  test('--data-formula mistakes: one line naming the problem, exit 2', () => {
    const cases = [
      [
        ['--dataset', 'custom', '--data-formula', 'sinh(x) - y'],
        "unknown function 'sinh' at column 1; allowed: ",
      ],
      [['--dataset', 'custom', '--data-formula', '(x + y'], "missing ')' at column"],
      [['--dataset', 'custom1d', '--data-formula', 'x + y'], "'y' at column 5 is not allowed in custom1d"],
      [['--dataset', 'custom1d', '--data-formula', 'log(x)'], ') = nan; custom1d needs a finite target'],
      [['--dataset', 'spiral', '--data-formula', 'x'], '--data-formula applies to the custom and custom1d'],
      [['--dataset', 'custom', '--data-formula', ''], '--data-formula is empty'],
      [['--dataset', 'custom', '--data-formula', 'x'.repeat(300)], 'at most 256'],
    ];
    for (const [args, mention] of cases) {
      expectUsageError(['train', ...args], '', mention);
      expectUsageError(['gradcheck', ...args], '', mention);
    }
  });
}

// =================================================================================================
if (group('errors')) {
  const cases = [
    [[], '', 'missing command'],
    [['frobnicate'], '', "unknown command 'frobnicate'"],
    [['help', 'nope'], '', 'nope'],
    [['list', '--bogus'], '', '--bogus'],
    [['list', 'extra'], '', 'extra'],
    [['list', '--json=1'], '', 'json'],
    [['eval'], '', 'allowed: identity'],
    [['eval', 'rleu'], '1', "unknown activation 'rleu' (allowed: identity, "],
    [['eval', 'relu', 'tanh'], '1', 'tanh'],
    [['eval', 'relu', '--alpha', '1'], '1', '--alpha'],
    [['eval', 'leaky_relu', '--negative_slope'], '1', 'missing value for --negative_slope'],
    [['eval', 'leaky_relu', '--negative_slope', 'abc'], '1', "'abc'"],
    [['eval', 'leaky_relu', '--negative_slope', 'nan'], '1', 'negative_slope'],
    [['eval', 'leaky_relu', '--negative_slope', '0.2x'], '1', "'0.2x'"],
    [['eval', 'relu'], '1 2 abc 4', "'abc'"],
    [['eval', 'relu'], '1,2', "'1,2'"],
    [['eval', 'relu'], '1e999', '1e999'],
    [['eval', 'maxout'], '1 2', 'maxout'],
    [['eval', 'relu', '-x'], '1', '-x'],
    [['train', '--dataset', 'spirals'], '', "unknown dataset 'spirals' (allowed: xor, "],
    [['train', '--activation', 'rleu'], '', "unknown activation 'rleu'"],
    [['train', '--activations', 'tanh,rleu', '--layers', '2,2'], '', "'rleu'"],
    [['train', '--activations', 'tanh'], '', '--activations'],
    [['train', '--activation', 'tanh', '--activations', 'tanh,tanh'], '', 'either'],
    [['train', '--activation', 'softmax'], '', 'hidden[0].act'],
    [['train', '--optimizer', 'adamw'], '', "unknown optimizer 'adamw' (allowed: sgd, "],
    [['train', '--init', 'glorot'], '', "unknown init 'glorot'"],
    [['train', '--output', 'relu'], '', "unknown output 'relu'"],
    [['train', '--features', 'x,z'], '', "unknown feature 'z'"],
    [['train', '--features', ''], '', 'features'],
    [['train', '--output', ''], '', "unknown output ''"],
    [['train', '--activation', ''], '', "unknown activation ''"],
    [['train', '--dataset', ''], '', "unknown dataset ''"],
    [['train', '--layers', '8,x'], '', "'x'"],
    [['train', '--layers', '1,1,1,1,1,1,1,1,1'], '', '9 hidden layers'],
    [['train', '--layers', '65'], '', 'hidden[0].units'],
    [['train', '--layers', '8,0'], '', 'hidden[1].units'],
    [['train', '--lr', '0'], '', 'lr'],
    [['train', '--lr', 'abc'], '', '--lr'],
    [['train', '--lr', 'nan'], '', '--lr'],
    [['train', '--lr', 'inf'], '', '--lr'],
    [['train', '--lr', '1e40'], '', '--lr'],
    [['train', '--lr'], '', 'missing value for --lr'],
    [['train', '--batch', '0'], '', 'batch'],
    [['train', '--batch', '2.5'], '', '--batch'],
    [['train', '--batch', '100000'], '', 'batch'],
    [['train', '--epochs', '-1'], '', '--epochs'],
    [['train', '--points', '3'], '', 'points'],
    [['train', '--points', '99999999999'], '', '--points'],
    [['train', '--noise', '0.6'], '', 'noise'],
    [['train', '--train-ratio', '0.95'], '', 'train_ratio'],
    [['train', '--classes', '6'], '', 'classes'],
    [['train', '--classes', '3', '--dataset', 'xor'], '', 'classes'],
    [['train', '--classes', '2', '--dataset', 'plane'], '', '--classes'],
    [['train', '--seed', '-1'], '', '--seed'],
    [['train', '--data-seed', '1.5'], '', '--data-seed'],
    [['train', '--dropout', '0.95'], '', 'dropout'],
    [['train', '--momentum', '1'], '', 'momentum'],
    [['train', '--beta2', '1'], '', 'beta2'],
    [['train', '--eps', '0'], '', 'eps'],
    [['train', '--l1', '-1'], '', 'l1'],
    [['train', '--l2', '11'], '', 'l2'],
    [['train', '--clip', '-1'], '', 'clip'],
    [['train', '--init-scale', '0'], '', 'init_scale'],
    [['train', '--maxout-k', '3'], '', 'maxout'],
    [['train', '--activation', 'maxout', '--maxout-k', '9'], '', 'maxout_k'],
    [['train', '--learn-params', 'yes'], '', 'on, off'],
    [['train', '--output', 'identity'], '', 'output'],
    [['train', '--output', 'softmax', '--dataset', 'plane'], '', 'output'],
    [['train', '--output', 'sigmoid', '--classes', '3'], '', 'output'],
    [['train', '--dataset', 'sine1d', '--features', 'x,y'], '', 'features'],
    [['train', '--negative_slope', '0.2'], '', "'--negative_slope'"],
    [['train', '--activation', 'leaky_relu', '--negative_slope', '5'], '', 'negative_slope'],
    [['train', '--bogus', '1'], '', "unknown flag '--bogus' (allowed: --dataset, "],
    [['train', 'spiral'], '', "'spiral'"],
    [['gradcheck', '--bogus', '1'], '', '--bogus'],
    [['gradcheck', '--max-params', '-1'], '', '--max-params'],
    [['bench', '--bogus'], '', '--bogus'],
    [['bench', '--min-time', '0'], '', '--min-time'],
  ];
  test('bad input: exit 2, exactly one line on stderr naming the problem, nothing on stdout', () => {
    for (const [args, input, mention] of cases) expectUsageError(args, input, mention);
  });

  test('error lines name the allowed values', () => {
    const line = expectUsageError(['eval', 'rleu'], '1');
    for (const name of ALL) assert.ok(line.includes(name), `${name} missing from: ${line}`);
    const lr = expectUsageError(['train', '--lr', '0']);
    assert.match(lr, /lr = 0 .*allowed/);
    const units = expectUsageError(['train', '--layers', '65']);
    assert.match(units, /1 \.\. 64/);
  });

  // Found by tests/fuzz/fuzz_cli_args: the user's text was echoed raw, so a newline or carriage return
  // in an argument split the message over lines. It is now shortened to 40 characters, controls as spaces.
  test('a hostile argument is quoted on one short line', () => {
    expectUsageError(['train', '--dataset', 'spi\nral'], '', "unknown dataset 'spi ral' (allowed: xor, ");
    expectUsageError(['train', '\r-x'], '', "unexpected argument ' -x'");
    expectUsageError(['frob\nnicate'], '', "unknown command 'frob nicate'");
    expectUsageError(['train', '--lr'.padEnd(200, 'r')], '', 'missing value for --lrrr');
    const long = expectUsageError(['train', '--activation', 'x'.repeat(500)]);
    assert.ok(long.includes(`'${'x'.repeat(40)}...'`), long);
    assert.ok(!long.includes('x'.repeat(41)), long);
  });
}

// =================================================================================================
if (group('bench')) {
  test('bench --json: rates, backend and every element-wise kernel', () => {
    const r = run(['bench', '--json', '--min-time', '0.02']);
    assert.equal(r.status, 0, r.stderr);
    const b = JSON.parse(r.stdout);
    assert.ok(b.train_samples_per_s > 1000, `train ${b.train_samples_per_s}`);
    assert.ok(b.grid_points_per_s > 1000, `grid ${b.grid_points_per_s}`);
    assert.equal(typeof b.backend, 'string');
    if (opts.backend) assert.equal(b.backend, opts.backend);
    assert.deepEqual(
      b.activations.map((a) => a.name),
      ELEMENTWISE,
    );
    for (const a of b.activations) {
      assert.ok(a.simd_elems_per_s > 0 && a.ref_elems_per_s > 0, a.name);
      close(a.speedup, a.simd_elems_per_s / a.ref_elems_per_s, 1e-6, a.name);
    }
    // Formula rows: the same training with the activation typed as a formula, beside the built-in.
    assert.deepEqual(
      b.formulas.map((f) => [f.formula, f.builtin]),
      [
        ['tanh(x)', 'tanh'],
        ['x*sigmoid(x)', 'silu'],
        ['x*tanh(softplus(x))', 'mish'],
      ],
    );
    for (const f of b.formulas) {
      assert.ok(f.formula_samples_per_s > 0 && f.builtin_samples_per_s > 0, f.formula);
      close(f.ratio, f.formula_samples_per_s / f.builtin_samples_per_s, 1e-6, f.formula);
    }
  });
  test('bench table', () => {
    const r = run(['bench', '--min-time', '0.02']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /training\s+[0-9.]+ M samples\/s/);
    assert.match(r.stdout, /grid evaluation\s+[0-9.]+ M points\/s/);
    for (const name of ELEMENTWISE) assert.match(r.stdout, new RegExp(`^${name}\\s+[0-9.]+\\s+[0-9.]+`, 'm'));
    assert.match(r.stdout, /^x\*tanh\(softplus\(x\)\)\s+mish\s+[0-9.]+\s+[0-9.]+\s+[0-9.]+x$/m);
  });
}

// =================================================================================================
if (group('help')) {
  test('--help, help, help train, train --help: usage on stdout, exit 0', () => {
    for (const args of [
      ['--help'],
      ['help'],
      ['help', 'train'],
      ['train', '--help'],
      ['eval', 'relu', '--help'],
    ]) {
      const r = run(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /^usage:/m);
      assert.match(r.stdout, /--dataset/);
      assert.equal(r.stderr, '');
    }
  });
  test('help names the formula: --formula EXPR and the activation formula, as train/gradcheck/export take them', () => {
    const r = run(['help']);
    assert.equal(r.status, 0);
    const at = r.stdout.indexOf('train / gradcheck / export flags');
    assert.ok(at > 0, r.stdout);
    const flags = r.stdout.slice(at);
    assert.match(flags, /^ {2}--formula EXPR {2,}\S/m);
    // the --activation entry (up to the next flag) offers formula beside the catalogue rows
    const activation = /^ {2}--activation NAME[^]*?(?=^ {2}--)/m.exec(flags);
    assert.ok(activation, flags);
    assert.match(activation[0], /\bformula\b/);
    // What the help lists, the commands take.
    const f = ['--activation', 'formula', '--formula', 'x*sigmoid(a*x); a = 1 in [0.1, 5]', '--a', '2'];
    for (const args of [
      ['train', ...f, '--epochs', '1', '--points', '40'],
      ['gradcheck', ...f, '--points', '40', '--max-params', '20'],
      ['export', '--format', 'numpy', ...f, '--epochs', '1', '--points', '40'],
    ]) {
      const c = run(args);
      assert.equal(c.status, 0, `${args.join(' ')}: ${c.stderr}`);
    }
  });
}
