// Activation names as the views show them: the playground's picker and gallery (hiddenActChoices),
// the comparison's run cards (actName) and run labels (runLabels), the explorer's list and the
// divergence notice — on a Korean page the Korean name with the English one beside it, on an English
// page the English name (the counterfactual). Option values stay the catalogue's names. The views
// themselves in Chromium: tests/e2e (compare, explorer, playground in Korean).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../web/src/engine/types';
import { lang, setLang } from '../../web/src/i18n';
import { runLabels } from '../../web/src/lab/platform/labels';
import { decodeComparison, parsePairs } from '../../web/src/lab/platform/runs';
import { hiddenActivations } from '../../web/src/state/schema';
import { actName, hiddenActChoices } from '../../web/src/ui/act-names';
import { divergenceLines } from '../../web/src/ui/divergence';
import type { DivergenceReport } from '../../web/src/worker/protocol';
import { loadCatalogue } from './node-module';

let cat: Catalogue;
const g = globalThis as unknown as { document?: unknown };
const hadDocument = 'document' in g;
beforeAll(async () => {
  cat = await loadCatalogue();
  // setLang writes <html lang>; Node has no document.
  if (!hadDocument) g.document = { documentElement: { lang: 'en' } };
});
afterAll(() => {
  setLang('en');
  if (!hadDocument) delete g.document;
});

const KO: Record<string, string> = {
  sigmoid: '시그모이드 (Sigmoid)',
  tanh: '하이퍼볼릭 탄젠트 (Tanh)',
  step: '계단 함수 (Step)',
  softplus: '소프트플러스 (Softplus)',
};
const EN: Record<string, string> = { sigmoid: 'Sigmoid', tanh: 'Tanh', step: 'Step', softplus: 'Softplus' };

const REPORT: DivergenceReport = {
  kind: 'diverged',
  runId: 1,
  epoch: 3,
  step: 600,
  detail: '',
  cause: { kind: 'non-finite', formula: '', value: '', x: 0, layer: 0, atInitialWeights: false },
  trainLoss: NaN,
  lastGoodEpoch: 2,
};

function runs(link: string) {
  const cmp = decodeComparison(parsePairs(link), cat, 2, []);
  expect(cmp.warnings).toEqual([]);
  return cmp.runs;
}

/** What every view shows for the four activations, in the current language. */
function shown() {
  const choices = new Map(hiddenActChoices(cat).map((c) => [c.value, c.text()]));
  const pick = (names: string[]) => names.map((n) => choices.get(n));
  const names = Object.keys(KO);
  const s = runs('r1.activation=sigmoid&r2.activation=tanh')[0];
  if (!s) throw new Error('no run');
  return {
    picker: pick(names),
    cards: names.map((n) => actName(cat, n)),
    labels: runLabels(runs('r1.activation=sigmoid&r2.activation=tanh'), cat),
    notice: divergenceLines(REPORT, s, cat)[1]?.() ?? '',
  };
}

describe('activation names in the views', () => {
  it('Korean page: the Korean names, the English one beside', () => {
    setLang('ko');
    expect(lang()).toBe('ko');
    const v = shown();
    expect(v.picker).toEqual(Object.values(KO));
    expect(v.cards).toEqual(Object.values(KO));
    expect(v.labels).toEqual([KO['sigmoid'], KO['tanh']]);
    expect(v.notice).toContain(KO['sigmoid']);
    // No Korean name (an acronym): the English one; not a catalogue row: the token.
    expect(actName(cat, 'relu')).toBe('ReLU');
    expect(actName(cat, 'formula')).toBe('formula');
  });

  it('English page (the counterfactual): the English names, no Korean', () => {
    setLang('en');
    const v = shown();
    expect(v.picker).toEqual(Object.values(EN));
    expect(v.cards).toEqual(Object.values(EN));
    expect(v.labels).toEqual([EN['sigmoid'], EN['tanh']]);
    expect(v.notice).toContain('Sigmoid');
    expect(v.notice).not.toMatch(/[\uac00-\ud7a3]/u);
  });

  it('a text bound once follows a later language change (the views bind the function, not the string)', () => {
    setLang('en');
    const sig = hiddenActChoices(cat).find((c) => c.value === 'sigmoid');
    expect(sig?.text()).toBe('Sigmoid');
    setLang('ko');
    expect(sig?.text()).toBe(KO['sigmoid']);
    setLang('en');
  });

  it('the picker offers every hidden-layer activation of the catalogue by its catalogue name', () => {
    expect(hiddenActChoices(cat).map((c) => c.value)).toEqual(
      hiddenActivations(cat).filter((n) => n !== 'formula'),
    );
  });

  it('no view reads an activation’s English display name directly', () => {
    const views = [
      'ui/network/act-picker.ts',
      'ui/network/gallery.ts',
      'ui/divergence.ts',
      'ui/charts/activation-plot.ts',
      'lab/compare/run-card.ts',
      'lab/platform/labels.ts',
      'lab/explorer/explorer.ts',
    ];
    // `.display` of anything but a dataset (d.display) or a chart legend.
    const direct = (src: string) => src.match(/(?<!\bd|legend)\??\.display\b/g) ?? [];
    for (const f of views) {
      const src = readFileSync(resolve(import.meta.dirname, '../../web/src', f), 'utf8');
      expect(direct(src), f).toEqual([]);
    }
    // The counterfactual: the old forms are caught.
    expect(direct("h('strong', {}, a.display)")).toHaveLength(1);
    expect(direct('actMeta(cat, l.act)?.display ?? l.act')).toHaveLength(1);
  });
});
