// labels.ts — a run's name in a comparison: what makes it different from the others ("ReLU",
// "He, normal", "Adam · lr 0.1", "5 classes"), in the current language (activations by their Korean
// names on a Korean page, ui/act-names.ts).
import type { Catalogue } from '../../engine/types';
import { lang, t, tToken } from '../../i18n';
import type { AppState } from '../../state/types';
import { actName } from '../../ui/act-names';
import { differingKeys } from './runs';

/** Okabe–Ito colours for runs 1..4 (not the class colours' orange, so runs and classes never clash). */
export const RUN_COLOURS: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'];

export function runColour(i: number): string {
  return RUN_COLOURS[i % RUN_COLOURS.length] ?? '#444';
}

function part(key: string, s: Readonly<AppState>, cat: Catalogue): string | null {
  switch (key) {
    case 'activation':
    case 'actParams': {
      const names = [...new Set(s.layers.map((l) => actName(cat, l.act)))];
      const params = s.layers[0]?.params.length ? ` (${s.layers[0].params.join(', ')})` : '';
      return names.join(' / ') + params;
    }
    case 'init':
      return tToken('init', s.init);
    case 'initScale':
      return s.init === 'uniform' ? `±${s.initScale}` : null;
    case 'optimizer':
      return tToken('optimizer', s.optimizer);
    case 'learningRate':
      return t('run.lr', { v: s.learningRate });
    case 'dropout':
      return t('run.dropoutP', { v: s.dropout });
    case 'regularization':
    case 'regularizationRate':
      return s.regularization === 'none' ? t('run.noReg') : `${s.regularization} ${s.regularizationRate}`;
    case 'classes':
      return t('run.classes', { n: s.classes });
    case 'learn':
      return s.layers.some((l) => l.learn) ? t('run.learnt') : t('run.fixed');
    case 'networkShape':
      return s.layers.map((l) => l.units).join('-');
    case 'dataset': {
      const d = cat.datasets.find((x) => x.name === s.dataset);
      return d ? (lang() === 'ko' ? d.displayKo : d.display) : s.dataset;
    }
    case 'batchSize':
      return t('run.batch', { n: s.batchSize });
    default:
      return null;
  }
}

/** Labels of all runs from the keys in which they differ; "run K" when they differ in nothing shown. */
export function runLabels(runs: readonly Readonly<AppState>[], cat: Catalogue): string[] {
  // A run on its own is named by its activation.
  const keys = runs.length === 1 ? ['activation'] : differingKeys(runs, cat);
  return runs.map((s, i) => {
    const parts = [
      ...new Set(keys.map((k) => part(k, s, cat)).filter((p): p is string => p !== null && p !== '')),
    ];
    return parts.length > 0 ? parts.join(' · ') : t('run.n', { n: i + 1 });
  });
}
