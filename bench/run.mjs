// run.mjs — `npm run bench`: ActLab against the scalar-JS baseline and the npm peers, side by side.
//
//   node bench/run.mjs [--rounds N] [--only id,id...] [--json] [--no-build | --rebuild]
//                      [--update-readme] [--native-dir DIR] [--wasm-dir DIR]
//
// 1. Builds ActLab's CLI (native and WASM) and its Node module if they are missing (CMake presets;
//    --rebuild: always, incrementally, so no stale binary is measured), and the page (dist/) when it
//    is missing or older than its sources.
// 2. Runs every job in its own process, one at a time, round-robin for N rounds (the starting job
//    rotates each round so no peer always runs first or last). The `browser` job is bench/browser.mjs:
//    the page in Debian's headless Chromium.
// 3. Prints Markdown tables (or --json): medians with min–max across rounds, ratios to the scalar-JS
//    baseline, the issue's targets met or missed. Nothing here asserts a time.

import { fork, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { PEERS } from './js/peers/index.mjs';
import { buildReport, markdown } from './js/report.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const rel = (p) => path.relative(ROOT, p) || '.';
const log = (msg) => process.stderr.write(`${msg}\n`);
const JOB_TIMEOUT_MS = 240_000;
// ActLab's CLI takes the median of 3 runs of --min-time s per figure (kernels: a twentieth of it);
// 0.5 s keeps one call near 7 s, so 3 builds x 3 rounds fit the ~5 minute budget.
const CLI_BENCH = ['bench', '--json', '--min-time', '0.5'];

function usageError(msg) {
  log(`bench: ${msg}`);
  process.exit(2);
}

function options(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        rounds: { type: 'string', default: '3' },
        only: { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        rebuild: { type: 'boolean', default: false },
        'update-readme': { type: 'boolean', default: false },
        'native-dir': { type: 'string', default: 'build/native' },
        'wasm-dir': { type: 'string', default: 'build/wasm' },
      },
    }).values;
  } catch (e) {
    usageError(
      `${e.message} (options: --rounds N, --only ids, --json, --no-build, --rebuild, --update-readme, --native-dir DIR, --wasm-dir DIR)`,
    );
  }
  if (parsed['no-build'] && parsed.rebuild) usageError('--no-build and --rebuild contradict each other');
  const rounds = Number(parsed.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50)
    usageError(`--rounds ${parsed.rounds}: expected an integer 1..50`);
  return {
    ...parsed,
    rounds,
    nativeDir: path.resolve(ROOT, parsed['native-dir']),
    wasmDir: path.resolve(ROOT, parsed['wasm-dir']),
  };
}

// ---- ActLab's build ----------------------------------------------------------------------------------

/**
 * Builds `targets` with CMake preset `preset` into `dir` unless every one of `files` exists there.
 * Returns null when nothing failed, else why (shown in the rows that need those files).
 */
