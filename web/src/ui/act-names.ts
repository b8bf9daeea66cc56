// act-names.ts — an activation's name as every view shows it (the playground's picker and gallery,
// the comparison's run cards and run labels, the explorer): the catalogue's display name, and on a
// Korean page the Korean name with the English one beside it (i18n/glossary.ts). Only the visible
// text changes with the language; option values, URL keys and data-testid hooks stay the catalogue's
// names.
import type { ActivationMeta, Catalogue } from '../engine/types';
import { lang } from '../i18n';
import { actDisplay } from '../i18n/glossary';
import { hiddenActivations } from '../state/schema';

/** The name of catalogue activation `name` in the current language; the token itself if the catalogue
 *  has no such row (the student's own `formula`). */
export function actName(cat: Catalogue, name: string): string {
  const a = cat.activations.find((m) => m.name === name);
  return a === undefined ? name : actDisplay(a, lang());
}

export interface ActChoice {
  meta: ActivationMeta;
  /** The catalogue name: the option's value, the URL's token. */
  value: string;
  /** The visible name, in the language current when called (so a text bound with setText follows it). */
  text: () => string;
}

/** The catalogue's activations a hidden layer may use, in catalogue order (the student's own formula,
 *  not a catalogue row, is left to the caller). */
export function hiddenActChoices(cat: Catalogue): ActChoice[] {
  const allowed = new Set(hiddenActivations(cat));
  return cat.activations
    .filter((a) => allowed.has(a.name))
    .map((a) => ({ meta: a, value: a.name, text: () => actDisplay(a, lang()) }));
}
