// Soak: one million optimiser steps of the largest network the UI allows (8 hidden layers × 64 units,
// all 7 input features) in the real WebAssembly module under Node, driven the way the worker drives it:
// frames of steps, each followed by the metrics, the boundary grid, per-unit thumbnails and a histogram.
// After a warm-up frame neither the WASM memory nor the bytes malloc has handed out may grow (a leak that
// fits in free memory shows only in the second; tests/web/module.test.ts shows that probe following a
// trainer's allocation and release), and no loss, metric or weight may become NaN.
//
// Batch size 4: the core pads every batch to the SIMD width (4 lanes, cpp/core/layer_ops.h), so batches
// 1..4 cost the same per step and 4 is the most training for the cheapest step (~700 k flops). SGD, not
// Adam: Adam's update over the 29 k parameters costs ~70 % more per step here (measured: 390 vs 232
// CPU-µs/step with this 2-core machine 12× oversubscribed; from the ~700 k flops a quiet core should
// take ~75–100 µs, i.e. ~1.5 minutes for the million — an estimate, not measured quiet here). A frame is
// 2000 steps, as a fast worker frame.
// Not a timed test: the timeout (an hour) only guards a hang on a heavily loaded machine.
// SOAK_STEPS=<n> runs another length by hand.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import { decodeState, readParams } from '../../web/src/state/codec';
import { engineConfig } from '../../web/src/state/engine-config';
import { loadModule } from './node-module';

const STEPS = Number(process.env['SOAK_STEPS'] ?? 1_000_000);
const STEPS_PER_FRAME = 2000;
const LARGEST =
  'dataset=spiral&points=100&networkShape=64,64,64,64,64,64,64,64' +
  '&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true' +
  '&learningRate=0.01&batchSize=4';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine(await loadModule());
});
afterAll(() => engine.dispose());

// The engine's memory as the worker reports it in every snapshot (Engine.memory).
const wasmBytes = () => engine.memory().wasmBytes;
const inUse = () => engine.memory().inUse;

/** One frame of the worker: train, then everything a snapshot reads. */
function frame(): void {
  expect(engine.stepBatches(STEPS_PER_FRAME)).toBe(STEPS_PER_FRAME);
  const m = engine.measure();
  expect(m.diverged, m.divergence).toBe(false);
  expect(Number.isFinite(m.trainLoss) && Number.isFinite(m.testLoss), `loss at step ${m.step}`).toBe(true);
  for (const l of m.layers) expect(Number.isFinite(l.gradNorm) && Number.isFinite(l.weightNorm)).toBe(true);
  const domain = engine.dataset().domain;
  expect(engine.grid(32, 32, domain).every(Number.isFinite)).toBe(true);
  expect(engine.gridUnits(8, 8, domain).every(Number.isFinite)).toBe(true);
  engine.histogram(7, 20, -5, 5);
}

it(`${STEPS} optimiser steps of the 8×64 network: WASM memory flat after warm-up, no NaN`, () => {
  const { state, warnings } = decodeState(readParams('', LARGEST), engine.catalogue);
  expect(warnings).toEqual([]);
  expect(state.layers.map((l) => l.units)).toEqual(Array<number>(8).fill(64));
  expect(state.features).toHaveLength(7);
  expect(engine.configure(engineConfig(state, engine.catalogue))).toBe('');
  const lossBefore = engine.measure().trainLoss;

  frame(); // warm-up: every buffer the run needs is allocated by now
  const warm = wasmBytes();
  const warmInUse = inUse();
  expect(warm).toBeGreaterThan(warmInUse); // both read: malloc's bytes lie inside the memory
  const samples: number[] = [];
  const inUseSamples: number[] = [];
  for (let done = STEPS_PER_FRAME; done < STEPS; done += STEPS_PER_FRAME) {
    frame();
    if (done % 100_000 === 0) {
      samples.push(wasmBytes());
      inUseSamples.push(inUse());
    }
  }
  expect(engine.step).toBe(Math.ceil(STEPS / STEPS_PER_FRAME) * STEPS_PER_FRAME);
  expect(
    samples.every((b) => b === warm),
    `WASM memory ${warm} B after warm-up, then ${samples.join(', ')}`,
  ).toBe(true);
  expect(wasmBytes()).toBe(warm);
  expect(
    inUseSamples.every((b) => b === warmInUse),
    `malloc'd bytes ${warmInUse} after warm-up, then ${inUseSamples.join(', ')}`,
  ).toBe(true);
  expect(inUse()).toBe(warmInUse);
  expect(engine.params().every(Number.isFinite)).toBe(true);
  // It trained (a counterfactual for a soak that silently stepped nothing).
  expect(engine.measure().trainLoss).toBeLessThan(lossBefore);
}, 3_600_000);
