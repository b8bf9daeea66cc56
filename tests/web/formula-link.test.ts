// Formulas in links (formula=, and rK.formula= in comparisons): the codec keeps a text only when the
// real core compiles it, a bad one becomes the default plus a notice quoting the core's message
// (column and problem) while the rest of the link still applies, and what it writes reads back the
// same. The verdicts come from the real module (Node build), as the pages get them from the worker.
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../web/src/engine/engine';
import { decodeComparison, parsePairs } from '../../web/src/lab/platform/runs';
import { UNCHECKED, decodeState, encodeState, readParams } from '../../web/src/state/codec';
import { DEFAULT_FORMULA, defaultLayer, defaultState, fitFormulaParams } from '../../web/src/state/defaults';
import { engineConfig } from '../../web/src/state/engine-config';
import type { FormulaCheck } from '../../web/src/state/types';
import { explorerLink, explorerState } from '../../web/src/lab/explorer/link';
import { formulaVarsOf, linkFormulaCheck } from '../../web/src/ui/formula-checks';
import type { FormulaAnswer } from '../../web/src/worker/protocol';
import { answerFormula } from '../../web/src/worker/formula';
import { engineFormulaCheck } from './formula-check';
import { loadModule } from './node-module';

let engine: Engine;
let check: FormulaCheck;
beforeAll(async () => {
  engine = new Engine(await loadModule());
  check = engineFormulaCheck(engine);
});

const decode = (hash: string, c: FormulaCheck = check) =>
  decodeState(readParams('', hash), engine.catalogue, undefined, c);

describe('formula= in a link', () => {
  it('reads a formula activation, trains it in the real engine, and writes the same link back', () => {
    const link =
      'activation=formula&formula=x*tanh(softplus(x))&networkShape=8,8&dataset=spiral&learningRate=0.01';
    const { state, warnings } = decode(link);
    expect(warnings).toEqual([]);
    expect(state.layers.map((l) => l.act)).toEqual(['formula', 'formula']);
    expect(state.formula).toBe('x*tanh(softplus(x))');
    const cfg = engineConfig(state, engine.catalogue);
    expect(cfg.net.formula).toBe('x*tanh(softplus(x))');
    expect(engine.configure(cfg)).toBe('');
    const hash = encodeState(state, engine.catalogue);
    expect(hash).toContain('activation=formula');
    expect(hash).toContain('formula=x*tanh(softplus(x))');
    expect(decode(hash).state).toEqual(state);
  });

  it('round-trips texts that need percent-encoding (spaces, +, ;, parameters)', () => {
    const s = defaultState(engine.catalogue);
    s.layers = s.layers.map((l) => ({ ...defaultLayer(engine.catalogue, l.units, 'formula') }));
    for (const text of [
      'x + 0.5*sin(x)',
      'x*sigmoid(a*x); a = 1.5 in [0.1, 5]',
      'max(x, 0) ^ 2',
      '-x^2 + e',
    ]) {
      s.formula = text;
      const back = decode(encodeState(s, engine.catalogue));
      expect(back.warnings).toEqual([]);
      expect(back.state.formula).toBe(text);
    }
  });

  it('a bad formula becomes the default with the core’s message, and the rest of the link still applies', () => {
    const { state, warnings } = decode(
      'activation=formula&formula=x*sinh(x)&learningRate=0.1&networkShape=3',
    );
    expect(state.formula).toBe(DEFAULT_FORMULA);
    expect(state.layers.map((l) => [l.units, l.act])).toEqual([[3, 'formula']]);
    expect(state.learningRate).toBe(0.1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'badFormula', key: 'formula', value: 'x*sinh(x)' });
    expect(warnings[0]?.allowed).toMatch(/^unknown function 'sinh' at column 3; allowed: exp, log/);
    const paren = decode('formula=tanh(x');
    expect(paren.warnings[0]?.allowed).toMatch(/column \d+/);
    expect(paren.state.formula).toBe(DEFAULT_FORMULA);
    // An activation formula may not use y (that is a dataset formula's).
    expect(decode('formula=x*y').warnings[0]?.allowed).toMatch(/^'y' at column 3/);
  });

  it('without the engine’s verdict no formula is taken (counterfactual: the check is what accepts)', () => {
    const { state, warnings } = decode('formula=sin(x)', UNCHECKED);
    expect(state.formula).toBe(DEFAULT_FORMULA);
    expect(warnings[0]).toMatchObject({ code: 'badFormula', key: 'formula' });
    expect(decode('formula=sin(x)').state.formula).toBe('sin(x)');
  });

  it('writes formula= while a layer uses it (even the default), and not otherwise', () => {
    const s = defaultState(engine.catalogue);
    expect(encodeState(s, engine.catalogue)).not.toContain('formula');
    s.layers[0] = defaultLayer(engine.catalogue, 4, 'formula');
    expect(encodeState(s, engine.catalogue)).toContain(`formula=${encodeURIComponent(DEFAULT_FORMULA)}`);
    expect(engineConfig(defaultState(engine.catalogue), engine.catalogue).net.formula).toBeUndefined();
  });

  it('comparisons take rK.formula per run', () => {
    const pairs = parsePairs('compare=2&activation=formula&r1.formula=sin(x)&r2.formula=x*sigmoid(x)');
    const cmp = decodeComparison(pairs, engine.catalogue, 2, [], check);
    expect(cmp.warnings).toEqual([]);
    expect(cmp.runs.map((r) => r.formula)).toEqual(['sin(x)', 'x*sigmoid(x)']);
    expect(
      decodeComparison(parsePairs('r1.formula=sinh(x)'), engine.catalogue, 2, [], check).warnings[0],
    ).toMatchObject({
      code: 'badFormula',
    });
  });
});

