// runs.ts — a comparison in the URL, like a single run: the playground's own keys are shared by every
// run, and `rK.<key>=<value>` (K = 1..4) overrides a key for run K only. Each run's state is decoded by
// the playground's codec (state/codec.ts) from the shared keys plus its own, so every key, check and
// warning of a single run works here too. Pure: strings in, states out (no DOM, no engine).
//
//   #compare=3&dataset=spiral&networkShape=8,8&r1.activation=relu&r2.activation=elu&r3.activation=gelu
//
// Route keys (compare, lesson, lessons, explorer and the views' own: target, act, family, p) are not
// playground keys and never reach the playground codec.
import type { Catalogue } from '../../engine/types';
import { num } from '../../state/codecs';
import { UNCHECKED, decodeState, encodeState, shown } from '../../state/codec';
import type { AppState, FormulaCheck, Warning } from '../../state/types';
import { MAX_RUNS } from '../worker/protocol';

export const MIN_RUNS = 2;
export const DEFAULT_TARGET = 0.1;
/** Keys that choose a page or belong to the lab pages, not to a run. */
export const ROUTE_KEYS: readonly string[] = [
  'compare',
  'lesson',
  'lessons',
  'choose',
  'explorer',
  'target',
  'act',
  'family',
  'p',
];

const RUN_KEY = /^r(\d+)\.(.+)$/;
const targetCodec = num({ min: 0, max: 10, minOpen: true });

/** What a bare `#compare` shows: ReLU against tanh on the spiral, Adam. */
export const DEFAULT_COMPARISON =
  'dataset=spiral&networkShape=8,8&optimizer=adam&learningRate=0.01&r1.activation=relu&r2.activation=tanh';

export type Pairs = [string, string][];

export function parsePairs(text: string): Pairs {
  return [...new URLSearchParams(text)];
}

export interface Split {
  shared: Pairs;
  /** perRun[k] = run k's own pairs (0-based), keys without the prefix. */
  perRun: Pairs[];
  route: Map<string, string>;
  /** Run keys naming a run that does not exist. */
  stray: string[];
}

export function splitPairs(pairs: readonly [string, string][], runs: number): Split {
  const out: Split = {
    shared: [],
    perRun: Array.from({ length: runs }, () => []),
    route: new Map(),
    stray: [],
  };
  for (const [k, v] of pairs) {
    const m = RUN_KEY.exec(k);
    if (m) {
      const target = out.perRun[Number(m[1]) - 1];
      if (target) target.push([m[2] ?? '', v]);
      else out.stray.push(k);
    } else if (ROUTE_KEYS.includes(k)) out.route.set(k, v);
    else out.shared.push([k, v]);
  }
  return out;
}

export interface Comparison {
  runs: AppState[];
  /** Loss the summary table counts epochs to. */
  target: number;
  warnings: Warning[];
}

const runCountCodec = num({ min: MIN_RUNS, max: MAX_RUNS, int: true });

/** Number of runs a `compare=N` value asks for (2..4; the playground's number syntax), or undefined. */
export function parseRunCount(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : runCountCodec.parse(raw);
}

/** Runs a link asks for: compare=N, else the highest rK. key (K <= 4), else 2. */
export function runCount(pairs: readonly [string, string][]): number {
  const asked = parseRunCount(new Map(pairs).get('compare'));
  if (asked !== undefined) return asked;
  const highest = Math.max(
    0,
    ...pairs.map(([k]) => Number(RUN_KEY.exec(k)?.[1] ?? 0)).filter((n) => n <= MAX_RUNS),
  );
  return Math.max(MIN_RUNS, highest);
}

/**
 * Decodes `pairs` (a link's) as a comparison of `runs` runs over `base` (pairs decoded first, e.g. a
 * lesson's configuration or DEFAULT_COMPARISON). Warnings are merged: one per distinct problem.
 * checkFormula: the core's verdict on the link's formulas (as for decodeState).
 */
