// formula-check.ts — the link decoder's formula check answered by a real engine, as the page's is by
// its worker (ui/formula-checks.ts): the core's verdict on a formula and, when it compiles, its params.
import type { Engine } from '../../web/src/engine/engine';
import type { FormulaCheck } from '../../web/src/state/types';

export function engineFormulaCheck(engine: Engine): FormulaCheck {
  return (text, vars) => {
    const r = engine.formulaCurve(text, new Float32Array(0), vars);
    return 'error' in r ? { error: r.error, params: [] } : { error: '', params: r.params };
  };
}
