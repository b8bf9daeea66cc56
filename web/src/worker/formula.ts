// formula.ts — the worker's answer to a formula check (the picker's live validation, a link's
// formulas, the explorer's own curve): the core's verdict and, when it compiles, f and f' on xs.
import type { Engine } from '../engine/engine';
import type { FormulaAnswer, FormulaAsk } from './protocol';

export function answerFormula(engine: Engine, ask: FormulaAsk): FormulaAnswer {
  const r = engine.formulaCurve(ask.text, ask.xs, ask.vars, ask.at ?? []);
  return 'f' in r
    ? { kind: 'formula', id: ask.id, error: '', curve: { xs: r.xs, f: r.f, df: r.df }, params: r.params }
    : { kind: 'formula', id: ask.id, error: r.error, curve: null, params: [] };
}
