// main.ts — start the worker, wait for the engine's catalogue, decode the link, build the page.
import 'katex/dist/katex.min.css';
import './styles/main.css';
import { loadLabTexts, setLang, t } from './i18n';
import { decodeState } from './state/codec';
import type { Lang } from './state/types';
import { App } from './ui/app';
import { bootWorker, fatalScreen, loadChunk, wantsSimd } from './ui/boot';
import { h } from './ui/dom';
import { EngineClient } from './ui/engine-client';
import { linkFormulaCheck } from './ui/formula-checks';
import { locationParams } from './ui/url';
import { watchWorker } from './ui/watchdog';
import { routeOf } from './lab/route-of';

const root = document.getElementById('app');
if (root === null) throw new Error('#app missing from index.html');

const pairs = locationParams();
const value = (key: string) => pairs.filter(([k]) => k === key).pop()?.[1];
const guessed: Lang =
  value('lang') === 'ko' || (value('lang') === undefined && navigator.language.toLowerCase().startsWith('ko'))
    ? 'ko'
    : 'en';
setLang(guessed);
root.replaceChildren(
  h(
    'div',
    { class: 'loading', role: 'status' },
    h('div', { class: 'spinner', 'aria-hidden': 'true' }),
    t('app.loading'),
  ),
);

// Lessons, comparison and explorer (#lessons, #lesson=ID, #compare, #explorer) are pages of their own
// with their own worker. Every page rewrites its own link with replaceState, which fires no
// hashchange, so a hashchange is always someone else's link (the student editing the address bar, a
// course page setting its iframe's hash): load that experiment, with its notices, by loading the page.
const lab = routeOf(pairs);
addEventListener('hashchange', () => location.reload());
// The lab pages load on demand: the playground's bundle does not carry them.
// Their texts too: fetched alongside the lab's chunk, both awaited before startLab.
if (lab !== null) {
  // Both chunks on their way at once; a missing or silent one ends in a message and a retry.
  const chunks = await loadChunk(Promise.all([import('./lab/routes'), loadLabTexts()]), root);
  if (chunks !== null) await chunks[0].startLab(root, lab, pairs, guessed);
} else {
  const spawn = () => new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module' });
  const client = new EngineClient(spawn());
  const ready = await bootWorker(client, wantsSimd(pairs), root);
  if (ready !== null) {
    const check = await linkFormulaCheck(client, pairs);
    const { state, warnings } = decodeState(pairs, ready.catalogue, undefined, check);
    if (value('lang') === undefined) state.lang = guessed;
    const plainWhy = !wantsSimd(pairs)
      ? { kind: 'link' as const }
      : ready.simdError !== ''
        ? { kind: 'failed' as const, error: ready.simdError }
        : { kind: 'browser' as const };
    const app = new App(root, ready.catalogue, ready.curves, client, state, warnings, ready.simd, plainWhy);
    // A worker that dies mid-training (a trap, out of memory, killed) is replaced; the experiment goes on.
    watchWorker(client, spawn, wantsSimd(pairs), {
      died: (how, message) => app.workerDied(how, message),
      revived: () => app.workerRevived(),
      gaveUp: (message) => root.replaceChildren(fatalScreen(message)),
    });
  }
}