function ensureBuilt({ preset, dir, files, targets }, { build, rebuild }) {
  const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length === 0 && !rebuild) return null;
  if (!build) return '--no-build';
  log(`bench: building ${targets.join(', ')} (cmake preset ${preset} in ${rel(dir)}) ...`);
  const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
  const steps = [
    ['cmake', ['--preset', preset, '-B', dir]],
    ['cmake', ['--build', dir, '-j', '2', '--target', ...targets]],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) {
      const text = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`.trim().split('\n');
      log(text.slice(-15).join('\n'));
      const first = text.find((l) => /error/i.test(l)) ?? text.at(-1) ?? '';
      return `build failed: ${first.trim().slice(0, 160)}`;
    }
  }
  return null;
}

// ---- jobs ------------------------------------------------------------------------------------------------

function jobList(opt) {
  const wasm = (f) => path.join(opt.wasmDir, f);
  const cli = (id, label, cmd, notes) => ({ id, label, kind: 'cli', cmd, notes });
  const child = (id, peer, workloads, label) => ({
    id,
    kind: 'child',
    peer,
    workloads,
    label: label ?? PEERS[peer].label,
    notes: PEERS[peer].notes ?? '',
  });
  return [
    cli(
      'actlab-wasm-simd',
      'ActLab WASM SIMD (CLI, Node)',
      [process.execPath, '--no-experimental-fetch', wasm('actlab.js'), ...CLI_BENCH],
      '`actlab bench --json`',
    ),
    cli(
      'actlab-wasm-nosimd',
      'ActLab WASM without SIMD (CLI, Node)',
      [process.execPath, '--no-experimental-fetch', wasm('actlab-nosimd.js'), ...CLI_BENCH],
      '`actlab bench --json`',
    ),
    cli(
      'actlab-native',
      'ActLab native (CLI)',
      [path.join(opt.nativeDir, 'actlab'), ...CLI_BENCH],
      '`actlab bench --json`, g++ -O3',
    ),
    child('actlab-module', 'actlab-module', 'standard,largest'),
    child('js-baseline', 'js-baseline', 'standard,largest'),
    child('tfjs-wasm', 'tfjs-wasm', 'standard,largest'),
    child('tfjs-cpu', 'tfjs-cpu', 'standard,largest'),
    child('brain.js', 'brain.js', 'standard,largest'),
    child('convnetjs', 'convnetjs', 'standard,largest'),
    child('js-baseline/scale', 'js-baseline', 'scale', 'Scalar JS baseline, scale'),
    child('actlab-module/scale', 'actlab-module', 'scale', 'ActLab module, scale'),
    // Chromium's CPU share is not one core's: browser.mjs reports its own (chromium_cores).
    {
      ...cli(
        'browser',
        'ActLab page in headless Chromium',
        [process.execPath, path.join(ROOT, 'bench/browser.mjs'), '--json', '--dist', DIST],
        '`bench/browser.mjs`',
      ),
      cpuShare: false,
      // pace, time to loss and three sizes with latency: ~2 min idle, far longer on a loaded machine
      timeoutMs: 1_200_000,
    },
  ];
}

/** Runs a Node child (bench/js/child.mjs); resolves { ok, result | error }. */
function runChild(job, env) {
  return new Promise((resolve) => {
    const proc = fork(path.join(ROOT, 'bench/js/child.mjs'), [job.peer, job.workloads], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let message = null;
    proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    proc.on('message', (m) => (message = m));
    const timer = setTimeout(() => proc.kill('SIGKILL'), job.timeoutMs ?? JOB_TIMEOUT_MS);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (message)
        resolve(message.ok ? { ok: true, result: message.result } : { ok: false, error: message.error });
      else
        resolve({
          ok: false,
          error: signal
            ? `killed by ${signal} (timeout ${(job.timeoutMs ?? JOB_TIMEOUT_MS) / 1e3} s?)`
            : `exit ${code}: ${lastLine(stderr)}`,
        });
    });
  });
}

/**
 * Runs an ActLab CLI; its stdout must hold one JSON object (the last line that parses as one).
 * It runs under `sh -c '...; times'` so the shell reports the CLI's CPU time: cpu_share = CPU / wall,
 * the same disturbance measure the Node children report.
 */
function runCli(job) {
  return new Promise((resolve) => {
    const script = '"$0" "$@"; s=$?; times >&2; exit $s';
    const t0 = performance.now();
    const proc = spawn('/bin/sh', ['-c', script, ...job.cmd], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '',
      stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => proc.kill('SIGKILL'), job.timeoutMs ?? JOB_TIMEOUT_MS);
    proc.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: e.message });
    });
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0)
        return resolve({
          ok: false,
          error: signal ? `killed by ${signal}` : `exit ${code}: ${lastLine(stderr.replace(TIMES, ''))}`,
        });
      const result = parseJsonObject(stdout);
      if (!result) return resolve({ ok: false, error: `no JSON object on stdout: ${lastLine(stdout)}` });
      const cpu = job.cpuShare === false ? null : childCpuSeconds(stderr);
      if (cpu !== null) result.cpu_share = cpu / ((performance.now() - t0) / 1e3);
      resolve({ ok: true, result });
    });
  });
}

// The shell's `times`: its own user/system time, then its children's ("0m6.480000s 0m0.020000s").
const TIMES = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/;

function childCpuSeconds(stderr) {
  const m = TIMES.exec(stderr);
  return m ? 60 * +m[5] + +m[6] + 60 * +m[7] + +m[8] : null;
}

function parseJsonObject(text) {
  const attempts = [text, ...text.trim().split('\n').reverse()];
  for (const t of attempts) {
    try {
      const v = JSON.parse(t);
      if (v && typeof v === 'object' && !Array.isArray(v)) return v;
    } catch {
      // not this line
    }
  }
  return null;
}

function lastLine(text) {
  return (text.trim().split('\n').at(-1) ?? '').slice(0, 200) || '(no output)';
}

// ---- the page (dist/) --------------------------------------------------------------------------------

/** Newest modification time (ms) of the files under `p` (a file or a folder), 0 if none. */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

/**
 * Builds dist/ as `npm run build` does (the page's wasm targets into --wasm-dir, their copy into
 * web/src/engine/generated/, vite build) when it is missing, older than its sources or --rebuild.
 * Returns null when dist/ is usable, else why not.
 */
function ensurePage(opt, how) {
  const built = fs.existsSync(path.join(DIST, 'index.html')) ? newest(path.join(DIST, 'index.html')) : 0;
  const webWasm = ['actlab_web.js', 'actlab_web.wasm', 'actlab_web_nosimd.js', 'actlab_web_nosimd.wasm'];
  const sources = Math.max(
    newest(path.join(ROOT, 'web/src')),
    newest(path.join(ROOT, 'web/index.html')),
    newest(path.join(ROOT, 'vite.config.ts')),
    ...webWasm.map((f) => newest(path.join(opt.wasmDir, f))),
  );
  if (built > 0 && built >= sources && !how.rebuild) return null;
  if (!how.build) return built > 0 ? null : 'dist/ missing (--no-build)';
  const failure = ensureBuilt(
    { preset: 'wasm', dir: opt.wasmDir, files: webWasm, targets: ['actlab_web', 'actlab_web_nosimd'] },
    { ...how, rebuild: true },
  );
  if (failure) return failure;
  log(`bench: building the page (dist/) ...`);
  for (const args of [
    [path.join(ROOT, 'web/scripts/copy-wasm.mjs'), opt.wasmDir],
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'],
  ]) {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) return `page build failed: ${lastLine(`${r.stdout ?? ''}${r.stderr ?? ''}`)}`;
  }
  return null;
}

// ---- the page bundle (a target of the issue; measured only if dist/ exists) ----------------------------------

/**
 * Gzipped JS + WASM in dist/ as a SIMD-capable browser loads it: every script and the SIMD module.
 * The no-SIMD fallback (*_nosimd*) is counted apart: it is fetched only where SIMD128 is missing.
 */
function bundleSize() {
  const dist = DIST;
  if (!fs.existsSync(dist)) return null;
  const size = { gzip_bytes: 0, files: 0, fallback_gzip_bytes: 0 };
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(m?js|wasm)$/.test(e.name)) {
        const gz = zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length;
        if (/nosimd/.test(e.name)) size.fallback_gzip_bytes += gz;
        else {
          size.gzip_bytes += gz;
          size.files++;
        }
      }
    }
  };
  walk(dist);
  return size;
}

// ---- main ------------------------------------------------------------------------------------------

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout?.trim();
  return r.status === 0 ? `${r.stdout.trim()}${dirty ? ' (+ uncommitted changes)' : ''}` : 'unknown';
}

async function main() {
  const opt = options(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  let jobs = jobList(opt);
  if (opt.only) {
    const ids = opt.only.split(',');
    const unknown = ids.filter((id) => !jobs.some((j) => j.id === id));
    if (unknown.length)
      usageError(`--only: unknown job "${unknown[0]}" (jobs: ${jobs.map((j) => j.id).join(', ')})`);
    jobs = jobs.filter((j) => ids.includes(j.id));
  }

  const how = { build: !opt['no-build'], rebuild: opt.rebuild };
  const wantsNative = jobs.some((j) => j.id === 'actlab-native');
  const wantsWasm = jobs.some((j) => j.id.startsWith('actlab-') && j.id !== 'actlab-native');
  const nativeFailure = wantsNative
    ? ensureBuilt({ preset: 'native', dir: opt.nativeDir, files: ['actlab'], targets: ['actlab'] }, how)
    : null;
  const wasmFiles = ['actlab.js', 'actlab-nosimd.js', 'actlab_node.mjs', 'actlab_node.wasm'];
  const wasmFailure = wantsWasm
    ? ensureBuilt(
        {
          preset: 'wasm',
          dir: opt.wasmDir,
          files: wasmFiles,
          targets: ['actlab', 'actlab-nosimd', 'actlab_node'],
        },
        how,
      )
    : null;
  // What each ActLab job runs; a row whose file is missing says so instead of failing.
  const pageFailure = jobs.some((j) => j.id === 'browser') ? ensurePage(opt, how) : null;
  const needs = {
    browser: [path.join(DIST, 'index.html'), pageFailure],
    'actlab-native': [path.join(opt.nativeDir, 'actlab'), nativeFailure],
    'actlab-wasm-simd': [path.join(opt.wasmDir, 'actlab.js'), wasmFailure],
    'actlab-wasm-nosimd': [path.join(opt.wasmDir, 'actlab-nosimd.js'), wasmFailure],
    'actlab-module': [path.join(opt.wasmDir, 'actlab_node.mjs'), wasmFailure],
  };
  const unavailable = (id) => {
    const [file, failure] = needs[id.split('/')[0]] ?? [];
    if (!file || fs.existsSync(file)) return null;
    return `not built: ${rel(file)} missing${failure ? ` (${failure})` : ''}`;
  };
  const state = {};
  for (const job of jobs) {
    state[job.id] = {
      label: job.label,
      kind: job.kind,
      notes: job.notes,
      unavailable: unavailable(job.id),
      rounds: [],
    };
  }

  const env = { ...process.env, ACTLAB_WASM_DIR: opt.wasmDir };
  const runnable = jobs.filter((j) => !state[j.id].unavailable);
  for (let round = 0; round < opt.rounds; round++) {
    for (let k = 0; k < runnable.length; k++) {
      const job = runnable[(k + round) % runnable.length];
      const t0 = Date.now();
      const r = job.kind === 'cli' ? await runCli(job) : await runChild(job, env);
      state[job.id].rounds.push({ round, seconds: (Date.now() - t0) / 1e3, ...r });
      log(
        `bench: round ${round + 1}/${opt.rounds} ${job.id}: ${r.ok ? 'ok' : r.error} (${((Date.now() - t0) / 1e3).toFixed(1)} s)`,
      );
    }
  }
  const bundle = bundleSize();
  if (bundle) state.bundle = { label: 'dist/ bundle', rounds: [], result: bundle };

  const meta = {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    node: process.versions.node,
    commit: gitCommit(),
    rounds: opt.rounds,
    seconds: Math.round((Date.now() - started) / 1e3),
    load: [loadAtStart, os.loadavg()[0]],
  };
  const report = buildReport(state, meta);
  const md = markdown(report);
  if (opt.json) process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
  else process.stdout.write(`${md}\n`);
  if (opt['update-readme']) updateReadme(md);
  log(`bench: done in ${meta.seconds} s`);
}

/** Replaces the text between the README's bench markers with the fresh tables. */
function updateReadme(md) {
  const file = path.join(ROOT, 'bench/README.md');
  const begin = '<!-- bench:begin -->',
    end = '<!-- bench:end -->';
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(begin),
    b = text.indexOf(end);
  if (a < 0 || b < a) usageError(`--update-readme: ${rel(file)} lacks the ${begin} … ${end} markers`);
  fs.writeFileSync(file, `${text.slice(0, a + begin.length)}\n${md}\n${text.slice(b)}`);
  log(`bench: updated ${rel(file)}`);
}

main().catch((e) => {
  log(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
