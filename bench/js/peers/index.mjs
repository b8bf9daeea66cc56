// The peers: every implementation of the workloads that runs inside a Node child process
// (bench/js/child.mjs). ActLab's CLI rows are processes of their own (bench/run.mjs).
//
// A peer is created for one problem (workload.mjs buildProblem) and offers:
//   reset()            the shared initial weights again, optimiser state cleared
//   trainEpochs(n)     n epochs of mini-batch SGD over the training set, in stored order (may be async)
//   predict(which)     network output for 'grid' or 'test' points, as a typed array
//   predictUnits()     every unit's output on the grid (the thumbnails), in the library's own layout
// Each library is imported only by the child that measures it.

export const PEERS = {
  'actlab-module': {
    label: 'ActLab WASM SIMD, embind module (what the page runs)',
    notes: 'shared weights; the core reshuffles the training set every epoch',
    create: async (problem) => (await import('./actlab.mjs')).create(problem),
  },
  'js-baseline': {
    label: 'Scalar JS, Float32Array (baseline)',
    create: async (problem) => (await import('./baseline.mjs')).create(problem),
  },
  'tfjs-wasm': {
    label: 'tfjs 4.22 wasm backend (SIMD)',
    create: async (problem, opts) =>
      (await import('./tfjs.mjs')).create(problem, { ...opts, backend: 'wasm' }),
  },
  'tfjs-cpu': {
    label: 'tfjs 4.22 cpu backend',
    create: async (problem, opts) =>
      (await import('./tfjs.mjs')).create(problem, { ...opts, backend: 'cpu' }),
  },
  'brain.js': {
    label: 'brain.js 1.6 NeuralNetwork',
    notes: 'batch 1: brain.js has no mini-batches',
    create: async (problem) => (await import('./brain.mjs')).create(problem),
  },
  convnetjs: {
    label: 'convnetjs 0.3 Net + Trainer',
    create: async (problem) => (await import('./convnet.mjs')).create(problem),
  },
};
