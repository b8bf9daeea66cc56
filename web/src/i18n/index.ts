// index.ts — t(key, params) and the current language. Elements that carry translated text register
// with setText()/setAttr(); setLang() re-applies every registered text, so switching the language
// never rebuilds the page. The lab pages' texts (lessons.{en,ko}.ts, most of the strings) load on demand
// with loadLabTexts(): the playground never shows them, so its bundle does not carry them.
import type { Lang } from '../state/types';
import { en, type MessageKey as PlaygroundKey } from './en';
import { ko } from './ko';
import type { LessonKey } from './lessons.en';

/** Every key: the playground's (en.ts) and the lab pages' (lessons.en.ts: lessons, comparison, explorer). */
export type MessageKey = PlaygroundKey | LessonKey;
export type Params = Readonly<Record<string, string | number>>;

/** The playground's strings from the start; the lab's join them when loadLabTexts() resolves. */
const TABLES: Record<Lang, Partial<Record<MessageKey, string>>> = { en: { ...en }, ko: { ...ko } };

let labTexts: Promise<void> | undefined;

/** Loads the lab pages' strings (both languages: a lab page switches language in place). Call it,
 *  and await it, before a lab page calls t() with one of their keys; later calls share the first load. */
export function loadLabTexts(): Promise<void> {
  labTexts ??= Promise.all([import('./lessons.en'), import('./lessons.ko')]).then(([e, k]) => {
    Object.assign(TABLES.en, e.lessonsEn);
    Object.assign(TABLES.ko, k.lessonsKo);
  });
  return labTexts;
}

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

/** The string for key in the current language, {name} replaced by params (as plain text). */
export function t(key: MessageKey, params: Params = {}): string {
  // A lab key before loadLabTexts() resolved shows as the key itself (a visible bug, not a crash).
  return format(TABLES[current][key] ?? key, params);
}

/** For keys built from core tokens (family.rectifier, init.he_normal): the token itself if untranslated. */
export function tToken(prefix: string, token: string): string {
  const key = `${prefix}.${token}`;
  const table: Readonly<Partial<Record<string, string>>> = TABLES[current];
  return table[key] ?? token;
}

export function format(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Runs fn now and after every language change. */
export function onLang(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  fn(current);
  return () => listeners.delete(fn);
}

export function setLang(l: Lang): void {
  if (l === current) return;
  current = l;
  document.documentElement.lang = l;
  for (const fn of listeners) fn(l);
}

type TextKey = MessageKey | (() => string);
const resolve = (k: TextKey, params: Params): string => (typeof k === 'function' ? k() : t(k, params));

/**
 * Translated texts of elements, weakly held: an element the page dropped is forgotten by the
 * garbage collector, so rebuilding a panel does not leak or keep updating dead nodes.
 */
const bound = new WeakMap<Element, Map<string, () => void>>();
const refs = new Set<WeakRef<Element>>();
listeners.add(() => {
  for (const ref of refs) {
    const el = ref.deref();
    if (el === undefined) refs.delete(ref);
    else for (const apply of bound.get(el)?.values() ?? []) apply();
  }
});

function bind(el: Element, slot: string, apply: () => void): void {
  let slots = bound.get(el);
  if (slots === undefined) {
    slots = new Map();
    bound.set(el, slots);
    refs.add(new WeakRef(el));
  }
  slots.set(slot, apply);
  apply();
}

/** el.textContent follows the language. */
export function setText<E extends Element>(el: E, key: TextKey, params: Params = {}): E {
  bind(el, '#text', () => (el.textContent = resolve(key, params)));
  return el;
}

/** An attribute (aria-label, title, placeholder) follows the language. */
export function setAttr<E extends Element>(el: E, attr: string, key: TextKey, params: Params = {}): E {
  bind(el, attr, () => el.setAttribute(attr, resolve(key, params)));
  return el;
}
