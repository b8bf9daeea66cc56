// codec.ts — URL text <-> AppState, driven by the table in schema.ts. Strings in, state out: no DOM,
// no engine. decode() never fails: a bad or unknown value becomes the default plus a Warning.
import type { Catalogue } from '../engine/types';
import {
  FORMULA_DATASETS,
  ONE_D_FEATURES,
  datasetMeta,
  defaultState,
  effectiveClasses,
  headAllowed,
  trainPoints,
} from './defaults';
import { legacySpeed, speedToken } from './speed';
import { makeSchema, type DecodeContext, type Row } from './schema';
import type { AppState, FormulaCheck, Warning } from './types';

export interface Decoded {
  state: AppState;
  warnings: Warning[];
}

/** Key/value pairs of a location: the query first, then the hash (which wins, as TF links use it). */
export function readParams(search: string, hash: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of [search.replace(/^\?/, ''), hash.replace(/^#/, '')]) {
    if (part === '') continue;
    for (const [k, v] of new URLSearchParams(part)) pairs.push([k, v]);
  }
  return pairs;
}

function findRow(rows: readonly Row[], key: string): Row | undefined {
  return rows.find((r) => r.key === key || r.aliases?.includes(key) === true || r.matches?.(key) === true);
}

const MAX_SHOWN = 40;
/** A link's text as a notice quotes it: 40 characters at most. */
export function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** Where no engine was asked (a caller that passed no check): every formula is refused, and said so. */
export const UNCHECKED: FormulaCheck = () => ({ error: 'not checked by the engine', params: [] });

/**
 * Decodes `pairs` on top of the defaults (or `base`). Later duplicates win. Rows run in table order
 * whatever the order in the URL, then cross-field rules (dataset vs head, batch vs points ...) run.
 * checkFormula: the core's verdict on the link's formulas (ui/formula-checks.ts asks the worker).
 */
export function decodeState(
  pairs: readonly [string, string][],
  cat: Catalogue,
  base?: AppState,
  checkFormula: FormulaCheck = UNCHECKED,
): Decoded {
  const rows = makeSchema(cat);
  const state = structuredClone(base ?? defaultState(cat));
  const warnings: Warning[] = [];
  const ctx: DecodeContext = {
    cat,
    checkFormula,
    warn: (w) => warnings.push({ ...w, value: shown(w.value) }),
    scratch: { present: new Set() },
  };
  const latest = new Map<string, string>();
  for (const [k, v] of pairs) latest.set(k, v);

  for (const [key] of latest) {
    if (findRow(rows, key) === undefined)
      ctx.warn({ code: 'unknownKey', key: shown(key), value: latest.get(key) ?? '', allowed: '' });
  }
  for (const row of rows) {
    for (const [key, value] of latest) {
      if (findRow(rows, key) !== row) continue;
      ctx.scratch.present.add(row.key);
      row.decode(value, state, ctx, key);
    }
  }
  reconcile(state, ctx);
  return { state, warnings };
}

/** Cross-field rules: each makes the state one the core accepts, and warns when a link asked otherwise. */
export function reconcile(s: AppState, ctx: DecodeContext): void {
  const { cat, scratch } = ctx;
  if (scratch.problem === 'regression') {
    // TF Playground: problem=regression selects regDataset (its default is reg-plane).
    const reg = scratch.regDataset ?? 'reg-plane';
    const mapped =
      reg === 'reg-plane' ? 'plane' : cat.datasets.find((d) => d.regression && d.name === reg)?.name;
    if (mapped === undefined) {
      ctx.warn({ code: 'unsupported', key: 'regDataset', value: reg, allowed: 'reg-plane' });
    }
    s.dataset = mapped ?? 'plane';
  }
  const d = datasetMeta(cat, s.dataset);
  if (s.dataFormula !== '' && !FORMULA_DATASETS.includes(s.dataset)) {
    if (scratch.present.has('dataFormula'))
      ctx.warn({
        code: 'adjusted',
        key: 'dataFormula',
        value: s.dataFormula,
        allowed: FORMULA_DATASETS.join(', '),
      });
    s.dataFormula = '';
  }
  if (
    !d.regression &&
    (s.classes < d.minClasses || s.classes > d.maxClasses) &&
    scratch.present.has('classes') &&
    d.maxClasses > d.minClasses
  ) {
    ctx.warn({
      code: 'adjusted',
      key: 'classes',
      value: String(s.classes),
      allowed: `${d.minClasses} .. ${d.maxClasses}`,
    });
    s.classes = Math.min(d.maxClasses, Math.max(d.minClasses, s.classes));
  }
  if (d.dims === 1) {
    // A feature the link itself turned on is reported; one it only inherited is dropped quietly.
    for (const f of s.features) {
      if (!ONE_D_FEATURES.includes(f) && scratch.present.has(f))
        ctx.warn({
          code: 'adjusted',
          key: f,
          value: 'true',
          allowed: `${ONE_D_FEATURES.join(', ')} for 1-D data`,
        });
    }
    s.features = s.features.filter((f) => ONE_D_FEATURES.includes(f));
  }
  if (s.features.length === 0) {
    if (scratch.present.size > 0)
      ctx.warn({ code: 'adjusted', key: 'features', value: 'none', allowed: 'at least one feature' });
    s.features = d.dims === 1 ? ['x'] : ['x', 'y'];
  }
  const classes = effectiveClasses(cat, s);
  if (s.output !== null && !headAllowed(s.output, classes)) {
    ctx.warn({
      code: 'adjusted',
      key: 'output',
      value: s.output,
      allowed: `a head for ${classes === 0 ? 'regression' : `${classes} classes`}`,
    });
    s.output = null;
  }
  const nTrain = trainPoints(s);
  if (s.batchSize > nTrain) {
    ctx.warn({ code: 'adjusted', key: 'batchSize', value: String(s.batchSize), allowed: `1 .. ${nTrain}` });
    s.batchSize = Math.min(10, nTrain);
  }
  if (scratch.legacySteps !== undefined) {
    s.speed = legacySpeed(scratch.legacySteps, Math.ceil(nTrain / s.batchSize));
    if (scratch.legacySteps > 2)
      ctx.warn({
        code: 'olderSpeed',
        key: 'speed',
        value: String(scratch.legacySteps),
        allowed: speedToken(s.speed),
      });
  }
}

/** The hash text (without '#') for a state: only values that differ from the defaults, plus v and lang. */
export function encodeState(s: AppState, cat: Catalogue): string {
  const defaults = defaultState(cat);
  const parts: string[] = [];
  for (const row of makeSchema(cat)) {
    for (const [k, v] of row.encode(s, defaults)) parts.push(`${k}=${encodeValue(v)}`);
  }
  return parts.join('&');
}

/** Percent-encodes a value but keeps the list separators readable, as TF Playground's links do. */
function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3B/g, ';');
}