describe('a formula’s parameters in a link (actParams=, as for catalogue parameters)', () => {
  const SIG = encodeURIComponent('x*sigmoid(a*x) + b; a = 1 in [0.1, 5], b = 0 in [-1, 1]');

  it('reads the start values, checks them against the declared ranges, and writes them back', () => {
    const { state, warnings } = decode(
      `activation=formula&networkShape=3,2&formula=${SIG}&actParams=2.5,-0.5;`,
    );
    expect(warnings).toEqual([]);
    expect(state.layers.map((l) => l.params)).toEqual([[2.5, -0.5], []]);
    const hash = encodeState(state, engine.catalogue);
    expect(hash).toContain('actParams=2.5,-0.5;');
    expect(decode(hash).state).toEqual(state);
    // Out of the declared range [0.1, 5], or more values than declared: the defaults and a notice.
    for (const bad of ['7;', '1,0,3;', '0.05;']) {
      const r = decode(`activation=formula&networkShape=3,2&formula=${SIG}&actParams=${bad}`);
      expect(r.state.layers.map((l) => l.params)).toEqual([[], []]);
      expect(r.warnings[0]).toMatchObject({ code: 'badValue', key: 'actParams' });
    }
    // Counterfactual: the default formula declares none, so the same values are refused.
    expect(decode('activation=formula&networkShape=3&actParams=2').warnings[0]).toMatchObject({
      key: 'actParams',
    });
  });

  it('the engine starts (and with learn=1 trains) the parameters from the link’s values', () => {
    const { state } = decode(
      `activation=formula&networkShape=3,2&formula=${SIG}&actParams=2.5,-0.5;&learn=11`,
    );
    const cfg = engineConfig(state, engine.catalogue);
    expect(engine.configure(cfg)).toBe('');
    const lay = engine.layout().layers;
    expect(lay.map((l) => l.actParamNames)).toEqual([['a', 'b'], ['a', 'b'], []]);
    const p = engine.params();
    const at = (l: number, u: number, k: number) => {
      const L = lay[l];
      if (!L) throw new Error('no layer');
      return p[L.actParamOffset + u * L.actParamsPerUnit + k];
    };
    // Layer 1 from the link, layer 2 (no values) from the declared defaults a = 1, b = 0.
    expect([at(0, 0, 0), at(0, 2, 1), at(1, 1, 0), at(1, 1, 1)]).toEqual([2.5, -0.5, 1, 0]);
  });

  it('a new formula keeps start values that fit its ranges and drops the others', () => {
    const declared = [{ name: 'a', def: 1, lo: 0, hi: 2 }];
    expect(fitFormulaParams([1.5], declared)).toEqual([1.5]);
    expect(fitFormulaParams([3], declared)).toEqual([]);
    expect(fitFormulaParams([1, 1], declared)).toEqual([]);
    expect(fitFormulaParams([], declared)).toEqual([]);
  });

  it('comparisons take rK.actParams per run for a formula run', () => {
    const pairs = parsePairs(
      `compare=2&networkShape=4,2&activation=formula&formula=${SIG}&r1.actParams=0.5;&r2.actParams=4;`,
    );
    const cmp = decodeComparison(pairs, engine.catalogue, 2, [], check);
    expect(cmp.warnings).toEqual([]);
    expect(cmp.runs.map((r) => r.layers[0]?.params)).toEqual([[0.5], [4]]);
  });
});

