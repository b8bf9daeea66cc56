// engine-config.ts — AppState (the URL's units: percent noise, TF regularization) -> the engine's
// configuration by token. Pure: the worker receives the result, the UI never computes training.
import type { Catalogue, EngineConfig, NetSettings, TrainSettings } from '../engine/types';
import { RULES, effectiveClasses, resolvedOutput } from './defaults';
import type { AppState } from './types';

export function netSettings(s: AppState, cat: Catalogue): NetSettings {
  const output = resolvedOutput(cat, s);
  return {
    features: cat.features.filter((f) => s.features.includes(f)),
    layers: s.layers.map((l) => ({
      units: l.units,
      act: l.act,
      params: [...l.params],
      learn: l.learn,
      maxoutK: l.maxoutK,
    })),
    output,
    nOut: cat.outputs.find((o) => o.name === output)?.perClass === true ? effectiveClasses(cat, s) : 1,
    init: s.init,
    initScale: s.initScale,
    ...(s.layers.some((l) => l.act === 'formula') ? { formula: s.formula } : {}),
  };
}

export function trainSettings(s: AppState): TrainSettings {
  return {
    optimizer: s.optimizer,
    lr: s.learningRate,
    batch: s.batchSize,
    l1: s.regularization === 'L1' ? s.regularizationRate : 0,
    l2: s.regularization === 'L2' ? s.regularizationRate : 0,
    dropout: s.dropout,
    clip: s.clip,
    wrongDerivative: s.wrongDerivative,
    // the optimisers' hyperparameters the page does not expose: the core's defaults
    momentum: RULES.defaults.train.momentum,
    beta1: RULES.defaults.train.beta1,
    beta2: RULES.defaults.train.beta2,
    rho: RULES.defaults.train.rho,
    eps: RULES.defaults.train.eps,
    seed: s.initSeed,
  };
}

export function engineConfig(s: AppState, cat: Catalogue): EngineConfig {
  const classes = effectiveClasses(cat, s);
  return {
    data: {
      dataset: s.dataset,
      points: s.points,
      noise: s.noise / 100,
      trainRatio: s.percTrainData / 100,
      classes: classes === 0 ? 2 : classes,
      seed: s.seed,
      ...(s.dataFormula !== '' ? { formula: s.dataFormula } : {}),
    },
    net: netSettings(s, cat),
    train: trainSettings(s),
  };
}
