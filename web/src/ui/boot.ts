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

/** Loads the module in the worker; null after showing the error in root when it cannot. */
export async function bootWorker(
  client: Pick<WorkerClient<unknown, { kind: string }>, 'boot'>,
  simd: boolean,
  root: HTMLElement,
  ms = STARTUP_TIMEOUT_MS,
): Promise<Ready | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = await Promise.race([
    client.boot(simd),
    new Promise<Fatal>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'fatal', message: t('app.noAnswer', { s: ms / 1000 }) }), ms);
    }),
  ]);
  clearTimeout(timer);
  if (first.kind === 'ready') return first;
  root.replaceChildren(fatalScreen(first.message));
  return null;
}

/** The page shown when the engine could not start: what happened, and a button to try again. */
export function fatalScreen(message: string): HTMLElement {
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
    h('p', {}, t('app.fatal', { message: message === '' ? t('app.workerMissing') : message })),
    h('p', {}, t('app.fatalHint')),
    retry,
  );
}
