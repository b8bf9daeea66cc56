// divergence.ts — what to tell a student when training blows up, in plain words.
import type { Catalogue } from '../engine/types';
import { t } from '../i18n';
import { actMeta } from '../state/defaults';
import type { AppState } from '../state/types';
import type { DivergenceReport } from '../worker/protocol';
import { fmtLoss, fmtParam } from './format';

export function divergenceLines(
  r: DivergenceReport,
  s: Readonly<AppState>,
  cat: Catalogue,
): (() => string)[] {
  const acts = [...new Set(s.layers.map((l) => l.act))].map((a) => actMeta(cat, a)?.display ?? a);
  const act = acts.length > 0 ? acts.join(', ') : (s.output ?? 'identity');
  const lr = s.learningRate;
  return [
    () =>
      t('notice.diverged', {
        epoch: r.epoch,
        what: Number.isNaN(r.trainLoss)
          ? t('notice.nan')
          : Number.isFinite(r.trainLoss)
            ? t('notice.farAbove', { loss: fmtLoss(r.trainLoss) })
            : t('notice.infinite'),
      }),
    () => t('notice.divergedWhy', { lr: fmtParam(lr), act }),
    () => t('notice.divergedFix'),
  ];
}
