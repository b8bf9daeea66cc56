// schema.ts — THE table of URL keys. One row per key drives both decode and encode, so a setting
// cannot be written one way and read another. TensorFlow Playground's keys are accepted as they are
// (activation, learningRate, networkShape, dataset, noise, ...), so teachers' old links keep working.
//
// To add a key: add a row (field() for a plain value, a custom Row for anything else). Rows run in
// table order, so a row may rely on earlier ones (activation after networkShape).
import type { Catalogue } from '../engine/types';
import { bool, listOf, num, oneOf, orAuto, parseNumber, parseParams, seed, type Codec } from './codecs';
import { LIMITS, STATE_VERSION, actMeta, defaultLayer } from './defaults';
import { SPEED_ALLOWED, parseSpeed, speedToken, type Speed } from './speed';
import {
  LANGS,
  REGULARIZATIONS,
  type AppState,
  type FormulaCheck,
  type LayerState,
  type Warning,
} from './types';

/** Decode-time scratch for keys that only make sense together (TF's problem + regDataset). */
export interface Scratch {
  problem?: 'classification' | 'regression';
  regDataset?: string;
  /** The link's format version (`v`; absent = current). */
  version?: number;
  /** `speed=<n>` of a link older than version 2: optimiser steps per frame (reconcile() maps it). */
  legacySteps?: number;
  /** Keys present in the URL. */
  present: Set<string>;
}

export interface DecodeContext {
  cat: Catalogue;
  /** The core's verdict on a formula the link carries (error "" = it compiles; its parameters). */
  checkFormula: FormulaCheck;
  warn(w: Warning): void;
  scratch: Scratch;
}

export interface Row {
  key: string;
  /** Other names accepted on decode. */
  aliases?: readonly string[];
  /** For pattern rows (`<name>_hide`): claims keys other than `key`. */
  matches?(key: string): boolean;
  /** Writes the value into s, or warns and leaves s as it was. */
  decode(raw: string, s: AppState, ctx: DecodeContext, key: string): void;
  /** [key, text] pairs for the URL: none when the value is the default (or the row is decode-only). */
  encode(s: AppState, defaults: AppState): [string, string][];
}

interface FieldOptions {
  aliases?: readonly string[];
  /** Written even when it equals the default. */
  always?: boolean;
}

/** A row for one plain value of the state. */
function field<T>(
  key: string,
  codec: Codec<T>,
  get: (s: AppState) => T,
  set: (s: AppState, v: T) => void,
  opts: FieldOptions = {},
): Row {
  return {
    key,
    aliases: opts.aliases,
    decode(raw, s, ctx, k) {
      const v = codec.parse(raw);
      if (v === undefined) ctx.warn({ code: 'badValue', key: k, value: raw, allowed: codec.allowed });
      else set(s, v);
    },
    encode(s, d) {
      const text = codec.format(get(s));
      return opts.always !== true && text === codec.format(get(d)) ? [] : [[key, text]];
    },
  };
}

/** A key read for compatibility and never written. */
function decodeOnly(key: string, decode: Row['decode']): Row {
  return { key, decode, encode: () => [] };
}

/** Controls and panels a link can hide with `<name>_hide=true` (TF Playground's names first). */
export const HIDEABLE: readonly string[] = [
  'showTestData',
  'discretize',
  'playButton',
  'stepButton',
  'resetButton',
  'learningRate',
  'activation',
  'regularization',
  'regularizationRate',
  'problem',
  'dataset',
  'percTrainData',
  'noise',
  'batchSize',
  'numHiddenLayers',
  'x',
  'y',
  'xSquared',
  'ySquared',
  'xTimesY',
  'sinX',
  'sinY',
  // ActLab's own controls and panels
  'text',
  'reinitButton',
  'speed',
  'optimizer',
  'dropout',
  'output',
  'init',
  'points',
  'classes',
  'seed',
  'lang',
  'embedButton',
  'data',
  'features',
  'network',
  'training',
  'boundary',
  'lossChart',
  'gradChart',
  'healthChart',
  'activationPlot',
  'paramChart',
];

const HIDE_SUFFIX = '_hide';

function setLayerAct(cat: Catalogue, l: LayerState, act: string): LayerState {
  return { ...defaultLayer(cat, l.units, act), maxoutK: l.maxoutK };
}

/** Activations a hidden layer may use: every element-wise one, maxout, and the student's formula. */
export function hiddenActivations(cat: Catalogue): string[] {
  return [
    ...cat.activations.filter((a) => a.elementwise || a.name === 'maxout').map((a) => a.name),
    'formula',
  ];
}

