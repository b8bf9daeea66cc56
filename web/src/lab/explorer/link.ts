// link.ts — the explorer's link keys, read and written in one place (no DOM, no engine):
//   act=<focused>,<overlay>,…  family=<family>  p=<the focused function's parameters>
//   formula=<your own f(x)>  actParams=<its declared parameters' values> (the playground's key for them)
import type { Catalogue } from '../../engine/types';
import { UNCHECKED, shown } from '../../state/codec';
import { parseParams } from '../../state/codecs';
import type { FormulaCheck, Warning } from '../../state/types';
import { fmtParam } from '../../ui/format';

export const MAX_OVERLAYS = 3;

export interface State {
  focus: string;
  overlays: string[];
  family: string | null;
  params: number[];
  /** The student's own function ('' = none) and its declared parameters' values. */
  formula: string;
  formulaParams: number[];
}

/**
 * The explorer's state from the link, and what was wrong with it (unknown names are dropped). Like
 * every link value, a bad `p`, `formula` or `actParams` becomes its default plus a warning: `formula` is
 * kept only when the core compiles it (checkFormula), and `actParams` (the playground's key for a
 * formula's parameters) holds the own formula's slider values, each within its declared range.
 */
export function explorerState(
  pairs: readonly [string, string][],
  cat: Catalogue,
  checkFormula: FormulaCheck = UNCHECKED,
): { state: State; warnings: Warning[] } {
  const m = new Map(pairs);
  const warnings: Warning[] = [];
  const names = (m.get('act') ?? '').split(',').filter((n) => cat.activations.some((a) => a.name === n));
  const focus = names[0] ?? 'relu';
  const meta = cat.activations.find((a) => a.name === focus);
  const family = m.get('family') ?? null;
  const values = (key: string, specs: readonly { lo: number; hi: number; def: number }[]): number[] => {
    const defaults = specs.map((p) => p.def);
    const raw = m.get(key);
    if (raw === undefined || raw === '') return defaults;
    const parsed = parseParams(raw, specs);
    if (parsed === undefined) {
      const allowed = specs.map((p) => `${fmtParam(p.lo)}..${fmtParam(p.hi)}`).join(',');
      warnings.push({ code: 'badValue', key, value: shown(raw), allowed: allowed || 'none' });
      return defaults;
    }
    return defaults.map((d, k) => parsed[k] ?? d);
  };
  let formula = m.get('formula') ?? '';
  const verdict = formula === '' ? { error: '', params: [] } : checkFormula(formula, 'x');
  if (verdict.error !== '') {
    warnings.push({ code: 'badFormula', key: 'formula', value: shown(formula), allowed: verdict.error });
    formula = '';
  }
  const state: State = {
    focus,
    overlays: names.slice(1, 1 + MAX_OVERLAYS),
    family: family !== null && cat.activations.some((a) => a.family === family) ? family : null,
    params: values('p', meta?.params ?? []),
    formula,
    formulaParams: formula === '' ? [] : values('actParams', verdict.params),
  };
  return { state, warnings };
}

/** The link keys of `state` ('' = the key is left out). */
export function explorerLink(state: State, cat: Catalogue): Record<string, string> {
  const focused = cat.activations.find((a) => a.name === state.focus);
  return {
    act: [state.focus, ...state.overlays].join(','),
    p: (focused?.params.length ?? 0) > 0 ? state.params.map(fmtParam).join(',') : '',
    family: state.family ?? '',
    formula: state.formula,
    actParams: state.formula !== '' ? state.formulaParams.map(fmtParam).join(',') : '',
  };
}
