// export_test.mjs — `actlab export` against `actlab train`: the exported NumPy and PyTorch scripts run
// under Debian's Python (/usr/bin/python3 with python3-numpy and python3-torch) and must print the same
// per-epoch train and test losses as the C++ core, to relative 1e-3 over 20 epochs.
//
//   node tests/cli/export_test.mjs -- build/native/actlab
//
// The PyTorch script computes every gradient with autograd and steps torch.optim, so it is an
// independent reference for the core's backprop and optimisers; the NumPy script re-derives backprop
// by hand. The configurations below cover every activation, head, optimiser, initialiser and
// regulariser the CLI accepts (checked against the X-macro tables in cpp/core), and every dataset;
// every activation with parameters runs both with learnt (per-unit tensors) and fixed parameters.
// Counterfactuals: a script with a perturbed learning rate, batch order or activation derivative
// must NOT match, so the comparison can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
if (dashdash < 0 || dashdash === argv.length - 1) {
  console.error('usage: node export_test.mjs -- <actlab command...>');
  process.exit(2);
}
const CMD = argv.slice(dashdash + 1);
// Debian's python3 owns python3-numpy / python3-torch; another python3 may come first on PATH.
const PYTHON = process.env.ACTLAB_PYTHON || '/usr/bin/python3';
const EPOCHS = 20;
const REL_TOL = 1e-3;