/**
 * A formula key (`formula=`, `dataFormula=`): the text when the core compiles it, else a badFormula
 * warning quoting the core's message (column and problem) and the value left as it was.
 */
function formulaRow(
  key: string,
  vars: 'x' | 'xy',
  get: (s: AppState) => string,
  set: (s: AppState, v: string) => void,
  /** Also written when equal to the default (while the text is in use: links keep their meaning). */
  inUse: (s: AppState) => boolean,
): Row {
  return {
    key,
    decode(raw, s, ctx) {
      const { error } = ctx.checkFormula(raw, vars);
      if (error === '') set(s, raw);
      else ctx.warn({ code: 'badFormula', key, value: raw, allowed: error });
    },
    encode: (s, d) => (inUse(s) || get(s) !== get(d) ? [[key, get(s)]] : []),
  };
}

function layerRows(cat: Catalogue): Row[] {
  const maxH = cat.limits.maxHidden;
  const shape = listOf(num({ min: 1, max: cat.limits.maxUnits, int: true }), maxH);
  const act = oneOf(hiddenActivations(cat), { linear: 'identity' });
  const acts = listOf(act, maxH);
  const k = listOf(num({ min: 2, max: cat.limits.maxMaxoutPieces, int: true }), maxH);
  const meta = (name: string) => actMeta(cat, name);
  return [
    field(
      'networkShape',
      shape,
      (s) => s.layers.map((l) => l.units),
      (s, units) => {
        const fill = s.layers[0]?.act ?? 'tanh';
        s.layers = units.map((u, i) => ({ ...(s.layers[i] ?? defaultLayer(cat, u, fill)), units: u }));
      },
    ),
    {
      // One token for every layer (TF Playground), or one per layer.
      key: 'activation',
      decode(raw, s, ctx) {
        const list = acts.parse(raw);
        if (list === undefined || list.length === 0) {
          ctx.warn({ code: 'badValue', key: 'activation', value: raw, allowed: act.allowed });
          return;
        }
        if (list.length !== 1 && list.length !== s.layers.length) {
          ctx.warn({
            code: 'adjusted',
            key: 'activation',
            value: raw,
            allowed: `1 or ${s.layers.length} names`,
          });
        }
        const perLayer = list.length === s.layers.length;
        s.layers = s.layers.map((l, i) => setLayerAct(cat, l, (perLayer ? list[i] : list[0]) ?? l.act));
      },
      encode(s, d) {
        if (s.layers.length === 0) return [];
        const names = s.layers.map((l) => l.act);
        const text = names.every((n) => n === names[0]) ? (names[0] ?? '') : names.join(',');
        return text === (d.layers[0]?.act ?? '') ? [] : [['activation', text]];
      },
    },
    // After `activation`: whether a layer uses it decides whether it is written.
    formulaRow(
      'formula',
      'x',
      (s) => s.formula,
      (s, v) => (s.formula = v),
      (s) => s.layers.some((l) => l.act === 'formula'),
    ),
    {
      // Initial activation parameters per layer: "0.2;;1,0.5" (";" between layers, "" = defaults).
      key: 'actParams',
      decode(raw, s, ctx) {
        const parts = raw.split(';');
        if (parts.length !== s.layers.length) {
          ctx.warn({
            code: 'badValue',
            key: 'actParams',
            value: raw,
            allowed: `${s.layers.length} groups separated by ;`,
          });
          return;
        }
        // A formula layer's parameters are the ones its formula declares (`a = 1 in [0, 5]`).
        const declared = ctx.checkFormula(s.formula, 'x');
        const next = s.layers.map((l, i) => {
          const specs = l.act === 'formula' ? declared.params : (meta(l.act)?.params ?? []);
          const text = parts[i] ?? '';
          if (text === '') return l;
          const params = parseParams(text, specs);
          return params === undefined ? undefined : { ...l, params };
        });
        if (next.some((l) => l === undefined)) {
          ctx.warn({
            code: 'badValue',
            key: 'actParams',
            value: raw,
            allowed: 'numbers within each parameter range',
          });
          return;
        }
        s.layers = next as LayerState[];
      },
      encode(s) {
        if (s.layers.every((l) => l.params.length === 0)) return [];
        return [['actParams', s.layers.map((l) => l.params.join(',')).join(';')]];
      },
    },
    {
      // Train the activation parameters per layer: "10" (1 = learn), default from the catalogue.
      key: 'learn',
      decode(raw, s, ctx) {
        if (!/^[01]*$/.test(raw) || raw.length !== s.layers.length) {
          ctx.warn({ code: 'badValue', key: 'learn', value: raw, allowed: `${s.layers.length} digits 0/1` });
          return;
        }
        s.layers = s.layers.map((l, i) => ({ ...l, learn: raw[i] === '1' }));
      },
      encode(s) {
        const differs = s.layers.some((l) => l.learn !== (meta(l.act)?.learnableDefault ?? false));
        return differs ? [['learn', s.layers.map((l) => (l.learn ? '1' : '0')).join('')]] : [];
      },
    },
    {
      key: 'maxoutK',
      decode(raw, s, ctx) {
        const list = k.parse(raw);
        if (list === undefined || list.length !== s.layers.length) {
          ctx.warn({
            code: 'badValue',
            key: 'maxoutK',
            value: raw,
            allowed: `${s.layers.length} × (2 .. ${cat.limits.maxMaxoutPieces})`,
          });
          return;
        }
        s.layers = s.layers.map((l, i) => ({ ...l, maxoutK: list[i] ?? 2 }));
      },
      encode(s) {
        return s.layers.some((l) => l.maxoutK !== 2)
          ? [['maxoutK', k.format(s.layers.map((l) => l.maxoutK))]]
          : [];
      },
    },
  ];
}