describe('the worker’s formula answer with parameter values (the explorer’s sliders)', () => {
  it('evaluates at the given values, the declared defaults where none is given', () => {
    const xs = Float32Array.from([-2, 0.5, 3]);
    const ask = (at?: number[]) =>
      answerFormula(engine, {
        kind: 'formula',
        id: 1,
        text: 'x*sigmoid(a*x); a = 1 in [0, 5]',
        vars: 'x',
        xs,
        at,
      });
    const sig = (u: number) => 1 / (1 + Math.exp(-u));
    for (const [at, a] of [
      [[2.5], 2.5],
      [[], 1],
      [undefined, 1],
    ] as const) {
      const r = ask(at === undefined ? undefined : [...at]);
      expect(r.params).toEqual([{ name: 'a', def: 1, lo: 0, hi: 5 }]);
      xs.forEach((x, i) => {
        expect(r.curve?.f[i]).toBeCloseTo(x * sig(a * x), 6);
        // f' = sigmoid(ax) + a x sigmoid(ax)(1 - sigmoid(ax))
        expect(r.curve?.df[i]).toBeCloseTo(sig(a * x) + a * x * sig(a * x) * (1 - sig(a * x)), 5);
      });
    }
  });
});

describe('the page asks the worker about a link’s formulas', () => {
  it('knows which keys hold formulas and of which variables', () => {
    expect(formulaVarsOf('formula')).toBe('x');
    expect(formulaVarsOf('r3.formula')).toBe('x');
    expect(formulaVarsOf('dataFormula')).toBe('xy');
    expect(formulaVarsOf('r1.dataFormula')).toBe('xy');
    expect(formulaVarsOf('formulas')).toBeUndefined();
    expect(formulaVarsOf('activation')).toBeUndefined();
  });

  it('asks once per text through the worker entry’s answer, and refuses what it did not ask', async () => {
    const asked: string[] = [];
    let id = 0;
    const client = {
      formula: (text: string, vars: 'x' | 'xy', xs = new Float32Array(0)): Promise<FormulaAnswer> => {
        asked.push(text);
        return Promise.resolve(answerFormula(engine, { kind: 'formula', id: ++id, text, vars, xs }));
      },
    };
    const c = await linkFormulaCheck(client, [
      ['formula', 'sin(x)'],
      ['r2.formula', 'sin(x)'],
      ['r1.formula', 'sinh(x)'],
      ['learningRate', 'sin(x)'],
    ]);
    expect(asked).toEqual(['sin(x)', 'sinh(x)']);
    expect(c('sin(x)', 'x')).toEqual({ error: '', params: [] });
    expect(c('sinh(x)', 'x').error).toMatch(/^unknown function 'sinh' at column 1/);
    expect(c('cos(x)', 'x').error).not.toBe('');
  });
});

describe('dataFormula= in a link (custom, custom1d)', () => {
  it('draws the custom dataset from the typed formula: label = [f(x, y) > 0], checked in JavaScript', () => {
    const { state, warnings } = decode(`dataset=custom&dataFormula=${encodeURIComponent('x*x + y*y - 9')}`);
    expect(warnings).toEqual([]);
    expect(state.dataFormula).toBe('x*x + y*y - 9');
    const cfg = engineConfig(state, engine.catalogue);
    expect(cfg.data.formula).toBe('x*x + y*y - 9');
    const d = engine.makeDataset(cfg.data);
    if (typeof d === 'string') throw new Error(d);
    let ones = 0;
    for (let i = 0; i < d.nTrain + d.nTest; i++) {
      const x = d.x[i] ?? 0;
      const y = d.y[i] ?? 0;
      const v = x * x + y * y - 9;
      if (Math.abs(v) > 1e-4) expect(d.label[i]).toBe(v > 0 ? 1 : 0);
      ones += d.label[i] === 1 ? 1 : 0;
    }
    expect(ones).toBeGreaterThan(0);
    expect(ones).toBeLessThan(d.nTrain + d.nTest);
    expect(engine.configure(cfg)).toBe('');
    expect(decode(encodeState(state, engine.catalogue)).state).toEqual(state);
  });

  it('custom1d: target = f(x); without a formula each dataset uses its own (not written)', () => {
    const { state } = decode('dataset=custom1d&dataFormula=x/6');
    const d = engine.makeDataset(engineConfig(state, engine.catalogue).data);
    if (typeof d === 'string') throw new Error(d);
    expect(d.dims).toBe(1);
    for (let i = 0; i < d.nTrain; i++) expect(d.label[i]).toBeCloseTo((d.x[i] ?? 0) / 6, 6);
    const own = decode('dataset=custom');
    expect(own.state.dataFormula).toBe('');
    expect(engineConfig(own.state, engine.catalogue).data.formula).toBeUndefined();
    expect(encodeState(own.state, engine.catalogue)).not.toContain('dataFormula');
    expect(engine.catalogue.datasets.find((m) => m.name === 'custom')?.formula).toBe('y - 3*sin(x)');
  });

  it('a bad data formula keeps the dataset’s own with the core’s message; elsewhere it is dropped and said', () => {
    const bad = decode('dataset=custom&dataFormula=sinh(x)-y&noise=10');
    expect(bad.state.dataset).toBe('custom');
    expect(bad.state.dataFormula).toBe('');
    expect(bad.state.noise).toBe(10);
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0]).toMatchObject({ code: 'badFormula', key: 'dataFormula' });
    expect(bad.warnings[0]?.allowed).toMatch(/^unknown function 'sinh' at column 1/);
    const stray = decode('dataset=spiral&dataFormula=x-y');
    expect(stray.state.dataFormula).toBe('');
    expect(stray.warnings[0]).toMatchObject({ code: 'adjusted', key: 'dataFormula' });
    // custom1d is a function of x alone: the engine names the y.
    const oneD = decode('dataset=custom1d&dataFormula=x%2By');
    expect(engine.validate(engineConfig(oneD.state, engine.catalogue))).toMatch(
      /'y' at column 3 is not allowed in custom1d/,
    );
  });
});