function actlab(args) {
  const r = spawnSync(CMD[0], [...CMD.slice(1), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

function python(script) {
  return new Promise((resolve, reject) => {
    const p = spawn(PYTHON, ['-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (status) => resolve({ status, stdout: out, stderr: err }));
    p.stdin.end(script);
  });
}

const jsonLines = (text) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));

// ---- the tables the configurations must cover, read from the core's sources ---------------------------
const src = (path) => readFileSync(new URL(`../../cpp/core/${path}`, import.meta.url), 'utf8');
function xmacro(text, name) {
  const start = text.indexOf(`#define ${name}(X)`);
  assert.ok(start >= 0, `${name} not found`);
  let body = '';
  for (const line of text.slice(start).split('\n')) {
    body += line;
    if (!line.trimEnd().endsWith('\\')) break;
  }
  return [...body.matchAll(/X\((\w+)[,)]/g)].map((m) => m[1]);
}
const ACTIVATIONS = [...xmacro(src('activations.h'), 'ACTLAB_ELEMENTWISE_ACTIVATIONS'), 'maxout', 'formula'];
const HEADS = xmacro(src('config.h'), 'ACTLAB_OUTPUTS');
const INITS = xmacro(src('config.h'), 'ACTLAB_INITS');
const OPTIMIZERS = xmacro(src('config.h'), 'ACTLAB_OPTIMIZERS');
const DATASETS = xmacro(src('dataset.h'), 'ACTLAB_DATASETS').map((d) => d.replace(/_$/, ''));
const REGULARISERS = ['l1', 'l2', 'clip', 'dropout', 'learn-params'];

// ---- configurations: one per optimiser, the activations spread over them ------------------------------
// Small nets (4 units per layer) and 200 points keep each script well under a second of compute.
const common = ['--points', '200', '--epochs', String(EPOCHS)];
const CONFIGS = [
  {
    name: 'sgd',
    flags: [
      '--dataset',
      'xor',
      '--noise',
      '0.1',
      '--layers',
      '4,4,4,4',
      '--activations',
      'identity,threshold,sigmoid,tanh',
      '--threshold',
      '-0.5',
      '--value',
      '-1',
      '--output',
      'tanh',
      '--init',
      'xavier_uniform',
      '--optimizer',
      'sgd',
      '--lr',
      '0.1',
      '--l2',
      '0.001',
      '--learn-params',
      'on',
    ],
  },
  {
    name: 'momentum',
    flags: [
      '--dataset',
      'circle',
      '--features',
      'x,y,xSquared,ySquared',
      '--layers',
      '4,4,4,4,4',
      '--activations',
      'relu,leaky_relu,prelu,elu,selu',
      '--negative_slope',
      '0.1',
      '--alpha',
      '0.8',
      '--learn-params',
      'on',
      '--output',
      'sigmoid',
      '--init',
      'he_uniform',
      '--optimizer',
      'momentum',
      '--momentum',
      '0.8',
      '--lr',
      '0.01',
      '--l1',
      '0.001',
      '--seed',
      '7',
    ],
  },
  {
    name: 'nesterov',
    flags: [
      '--dataset',
      'spiral',
      '--classes',
      '3',
      '--features',
      'x,y,xSquared,ySquared,xTimesY,sinX,sinY',
      '--layers',
      '4,4,4,4,4',
      '--activations',
      'celu,gelu,gelu_tanh,silu,swish',
      '--learn-params',
      'on',
      '--output',
      'softmax',
      '--init',
      'xavier_normal',
      '--optimizer',
      'nesterov',
      '--lr',
      '0.02',
      '--clip',
      '0.5',
    ],
  },
  {
    name: 'rmsprop',
    flags: [
      '--dataset',
      'gauss',
      '--noise',
      '0.2',
      '--layers',
      '4,4,4,4,4',
      '--activations',
      'mish,softplus,softsign,hardtanh,hardsigmoid',
      '--beta',
      '2',
      '--threshold',
      '5',
      '--min_val',
      '-0.8',
      '--max_val',
      '0.9',
      '--learn-params',
      'on',
      '--output',
      'log_softmax',
      '--init',
      'he_normal',
      '--optimizer',
      'rmsprop',
      '--rho',
      '0.95',
      '--lr',
      '0.003',
      '--data-seed',
      '5',
    ],
  },
  {
    name: 'adam',
    flags: [
      '--dataset',
      'moons',
      '--noise',
      '0.1',
      '--layers',
      '4,4,4,4,4',
      '--activations',
      'hardswish,relu6,logsigmoid,tanhshrink,softshrink',
      '--lambda',
      '0.2',
      '--learn-params',
      'on',
      '--output',
      'softmin',
      '--init',
      'lecun_normal',
      '--optimizer',
      'adam',
      '--lr',
      '0.005',
      '--beta1',
      '0.8',
      '--dropout',
      '0.2',
      '--train-ratio',
      '0.6',
    ],
  },
  {
    name: 'adagrad',
    flags: [
      '--dataset',
      'plane',
      '--layers',
      '4,4,4,4,4,4,4',
      '--activations',
      'hardshrink,sine,ncu,gcu,gaussian,centred_sigmoid,maxout',
      '--lambda',
      '0.1',
      '--maxout-k',
      '3',
      '--output',
      'identity',
      '--init',
      'uniform',
      '--init-scale',
      '0.6',
      '--optimizer',
      'adagrad',
      '--lr',
      '0.05',
      '--l1',
      '0.0005',
      '--l2',
      '0.002',
      '--learn-params',
      'on',
    ],
  },
  // The same parameterised activations with fixed parameters: PyTorch's own functions
  // (F.threshold, F.leaky_relu, F.elu, F.celu, F.softplus, F.hardtanh, F.softshrink, F.hardshrink).
  {
    name: 'fixed parameters 1',
    flags: [
      '--dataset',
      'xor',
      '--layers',
      '6,6,6,6',
      '--activations',
      'threshold,leaky_relu,elu,celu',
      '--value',
      '-1',
      '--learn-params',
      'off',
      '--output',
      'sigmoid',
      '--optimizer',
      'momentum',
      '--lr',
      '0.005',
    ],
  },
  {
    name: 'fixed parameters 2',
    flags: [
      '--dataset',
      'xor',
      '--layers',
      '6,6,6,6',
      '--activations',
      'softplus,hardtanh,softshrink,hardshrink',
      '--lambda',
      '0.2',
      '--learn-params',
      'off',
      '--output',
      'sigmoid',
      '--optimizer',
      'momentum',
      '--lr',
      '0.01',
    ],
  },
  // The student's formula activation (NumPy: its compiled program printed with forward-mode
  // derivatives; PyTorch: printed once, autograd), every function of the language, learnt a and b
  // started away from their declared defaults.
  {
    name: 'formula',
    flags: [
      '--dataset',
      'spiral',
      '--layers',
      '5,5',
      '--activations',
      'formula,formula',
      '--formula',
      'a*x*sigmoid(b*x) + 0.1*max(x,0)^2 - 0.05*min(abs(x),1) + 0.1*log1p(x^2)*cos(x) + 0.05*erf(x)*exp(-x^2)' +
        ' + 0.1*tanh(x)/(1+x^2) + 0.05*softplus(x)*step(x) + 0.01*tan(0.3*sin(x)) + 0.05*sqrt(1+x^2)^b;a=1,b=1.5',
      // start values away from the declared defaults (the sliders, actParams=)
      '--a',
      '0.7',
      '--b',
      '2',
      '--learn-params',
      'on',
      '--optimizer',
      'adam',
      '--lr',
      '0.01',
    ],
  },
  {
    name: 'step, zeros, tanh regression',
    flags: [
      '--dataset',
      'sine1d',
      '--noise',
      '0.1',
      '--layers',
      '6',
      '--activation',
      'step',
      '--output',
      'tanh',
      '--init',
      'zeros',
      '--optimizer',
      'sgd',
      '--lr',
      '0.05',
      '--batch',
      '7',
    ],
  },
  {
    name: 'custom: the class is the sign of a typed formula of x and y',
    flags: [
      '--dataset',
      'custom',
      '--data-formula',
      'y - a*sin(x) + 0.1*x^2; a = 2 in [0, 5]',
      '--noise',
      '0.1',
      '--layers',
      '5',
      '--activation',
      'tanh',
      '--optimizer',
      'adam',
      '--lr',
      '0.02',
    ],
  },
  {
    name: 'custom1d: a typed target with erf and step',
    flags: [
      '--dataset',
      'custom1d',
      '--data-formula',
      'erf(x/2) + 0.2*step(x - 1)',
      '--noise',
      '0.05',
      '--layers',
      '5',
      '--activation',
      'tanh',
      '--optimizer',
      'adam',
      '--lr',
      '0.02',
    ],
  },
  {
    name: 'checkerboard, maxout, full batch',
    flags: [
      '--dataset',
      'checkerboard',
      '--layers',
      '6,6',
      '--activations',
      'maxout,tanh',
      '--maxout-k',
      '2',
      '--output',
      'sigmoid',
      '--optimizer',
      'adam',
      '--lr',
      '0.01',
      '--batch',
      '100',
    ],
  },
  {
    name: 'xor4',
    flags: [
      '--dataset',
      'xor4',
      '--layers',
      '3',
      '--activation',
      'tanh',
      '--optimizer',
      'momentum',
      '--lr',
      '0.1',
    ],
    points: false,
  },
];

const flagsOf = (c) =>
  c.points === false ? ['--epochs', String(EPOCHS), ...c.flags] : [...common, ...c.flags];
function flagValues(name) {
  const out = [];
  for (const c of CONFIGS) {
    const f = c.flags;
    for (let i = 0; i < f.length - 1; ++i) if (f[i] === `--${name}`) out.push(...f[i + 1].split(','));
  }
  return out;
}

// Largest relative difference of train_loss / test_loss over all epochs (Infinity on a shape mismatch).
function worst(ref, got) {
  if (ref.length !== got.length) return Infinity;
  let w = 0;
  for (let e = 0; e < ref.length; ++e) {
    if (ref[e].epoch !== got[e].epoch) return Infinity;
    for (const k of ['train_loss', 'test_loss']) {
      const a = ref[e][k];
      const b = got[e][k];
      const d = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);
      w = Math.max(w, Number.isFinite(d) ? d : Infinity);
    }
  }
  return w;
}

// ---- the tests ---------------------------------------------------------------------------------------------
test('the configurations cover every activation, head, optimiser, init, regulariser and dataset', () => {
  const covered = (name, all) =>
    assert.deepEqual([...new Set(flagValues(name))].sort(), [...all].sort(), name);
  const acts = new Set([...flagValues('activations'), ...flagValues('activation')]);
  assert.deepEqual([...acts].sort(), [...ACTIVATIONS].sort(), 'activations');
  covered('output', HEADS);
  covered('optimizer', OPTIMIZERS);
  const inits = new Set([...flagValues('init'), 'xavier_uniform']); // the default, where --init is absent
  assert.deepEqual([...inits].sort(), [...INITS].sort(), 'init');
  covered('dataset', DATASETS);
  for (const r of REGULARISERS) assert.ok(flagValues(r).length > 0, `no configuration uses --${r}`);
});

test('export: bad flags give one line and exit 2', () => {
  for (const [args, needle] of [
    [[], 'missing --format'],
    [['--format', 'jax'], "unknown format 'jax'"],
    [['--format', 'numpy', '--optimizer', 'lbfgs'], "unknown optimizer 'lbfgs'"],
    [['--format', 'pytorch', '--lr', '-1'], 'lr = -1 is not allowed'],
    [['--format', 'numpy', '--bogus', '1'], "unknown flag '--bogus'"],
    [['--format', 'pytorch', '--activation', 'formula', '--formula', 'x*np;np=1'], "'np' is a Python name"],
  ]) {
    const r = actlab(['export', ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.ok(r.stderr.includes(needle), r.stderr);
  }
});

const scripts = new Map(); // "name/format" -> script text, reused by the counterfactuals
const references = new Map(); // name -> actlab train's per-epoch lines

test(
  'exported NumPy and PyTorch scripts match actlab train epoch by epoch',
  { concurrency: 2 },
  async (t) => {
    const runs = [];
    for (const c of CONFIGS) {
      const train = actlab(['train', ...flagsOf(c)]);
      assert.equal(train.status, 0, `${c.name}: actlab train failed: ${train.stderr}`);
      const ref = jsonLines(train.stdout).filter((l) => !l.summary);
      assert.equal(ref.length, EPOCHS + 1, c.name);
      // The run must actually learn something, or agreement would be empty.
      assert.ok(
        Math.abs(ref[EPOCHS].train_loss - ref[0].train_loss) > 1e-3 * ref[0].train_loss,
        `${c.name}: no learning`,
      );
      references.set(c.name, ref);
      for (const format of ['numpy', 'pytorch']) {
        const exp = actlab(['export', '--format', format, ...flagsOf(c)]);
        assert.equal(exp.status, 0, `${c.name}: export failed: ${exp.stderr}`);
        scripts.set(`${c.name}/${format}`, exp.stdout);
        runs.push(
          t.test(`${c.name} (${format})`, async () => {
            const py = await python(exp.stdout);
            assert.equal(py.status, 0, `${c.name} ${format}: python failed:\n${py.stderr}`);
            const got = jsonLines(py.stdout);
            const w = worst(ref, got);
            t.diagnostic(`${c.name} ${format}: max relative loss difference ${w.toExponential(2)}`);
            assert.ok(w <= REL_TOL, `${c.name} ${format}: max relative difference ${w} > ${REL_TOL}`);
            for (let e = 0; e <= EPOCHS; ++e) {
              if (ref[e].accuracy === null) assert.equal(got[e].accuracy, null);
              else
                assert.ok(
                  Math.abs(got[e].accuracy - ref[e].accuracy) <= 0.02,
                  `${c.name} epoch ${e} accuracy`,
                );
            }
          }),
        );
      }
    }
    await Promise.all(runs);
  },
);

test('counterfactual: a perturbed script does not match', { concurrency: 2 }, async (t) => {
  const cases = [
    // The learning rate 2 % higher.
    ['sgd', 'numpy', (s) => s.replace(/^LR = (.*)$/m, 'LR = $1 * 1.02')],
    // Another batch order: the shuffle generator seeded differently.
    ['nesterov', 'pytorch', (s) => s.replace('Rng(SEED ^ 0x5348554646)', 'Rng(SEED ^ 0x5348554647)')],
    // A wrong derivative of tanh in the hand-written backprop: 1 - 0.9 y^2 (not a constant factor,
    // which Adam would cancel).
    ['checkerboard, maxout, full batch', 'numpy', (s) => s.replace('1.0 - y * y,', '1.0 - 0.9 * y * y,')],
    // Dropout masks from another stream.
    ['adam', 'pytorch', (s) => s.replace('Rng(SEED ^ 0x44524F50)', 'Rng(SEED ^ 0x44524F51)')],
  ];
  await Promise.all(
    cases.map(([name, format, perturb]) =>
      t.test(`${name} (${format})`, async () => {
        const original = scripts.get(`${name}/${format}`);
        assert.ok(original, `no exported script for ${name}/${format}`);
        const changed = perturb(original);
        assert.notEqual(changed, original, 'the perturbation did not apply');
        const py = await python(changed);
        assert.equal(py.status, 0, py.stderr);
        const w = worst(references.get(name), jsonLines(py.stdout));
        t.diagnostic(`${name} ${format} perturbed: max relative loss difference ${w.toExponential(2)}`);
        assert.ok(w > REL_TOL, `${name} ${format}: the perturbed script still matches (max difference ${w})`);
      }),
    ),
  );
});