function hideRow(): Row {
  return {
    key: HIDE_SUFFIX,
    matches: (key) => key.endsWith(HIDE_SUFFIX) && HIDEABLE.includes(key.slice(0, -HIDE_SUFFIX.length)),
    decode(raw, s, ctx, key) {
      const v = bool.parse(raw);
      if (v === undefined) {
        ctx.warn({ code: 'badValue', key, value: raw, allowed: bool.allowed });
        return;
      }
      const name = key.slice(0, -HIDE_SUFFIX.length);
      const set = new Set(s.hide);
      if (v) set.add(name);
      else set.delete(name);
      s.hide = [...set].sort();
    },
    encode: (s) => s.hide.map((name): [string, string] => [name + HIDE_SUFFIX, 'true']),
  };
}

/**
 * `v`, the link's format version: always written; on decode one notice at most — a value that is not a
 * version is rejected (badValue), a valid one above ours is from a newer ActLab (newerVersion, quoting
 * the link's own text).
 */
function versionRow(): Row {
  const codec = num({ min: 1, max: 1e6, int: true });
  return {
    key: 'v',
    decode(raw, _s, ctx) {
      const v = codec.parse(raw);
      if (v === undefined) ctx.warn({ code: 'badValue', key: 'v', value: raw, allowed: codec.allowed });
      else {
        ctx.scratch.version = v;
        if (v > STATE_VERSION)
          ctx.warn({ code: 'newerVersion', key: 'v', value: raw.trim(), allowed: String(STATE_VERSION) });
      }
    },
    encode: () => [['v', String(STATE_VERSION)]],
  };
}

const speedCodec: Codec<Speed> = { parse: parseSpeed, format: speedToken, allowed: SPEED_ALLOWED };

