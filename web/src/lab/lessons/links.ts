// links.ts — a lesson's link and what it changes: `#lesson=ID&key=value&rK.key=value` puts the keys
// on top of the lesson's runs (the same keys and codec as #compare, platform/runs.ts). The page marks a
// lesson whose runs differ from the lesson's own (the check was made for those), names a link that is
// one of the lesson's counterfactuals ("Try this"), and writes those links. Pure: strings and states.
import type { Catalogue } from '../../engine/types';
import type { AppState, FormulaCheck, Lang, Warning } from '../../state/types';
import { decodeComparison, parsePairs, runChanges, type Pairs, type RunChange } from '../platform/runs';
import type { Lesson, Variant } from './defs';

export interface LessonLink {
  /** The runs the page trains: the lesson's, with the link's keys on top. */
  runs: AppState[];
  /** The lesson's own runs (its link alone). */
  lessonRuns: AppState[];
  /** Run keys that differ from the lesson's runs (page keys such as lang, speed, initSeed excluded). */
  changes: RunChange[];
  /** The counterfactual whose keys the link carries, if it is one (and changes nothing else). */
  variant: Variant | undefined;
  warnings: Warning[];
}

export function lessonLink(
  lesson: Lesson,
  pairs: Pairs,
  cat: Catalogue,
  checkFormula?: FormulaCheck,
): LessonLink {
  const base = parsePairs(lesson.link);
  const cmp = decodeComparison(pairs, cat, lesson.runs, base, checkFormula);
  // The lesson's own runs with the same verdicts: a lesson may carry a formula (lesson mix).
  const own = decodeComparison([], cat, lesson.runs, base, checkFormula);
  const changes = runChanges(own.runs, cmp.runs, cat);
  const variant =
    changes.length === 0
      ? undefined
      : lesson.variants.find((v) => {
          const runs = decodeComparison(parsePairs(v.link), cat, lesson.runs, base, checkFormula).runs;
          return runChanges(runs, cmp.runs, cat).length === 0;
        });
  return { runs: cmp.runs, lessonRuns: own.runs, changes, variant, warnings: cmp.warnings };
}

/** The link of a lesson's counterfactual ("Try this"): the lesson, the variant's keys, the language. */
export function variantHref(lesson: Lesson, variant: Variant, lang: Lang): string {
  return `#lesson=${lesson.id}&${variant.link}&lang=${lang}`;
}

/** The lesson as designed (no overrides), in `lang`. */
export function lessonHref(lesson: Lesson, lang: Lang): string {
  return `#lesson=${lesson.id}&lang=${lang}`;
}
