// store.ts — the one mutable AppState of the page. Panels call update(kind, fn); subscribers learn
// what kind of thing changed, which decides the engine message (configure / train / nothing).
import type { AppState } from '../state/types';

/**
 * data: the dataset changes (new data, new weights). net: the network changes (new weights, same
 * data). train: settings that keep the weights. speed, view, lang: nothing for the engine to rebuild.
 */
export type Change = 'data' | 'net' | 'train' | 'speed' | 'view' | 'lang';

export type Listener = (s: Readonly<AppState>, change: Change) => void;

export class Store {
  private listeners: Listener[] = [];

  /** normalise keeps every state the core can accept (e.g. 1-D data drops the y features). */
  constructor(
    private current: AppState,
    private readonly normalise: (s: AppState) => void = () => undefined,
  ) {}

  get state(): Readonly<AppState> {
    return this.current;
  }

  update(change: Change, fn: (s: AppState) => void): void {
    const next = structuredClone(this.current);
    fn(next);
    this.normalise(next);
    this.current = next;
    for (const l of this.listeners) l(next, change);
  }

  /** Replaces the whole state (a restored or decoded link): reported as a data change. */
  replace(s: AppState): void {
    this.current = structuredClone(s);
    for (const l of this.listeners) l(this.current, 'data');
  }

  subscribe(l: Listener): void {
    this.listeners.push(l);
  }
}