/** The table. Built from the core catalogue so every token list is the core's own. */
export function makeSchema(cat: Catalogue): Row[] {
  const datasets = cat.datasets.map((d) => d.name);
  const features = cat.features;
  const L = LIMITS;
  return [
    versionRow(),
    field(
      'lang',
      oneOf(LANGS),
      (s) => s.lang,
      (s, v) => (s.lang = v),
      { always: true },
    ),
    // data
    field(
      'dataset',
      oneOf(datasets),
      (s) => s.dataset,
      (s, v) => (s.dataset = v),
    ),
    decodeOnly('problem', (raw, _s, ctx) => {
      const v = oneOf(['classification', 'regression'] as const).parse(raw);
      if (v === undefined)
        ctx.warn({ code: 'badValue', key: 'problem', value: raw, allowed: 'classification, regression' });
      else ctx.scratch.problem = v;
    }),
    decodeOnly('regDataset', (raw, _s, ctx) => {
      ctx.scratch.regDataset = raw;
    }),
    field(
      'noise',
      num(L.noise),
      (s) => s.noise,
      (s, v) => (s.noise = v),
    ),
    field(
      'points',
      num({ ...L.points, int: true }),
      (s) => s.points,
      (s, v) => (s.points = v),
    ),
    field(
      'percTrainData',
      num(L.percTrainData),
      (s) => s.percTrainData,
      (s, v) => (s.percTrainData = v),
    ),
    field(
      'classes',
      num({ ...L.classes, int: true }),
      (s) => s.classes,
      (s, v) => (s.classes = v),
    ),
    field(
      'seed',
      seed,
      (s) => s.seed,
      (s, v) => (s.seed = v),
    ),
    formulaRow(
      'dataFormula',
      'xy',
      (s) => s.dataFormula,
      (s, v) => (s.dataFormula = v),
      () => false,
    ),
    // features: one boolean key each (TF Playground's names)
    ...features.map((f) =>
      field(
        f,
        bool,
        (s) => s.features.includes(f),
        (s, on) => {
          s.features = features.filter((g) => (g === f ? on : s.features.includes(g)));
        },
      ),
    ),
    ...['cosX', 'cosY'].map((f) =>
      decodeOnly(f, (raw, _s, ctx) => {
        if (bool.parse(raw) === true)
          ctx.warn({ code: 'unsupported', key: f, value: raw, allowed: features.join(', ') });
      }),
    ),
    // network
    ...layerRows(cat),
    field(
      'output',
      oneOf(['auto', ...cat.outputs.map((o) => o.name)]),
      (s) => s.output ?? 'auto',
      (s, v) => (s.output = v === 'auto' ? null : v),
    ),
    field(
      'init',
      oneOf(cat.inits),
      (s) => s.init,
      (s, v) => (s.init = v),
    ),
    decodeOnly('initZero', (raw, s, ctx) => {
      const v = bool.parse(raw);
      if (v === undefined) ctx.warn({ code: 'badValue', key: 'initZero', value: raw, allowed: bool.allowed });
      else if (v) s.init = 'zeros';
    }),
    field(
      'initScale',
      num({ ...L.initScale, minOpen: true }),
      (s) => s.initScale,
      (s, v) => (s.initScale = v),
    ),
    // training
    field(
      'optimizer',
      oneOf(cat.optimizers),
      (s) => s.optimizer,
      (s, v) => (s.optimizer = v),
    ),
    field(
      'learningRate',
      num({ ...L.learningRate, minOpen: true }),
      (s) => s.learningRate,
      (s, v) => (s.learningRate = v),
    ),
    field(
      'batchSize',
      num({ ...L.batchSize, int: true }),
      (s) => s.batchSize,
      (s, v) => (s.batchSize = v),
    ),
    field(
      'regularization',
      oneOf(REGULARIZATIONS),
      (s) => s.regularization,
      (s, v) => (s.regularization = v),
    ),
    field(
      'regularizationRate',
      num(L.rate),
      (s) => s.regularizationRate,
      (s, v) => (s.regularizationRate = v),
    ),
    field(
      'dropout',
      num(L.dropout),
      (s) => s.dropout,
      (s, v) => (s.dropout = v),
    ),
    field(
      'clip',
      num(L.clip),
      (s) => s.clip,
      (s, v) => (s.clip = v),
    ),
    field(
      'wrongDerivative',
      bool,
      (s) => s.wrongDerivative,
      (s, v) => (s.wrongDerivative = v),
    ),
    field(
      'initSeed',
      seed,
      (s) => s.initSeed,
      (s, v) => (s.initSeed = v),
    ),
    // view
    field(
      'showTestData',
      bool,
      (s) => s.showTestData,
      (s, v) => (s.showTestData = v),
    ),
    field(
      'discretize',
      bool,
      (s) => s.discretize,
      (s, v) => (s.discretize = v),
    ),
    {
      ...field(
        'speed',
        speedCodec,
        (s) => s.speed,
        (s, v) => (s.speed = v),
      ),
      decode(raw, s, ctx, k) {
        const steps = parseNumber(raw, { min: 1, max: 500, int: true });
        if ((ctx.scratch.version ?? STATE_VERSION) < 2 && steps !== undefined)
          ctx.scratch.legacySteps = steps;
        else {
          const v = speedCodec.parse(raw);
          if (v === undefined)
            ctx.warn({ code: 'badValue', key: k, value: raw, allowed: speedCodec.allowed });
          else s.speed = v;
        }
      },
    },
    field(
      'embed',
      bool,
      (s) => s.embed,
      (s, v) => (s.embed = v),
    ),
    field(
      'simd',
      bool,
      (s) => s.simd,
      (s, v) => (s.simd = v),
    ),
    field(
      'res',
      orAuto(num({ ...L.res, int: true })),
      (s) => s.res,
      (s, v) => (s.res = v),
    ),
    field(
      'bench',
      bool,
      (s) => s.bench,
      (s, v) => (s.bench = v),
    ),
    decodeOnly('hideText', (raw, s, ctx) => {
      const v = bool.parse(raw);
      if (v === undefined) ctx.warn({ code: 'badValue', key: 'hideText', value: raw, allowed: bool.allowed });
      else if (v) s.hide = [...new Set([...s.hide, 'text'])].sort();
    }),
    // TF Playground keys with no meaning here: accepted silently.
    decodeOnly('tutorial', () => undefined),
    decodeOnly('collectStats', () => undefined),
    hideRow(),
  ];
}
