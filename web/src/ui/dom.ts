// dom.ts — the only way the UI builds elements: createElement + textContent, never HTML strings, so
// no text from a URL can ever become markup.
import { setAttr, setText, type MessageKey, type Params } from '../i18n';

export type Attrs = Record<string, string | number | boolean | undefined>;
export type Child = Node | string | null | undefined | false;

/** h('div', {class: 'x', 'data-testid': 'y'}, child, 'text'). Attributes are set with setAttribute. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** An element whose text is the translated key (and follows language changes). */
export function ht<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  key: MessageKey,
  params: Params = {},
  attrs: Attrs = {},
): HTMLElementTagNameMap[K] {
  return setText(h(tag, attrs), key, params);
}

/** aria-label (and title) from the i18n table. */
export function label<E extends Element>(el: E, key: MessageKey, params: Params = {}, withTitle = true): E {
  setAttr(el, 'aria-label', key, params);
  if (withTitle) setAttr(el, 'title', key, params);
  return el;
}

let uid = 0;
export function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A canvas sized for the device pixel ratio; returns its 2-D context scaled to CSS pixels. */
export function fitCanvas(canvas: HTMLCanvasElement, cssW: number, cssH: number): CanvasRenderingContext2D {
  const dpr = Math.min(3, globalThis.devicePixelRatio || 1);
  const w = Math.max(1, Math.round(cssW * dpr));
  const hh = Math.max(1, Math.round(cssH * dpr));
  if (canvas.width !== w || canvas.height !== hh) {
    canvas.width = w;
    canvas.height = hh;
  }
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('2-D canvas unavailable');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}
