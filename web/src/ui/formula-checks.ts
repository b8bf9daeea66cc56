// formula-checks.ts — the core's verdict on every formula a link carries, asked of the worker before
// the link is decoded, so that decoding stays synchronous and engine-free (state/codec.ts takes the
// answers as a FormulaCheck). `formula=` is a function of x, `dataFormula=` of x and y; run keys
// (`r2.formula=`) count too.
import type { FormulaVars } from '../engine/types';
import { UNCHECKED } from '../state/codec';
import type { FormulaCheck, FormulaVerdict } from '../state/types';
import type { FormulaClient } from './worker-client';

const FORMULA_KEY = /(?:^|\.)(formula|dataFormula)$/;

/** The variables a key's formula may use, or undefined for a key that holds no formula. */
export function formulaVarsOf(key: string): FormulaVars | undefined {
  const m = FORMULA_KEY.exec(key);
  return m === null ? undefined : m[1] === 'dataFormula' ? 'xy' : 'x';
}

/** Asks the worker about each formula of `pairs` (once per distinct text); a text it was not asked
 * about is refused as unchecked. */
export async function linkFormulaCheck(
  client: FormulaClient,
  pairs: readonly (readonly [string, string])[],
): Promise<FormulaCheck> {
  const answers = new Map<string, FormulaVerdict>();
  const id = (text: string, vars: FormulaVars) => `${vars}:${text}`;
  await Promise.all(
    pairs.map(async ([k, text]) => {
      const vars = formulaVarsOf(k);
      if (vars === undefined || answers.has(id(text, vars))) return;
      answers.set(id(text, vars), UNCHECKED(text, vars));
      const { error, params } = await client.formula(text, vars);
      answers.set(id(text, vars), { error, params });
    }),
  );
  return (text, vars) => answers.get(id(text, vars)) ?? UNCHECKED(text, vars);
}