export function decodeComparison(
  pairs: readonly [string, string][],
  cat: Catalogue,
  runs: number,
  base: Pairs = [],
  checkFormula: FormulaCheck = UNCHECKED,
): Comparison {
  const link = splitPairs(pairs, runs);
  const lesson = splitPairs(base, runs);
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const warn = (w: Warning) => {
    const id = `${w.code}|${w.key}|${w.value}`;
    if (seen.has(id)) return;
    seen.add(id);
    warnings.push(w);
  };
  for (const k of link.stray) warn({ code: 'unknownKey', key: shown(k), value: '', allowed: '' });
  // A bare `#compare` asks for nothing; any other count that is not 2..4 is said, not silently replaced.
  const asked = link.route.get('compare');
  if (asked !== undefined && asked !== '' && parseRunCount(asked) === undefined)
    warn({ code: 'badValue', key: 'compare', value: shown(asked), allowed: runCountCodec.allowed });
  const states = Array.from({ length: runs }, (_, k) => {
    const all = [...lesson.shared, ...(lesson.perRun[k] ?? []), ...link.shared, ...(link.perRun[k] ?? [])];
    const decoded = decodeState(all, cat, undefined, checkFormula);
    decoded.warnings.forEach(warn);
    return decoded.state;
  });
  let target = DEFAULT_TARGET;
  const rawTarget = link.route.get('target') ?? lesson.route.get('target');
  if (rawTarget !== undefined) {
    const v = targetCodec.parse(rawTarget);
    if (v === undefined)
      warn({ code: 'badValue', key: 'target', value: shown(rawTarget), allowed: targetCodec.allowed });
    else target = v;
  }
  // Speed and language are the page's, not a run's: the first run's value holds for all.
  const first = states[0];
  if (first)
    for (const s of states)
      Object.assign(s, { speed: first.speed, lang: first.lang, embed: first.embed, simd: first.simd });
  return { runs: states, target, warnings };
}

/** The hash (without '#') of a comparison: keys every run shares once, the rest as rK.<key>. */
export function encodeComparison(c: { runs: readonly AppState[]; target: number }, cat: Catalogue): string {
  // The editor compares at least two runs: a one-run lesson opens there as that run twice (a
  // `compare=1` link would be a bad count).
  const last = c.runs[c.runs.length - 1];
  const runs =
    last && c.runs.length < MIN_RUNS
      ? [...c.runs, ...Array<AppState>(MIN_RUNS - c.runs.length).fill(last)]
      : c.runs;
  const per = runs.map((s) => parsePairs(encodeState(s, cat)));
  const first = per[0] ?? [];
  const sharedKeys = new Set(
    first.filter(([k, v]) => per.every((p) => p.some(([k2, v2]) => k2 === k && v2 === v))).map(([k]) => k),
  );
  const parts = [`compare=${runs.length}`];
  for (const [k, v] of first) if (sharedKeys.has(k)) parts.push(`${k}=${encodeValue(v)}`);
  per.forEach((p, i) => {
    for (const [k, v] of p) if (!sharedKeys.has(k)) parts.push(`r${i + 1}.${k}=${encodeValue(v)}`);
  });
  if (c.target !== DEFAULT_TARGET) parts.push(`target=${c.target}`);
  return parts.join('&');
}

function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3B/g, ';');
}

/** Playground keys whose values differ between the runs (what the comparison is about). */
export function differingKeys(runs: readonly AppState[], cat: Catalogue): string[] {
  const per = runs.map((s) => new Map(parsePairs(encodeState(s, cat))));
  const keys = new Set(per.flatMap((m) => [...m.keys()]));
  return [...keys].filter((k) => per.some((m) => m.get(k) !== per[0]?.get(k)));
}

/**
 * Keys of the page, not of a run's experiment: the language, the speed, the page's display flags and
 * the initial weights' seed (the lesson's dice: the same experiment from another start). A link that
 * changes only these still shows the lesson's runs.
 */
export const PAGE_KEYS: readonly string[] = [
  'v',
  'lang',
  'speed',
  'embed',
  'simd',
  'res',
  'bench',
  'initSeed',
];
const isPageKey = (k: string) => PAGE_KEYS.includes(k) || k === 'hideText' || k.endsWith('_hide');

/** A run key whose value differs from the reference run's (`was` undefined: the default there). */
export interface RunChange {
  /** 0-based run index. */
  run: number;
  key: string;
  value: string | undefined;
  was: string | undefined;
}

/**
 * What `runs` change against `reference` (same count): per run, every experiment key (not a page key)
 * whose written value differs, as the playground's codec writes it (so `0.10` and `0.1` are the same).
 */
export function runChanges(
  reference: readonly AppState[],
  runs: readonly AppState[],
  cat: Catalogue,
): RunChange[] {
  const out: RunChange[] = [];
  runs.forEach((s, run) => {
    const ref = reference[run];
    const a = new Map(parsePairs(encodeState(s, cat)));
    const b = new Map(ref ? parsePairs(encodeState(ref, cat)) : []);
    for (const key of new Set([...b.keys(), ...a.keys()])) {
      if (isPageKey(key) || a.get(key) === b.get(key)) continue;
      out.push({ run, key, value: a.get(key), was: b.get(key) });
    }
  });
  return out;
}
