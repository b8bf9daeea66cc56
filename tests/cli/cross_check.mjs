// cross_check.mjs — the native and the WASM build train the same network to the same loss.
//
//   node tests/cli/cross_check.mjs <native actlab> <actlab.js>
//
// Runs the same `actlab train` configurations with both builds and requires every epoch's train_loss
// to agree within 1e-4 (relative, floor 1) up to epoch 100. Bit-identity is not expected: native code
// may contract multiply-adds where wasm128 cannot, and libm differs in the last ulp. The scripts of
// `actlab export` for the same configurations must be identical text.
import { spawnSync } from 'node:child_process';

const [nativeCli, wasmJs] = process.argv.slice(2);
if (!nativeCli || !wasmJs) {
  console.error('usage: node cross_check.mjs <native actlab> <wasm actlab.js>');
  process.exit(2);
}

const TOLERANCE = 1e-4;
const CONFIGS = [
  ['--dataset', 'spiral', '--activation', 'tanh', '--layers', '8,8', '--epochs', '100'],
  [
    '--dataset',
    'spiral',
    '--activation',
    'relu',
    '--layers',
    '8,8',
    '--optimizer',
    'adam',
    '--lr',
    '0.01',
    '--epochs',
    '100',
  ],
  [
    '--dataset',
    'circle',
    '--activation',
    'gelu',
    '--layers',
    '6,6',
    '--classes',
    '2',
    '--output',
    'softmax',
    '--optimizer',
    'momentum',
    '--noise',
    '0.2',
    '--epochs',
    '100',
  ],
];

// Every dataset the CLI offers (its help text is the list), a short run each with noise: the data, its
// shuffle and split must be the same points in the same order in both builds. (Emscripten's SLP
// vectorizer once reordered gen_xor's draws in WASM only; the spiral and circle runs above missed it.)
function datasets() {
  const r = spawnSync(nativeCli, ['help'], { encoding: 'utf8' });
  const m = /--dataset NAME\s+([\s\S]*?)\[/.exec(r.stdout ?? '');
  if (!m) throw new Error('actlab help does not list the datasets after --dataset NAME');
  return m[1].split(/[,\s]+/).filter(Boolean);
}
for (const name of datasets())
  CONFIGS.push(['--dataset', name, '--noise', '0.2', '--layers', '6', '--epochs', '5']);

function train(cmd, args) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), 'train', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`${cmd.join(' ')} train ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((o) => !o.summary);
}

let failures = 0;
for (const args of CONFIGS) {
  const a = train([nativeCli], args);
  const b = train(['node', '--no-experimental-fetch', wasmJs], args);
  let worst = 0,
    worstEpoch = -1;
  if (a.length !== b.length) {
    console.log(`FAIL  ${args.join(' ')}: ${a.length} native epochs vs ${b.length} wasm epochs`);
    failures++;
    continue;
  }
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i].train_loss - b[i].train_loss) / Math.max(1, Math.abs(a[i].train_loss));
    if (!(d <= worst)) [worst, worstEpoch] = [d, a[i].epoch];
  }
  const last = a.length - 1;
  const ok = worst <= TOLERANCE;
  failures += ok ? 0 : 1;
  const where =
    worst === 0
      ? 'identical at every epoch'
      : `max difference ${worst.toExponential(2)} at epoch ${worstEpoch}`;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'}  ${args.join(' ')}\n      epoch ${a[last].epoch}: native ${a[last].train_loss}` +
      `, wasm ${b[last].train_loss}; ${where} (tolerance ${TOLERANCE})`,
  );
}
// `actlab export` (the web's exportCode is the same generator) prints the same script in both builds.
function exported(cmd, format, args) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), 'export', '--format', format, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`${cmd.join(' ')} export ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}
for (const args of CONFIGS) {
  for (const format of ['numpy', 'pytorch']) {
    const same =
      exported([nativeCli], format, args) ===
      exported(['node', '--no-experimental-fetch', wasmJs], format, args);
    failures += same ? 0 : 1;
    console.log(
      `${same ? 'ok  ' : 'FAIL'}  export --format ${format} ${args.join(' ')}: ${same ? 'same' : 'different'} script`,
    );
  }
}

console.log(
  failures
    ? `cross_check: ${failures} of ${CONFIGS.length} configurations differ`
    : `cross_check: all ${CONFIGS.length} configurations agree`,
);
process.exit(failures ? 1 : 0);
