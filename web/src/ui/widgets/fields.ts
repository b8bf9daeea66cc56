// fields.ts — labelled form controls. Each returns its element and a set() that updates the shown
// value without firing onChange (state -> view), while user input calls onChange (view -> state).
import { setText, t, type MessageKey, type Params } from '../../i18n';
import { h, nextId } from '../dom';

export interface Option<T> {
  value: T;
  /** Fixed text, a translated key, or a function of the language. */
  text: string | { key: MessageKey; params?: Params } | (() => string);
}

export interface Field<T> {
  el: HTMLElement;
  set(v: T): void;
  setDisabled(d: boolean): void;
}

function labelFor(id: string, key: MessageKey, params?: Params): HTMLLabelElement {
  return setText(h('label', { for: id, class: 'field-label' }), key, params);
}

function optionText(o: HTMLOptionElement, text: Option<unknown>['text']): void {
  if (typeof text === 'string') o.textContent = text;
  else if (typeof text === 'function') setText(o, text);
  else setText(o, text.key, text.params);
}

/** The text an option shows now (in the current language). */
function shownText(text: Option<unknown>['text']): string {
  return typeof text === 'string' ? text : typeof text === 'function' ? text() : t(text.key, text.params);
}

/** `select` already lists exactly `opts`, values and texts, in order. */
function lists<T>(select: HTMLSelectElement, opts: readonly Option<T>[]): boolean {
  const shown = select.options;
  return (
    shown.length === opts.length &&
    opts.every((o, i) => shown[i]?.value === String(o.value) && shown[i]?.textContent === shownText(o.text))
  );
}

/** A <select> over values of type T (compared by String(value)). */
export function selectField<T>(
  key: MessageKey,
  options: readonly Option<T>[],
  value: T,
  onChange: (v: T) => void,
  attrs: { hide?: string; testid?: string; params?: Params } = {},
): Field<T> & { select: HTMLSelectElement; setOptions(o: readonly Option<T>[], v: T): void } {
  const id = nextId('sel');
  const select = h('select', { id, 'data-testid': attrs.testid });
  let current = options;
  /** Selects `v` unless it is selected already. */
  const show = (v: T) => {
    if (select.value !== String(v)) select.value = String(v);
  };
  // Panels pass their options again on every change of state. Re-creating the same <option>s is not
  // free: Chromium's autofill re-reads the page's form controls after every such change (3-16 ms, with a
  // forced layout, per noise-slider step at the 8 x 64 network), so an unchanged list is kept.
  const fill = (opts: readonly Option<T>[], v: T) => {
    current = opts;
    if (!lists(select, opts))
      select.replaceChildren(
        ...opts.map((o) => {
          const el = h('option', { value: String(o.value) });
          optionText(el, o.text);
          return el;
        }),
      );
    show(v);
  };
  fill(options, value);
  select.addEventListener('change', () => {
    const o = current.find((c) => String(c.value) === select.value);
    if (o) onChange(o.value);
  });
  const el = h('div', { class: 'field', 'data-hide': attrs.hide }, labelFor(id, key, attrs.params), select);
  return {
    el,
    select,
    set: (v) => {
      if (current.some((o) => String(o.value) === String(v))) show(v);
    },
    setOptions: fill,
    setDisabled: (d) => (select.disabled = d),
  };
}

/** A range slider with its value shown beside it. */
export function rangeField(
  key: MessageKey,
  spec: { min: number; max: number; step: number },
  value: number,
  show: (v: number) => string,
  onChange: (v: number) => void,
  attrs: { hide?: string } = {},
): Field<number> {
  const id = nextId('rng');
  const input = h('input', { id, type: 'range', min: spec.min, max: spec.max, step: spec.step, value });
  const out = h('output', { for: id, class: 'field-value' }, show(value));
  input.addEventListener('input', () => (out.textContent = show(Number(input.value))));
  input.addEventListener('change', () => onChange(Number(input.value)));
  const el = h(
    'div',
    { class: 'field field-range', 'data-hide': attrs.hide },
    h('div', { class: 'field-head' }, labelFor(id, key), out),
    input,
  );
  return {
    el,
    set: (v) => {
      input.value = String(v);
      out.textContent = show(v);
    },
    setDisabled: (d) => (input.disabled = d),
  };
}

/** A checkbox with its label. */
export function checkField(
  key: MessageKey,
  checked: boolean,
  onChange: (v: boolean) => void,
  attrs: { hide?: string; testid?: string } = {},
): Field<boolean> {
  const id = nextId('chk');
  const input = h('input', { id, type: 'checkbox', 'data-testid': attrs.testid });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  const el = h('div', { class: 'field field-check', 'data-hide': attrs.hide }, input, labelFor(id, key));
  return { el, set: (v) => (input.checked = v), setDisabled: (d) => (input.disabled = d) };
}

/** Numeric options plus the current value when a link brought one that is not in the list. */
export function numberOptions(
  values: readonly number[],
  current: number,
  fmt: (v: number) => string = String,
): Option<number>[] {
  const all = values.includes(current) ? [...values] : [...values, current].sort((a, b) => a - b);
  return all.map((v) => ({ value: v, text: fmt(v) }));
}
