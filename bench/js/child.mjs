// child.mjs — measures one peer on the requested workloads, in a process of its own.
//
//   node bench/js/child.mjs <peer> <workload>[,<workload>...] [--tfjs-fit]
//     peers: see peers/index.mjs; workloads: standard, largest, scale
//
// Sends one result object to the parent (bench/run.mjs) over IPC, or prints it as JSON when run by
// hand. Figures are rates with { median, min, max, n } over the repeats inside this process.

import { PEERS } from './peers/index.mjs';
import { measure as measureOnce, rate } from './measure.mjs';
import { SCALE, STANDARD, LARGEST, accuracy, buildProblem } from './workload.mjs';

const WARMUP_EPOCHS = 5;

// The lowest CPU share of any measurement in this process: how much other processes disturbed it.
let cpuShare = 1;
async function measure(fn, opts) {
  const r = await measureOnce(fn, opts);
  cpuShare = Math.min(cpuShare, r.cpuShare);
  return r;
}

/** Bad command-line input: exit status 2, like every ActLab tool. */
class UsageError extends Error {}

/** Workload 1: training samples/s over a full run of STANDARD.epochs from the initial weights, the
 * test accuracy that run reached, and grid points/s of one batched prediction of the whole grid. */
async function standard(peer, problem) {
  await peer.trainEpochs(WARMUP_EPOCHS);
  await peer.predict('grid');
  const epochs = problem.spec.epochs;
  const train = await measure(() => peer.trainEpochs(epochs), {
    setup: () => peer.reset(),
    warmup: 0,
    minRepeats: 1,
    maxRepeats: 5,
    minTimeMs: 250,
  });
  const test = await peer.predict('test');
  let loss = 0;
  for (let i = 0; i < problem.test.n; i++) loss += 0.5 * (test[i] - problem.test.label[i]) ** 2;
  const grid = await measure(() => peer.predict('grid'), { warmup: 2, minRepeats: 5, minTimeMs: 300 });
  return {
    train_samples_per_s: rate(epochs * problem.train.n, train),
    grid_points_per_s: rate(problem.grid.n, grid),
    epochs,
    test_accuracy: accuracy(test, problem.test.label),
    test_loss: loss / problem.test.n,
  };
}

/** Workload 2: one playground frame on the largest network = one epoch + every unit on the grid. */
async function largest(peer, problem) {
  const frame = async () => {
    await peer.trainEpochs(1);
    await peer.predictUnits();
  };
  const opts = { warmup: 3, minRepeats: 5, minTimeMs: 400 };
  const ms = (s) => ({ median: s.median * 1e3, min: s.min * 1e3, max: s.max * 1e3, n: s.n });
  return {
    frame_ms: ms(await measure(frame, opts)),
    epoch_ms: ms(await measure(() => peer.trainEpochs(1), opts)),
    units_ms: ms(await measure(() => peer.predictUnits(), opts)),
    units: problem.totalUnits,
  };
}

/** Workload 3: training samples/s and grid points/s at every width × depth. */
async function scale(create) {
  const rows = [];
  for (const depth of SCALE.depths) {
    for (const width of SCALE.widths) {
      const problem = buildProblem(SCALE.spec(width, depth));
      const peer = await create(problem);
      // One timed call may be all that fits at width 64 × depth 8 (a grid pass there takes ~1 s in JS).
      const opts = { warmup: 1, minRepeats: 1, maxRepeats: 20, minTimeMs: 150 };
      const train = await measure(() => peer.trainEpochs(1), opts);
      const grid = await measure(() => peer.predict('grid'), opts);
      rows.push({
        width,
        depth,
        train_samples_per_s: rate(problem.train.n, train),
        grid_points_per_s: rate(problem.grid.n, grid),
      });
    }
  }
  return rows;
}

async function main(argv) {
  const [name, workloads = 'standard,largest', ...flags] = argv;
  const peer = PEERS[name];
  if (!peer) throw new UsageError(`unknown peer "${name}" (allowed: ${Object.keys(PEERS).join(', ')})`);
  const opts = { fit: flags.includes('--tfjs-fit') };
  const create = (problem) => peer.create(problem, opts);
  const result = { peer: name };
  for (const w of workloads.split(',')) {
    if (w === 'scale') {
      result.scale = await scale(create);
    } else if (w === 'standard' || w === 'largest') {
      const problem = buildProblem(w === 'standard' ? STANDARD : LARGEST);
      result[w] = await (w === 'standard' ? standard : largest)(await create(problem), problem);
    } else {
      throw new UsageError(`unknown workload "${w}" (allowed: standard, largest, scale)`);
    }
  }
  result.cpu_share = cpuShare;
  return result;
}

main(process.argv.slice(2)).then(
  (result) => {
    if (process.send) process.send({ ok: true, result }, () => process.exit(0));
    else console.log(JSON.stringify(result, null, 1));
  },
  (err) => {
    const error = err?.message ?? String(err);
    if (process.send) process.send({ ok: false, error }, () => process.exit(1));
    else {
      console.error(`bench child: ${error}`);
      process.exit(err instanceof UsageError ? 2 : 1);
    }
  },
);
