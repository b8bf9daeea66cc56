// boot.ts — how a page starts its worker (the playground's and every lab page's): ask it to load the
// module, wait for `ready`, or put the fatal error where the page would have been. A worker that
// cannot start (engine file missing, damaged or never answering; worker script missing) ends in a page
// that says so in plain words and offers to try again — never a spinner that spins forever.
import { t } from '../i18n';
import type { Fatal, Ready } from '../worker/protocol';
import { h, ht } from './dom';
import type { WorkerClient } from './worker-client';

/** The worker itself gives up on a build after 20 s and tries the plain one; this covers both. */
export const STARTUP_TIMEOUT_MS = 50_000;

/** simd=0 or simd=false in the link (the last `simd` key decides) forces the non-SIMD engine. */
export function wantsSimd(pairs: readonly (readonly [string, string])[]): boolean {
  const v = pairs.filter(([k]) => k === 'simd').pop()?.[1];
  return v !== '0' && v !== 'false';
}

/** `p`, or `late()` when it has not settled within ms. */
function orAfter<T>(p: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<T>((resolve) => (timer = setTimeout(() => resolve(late()), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Loads the module in the worker; null after showing the error in root when it cannot. */
export async function bootWorker(
  client: Pick<WorkerClient<unknown, { kind: string }>, 'boot'>,
  simd: boolean,
  root: HTMLElement,
  ms = STARTUP_TIMEOUT_MS,
): Promise<Ready | null> {
  const first = await orAfter<Ready | Fatal>(client.boot(simd), ms, () => ({
    kind: 'fatal',
    message: t('app.noAnswer', { s: ms / 1000 }),
  }));
  if (first.kind === 'ready') return first;
  root.replaceChildren(fatalScreen(first.message));
  return null;
}

/** How long a lab page's code and texts (chunks loaded on demand) may take to arrive. */
export const CHUNK_TIMEOUT_MS = 20_000;

/**
 * A page's code loaded on demand (a lab page and its texts); null after showing, in root, that it did
 * not arrive (missing, broken or never answering) with a retry — never a spinner that spins forever.
 */
export async function loadChunk<T>(
  load: Promise<T>,
  root: HTMLElement,
  ms = CHUNK_TIMEOUT_MS,
): Promise<T | null> {
  const late = Symbol('late');
  let got: T | typeof late;
  try {
    got = await orAfter<T | typeof late>(load, ms, () => late);
  } catch {
    got = late;
  }
  if (got !== late) return got;
  root.replaceChildren(fatalScreen(t('app.chunkMissing', { s: ms / 1000 }), 'app.pageFatal'));
  return null;
}

/** The page shown when the engine (or the page's code) could not start: what happened, and a button
 * to try again. */
export function fatalScreen(
  message: string,
  headline: 'app.fatal' | 'app.pageFatal' = 'app.fatal',
): HTMLElement {
  const retry = ht(
    'button',
    'app.retry',
    {},
    { type: 'button', class: 'btn btn-primary', 'data-testid': 'retry' },
  );
  retry.addEventListener('click', () => location.reload());
  return h(
    'div',
    { class: 'loading error', role: 'alert', 'data-testid': 'notice' },
    h('p', {}, t(headline, { message: message === '' ? t('app.workerMissing') : message })),
    h('p', {}, t('app.fatalHint')),
    retry,
  );
}
