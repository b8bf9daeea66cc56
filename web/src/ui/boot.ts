// boot.ts — how a page starts its worker (the playground's and every lab page's): ask it to load the
// module, wait for `ready`, or put the fatal error where the page would have been.
import { t } from '../i18n';
import type { Ready } from '../worker/protocol';
import { h } from './dom';
import type { WorkerClient } from './worker-client';

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
): Promise<Ready | null> {
  const first = await client.boot(simd);
  if (first.kind === 'ready') return first;
  root.replaceChildren(
    h(
      'div',
      { class: 'loading error', role: 'alert', 'data-testid': 'notice' },
      t('app.fatal', { message: first.message }),
    ),
  );
  return null;
}
