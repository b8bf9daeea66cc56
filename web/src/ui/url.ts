// url.ts — the page location as the save file: read once at start, rewritten (replaceState, no
// history spam) whenever the state changes.
import type { Catalogue } from '../engine/types';
import { encodeState, readParams } from '../state/codec';
import type { AppState } from '../state/types';

export function locationParams(): [string, string][] {
  return readParams(location.search, location.hash);
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the state into the hash (after 150 ms of quiet, so dragging a slider is one write). */
export function writeLocation(s: Readonly<AppState>, cat: Catalogue): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const hash = encodeState(s, cat);
    const url = `${location.pathname}#${hash}`;
    if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, '', url);
  }, 150);
}