describe('the explorer’s link (#explorer): its own formula and the values of its parameters', () => {
  const OWN = 'x*sigmoid(a*x) + b; a = 1 in [0, 5], b = 0 in [-1, 1]';
  const explorer = (hash: string) => explorerState(parsePairs(hash), engine.catalogue, check);

  it('reads actParams as the own formula’s slider values and writes the same keys back', () => {
    const hash = `explorer&act=prelu,tanh&p=0.5&formula=${encodeURIComponent(OWN)}&actParams=2.5,-0.25`;
    const { state, warnings } = explorer(hash);
    expect(warnings).toEqual([]);
    expect(state.formula).toBe(OWN);
    expect(state.formulaParams).toEqual([2.5, -0.25]);
    expect(state.params).toEqual([0.5]);
    const written = explorerLink(state, engine.catalogue);
    expect(written).toMatchObject({ formula: OWN, actParams: '2.5,-0.25', p: '0.5', act: 'prelu,tanh' });
    // What it writes reads back to the same state.
    const again = explorer(new URLSearchParams(Object.entries(written)).toString());
    expect(again.warnings).toEqual([]);
    expect(again.state).toEqual(state);
  });

  it('leaves out what is missing: the declared defaults, and no actParams without a formula', () => {
    expect(explorer(`explorer&formula=${encodeURIComponent(OWN)}`).state.formulaParams).toEqual([1, 0]);
    // One value given: the second keeps its default.
    expect(explorer(`explorer&formula=${encodeURIComponent(OWN)}&actParams=3`).state.formulaParams).toEqual([
      3, 0,
    ]);
    const none = explorer('explorer&act=relu&actParams=2');
    expect(none.state.formula).toBe('');
    expect(none.state.formulaParams).toEqual([]);
    expect(explorerLink(none.state, engine.catalogue).actParams).toBe('');
  });

  it('a bad value becomes the default plus a warning naming the key; the rest of the link applies', () => {
    const own = `formula=${encodeURIComponent(OWN)}`;
    for (const [bad, value] of [
      ['actParams=9,0', '9,0'], // a = 9 is outside [0, 5]
      ['actParams=1,0,2', '1,0,2'], // three values for two parameters
      ['actParams=abc', 'abc'],
      ['actParams=1,NaN', '1,NaN'],
    ] as const) {
      const { state, warnings } = explorer(`explorer&act=tanh&${own}&${bad}`);
      expect(state.formula).toBe(OWN);
      expect(state.formulaParams).toEqual([1, 0]);
      expect(state.focus).toBe('tanh');
      expect(warnings).toEqual([{ code: 'badValue', key: 'actParams', value, allowed: '0..5,-1..1' }]);
    }
    // p: the same for the focused function's parameters (PReLU's slope lives in [0, 1]).
    const p = explorer('explorer&act=prelu&p=7');
    expect(p.state.params).toEqual([0.25]);
    expect(p.warnings.map((w) => w.key)).toEqual(['p']);
    // A formula the core refuses: none plotted, the core's message in the warning.
    const f = explorer('explorer&formula=sinh(x)&actParams=1');
    expect(f.state.formula).toBe('');
    expect(f.state.formulaParams).toEqual([]);
    expect(f.warnings).toEqual([
      { code: 'badFormula', key: 'formula', value: 'sinh(x)', allowed: expect.stringMatching(/sinh/) },
    ]);
  });
});
