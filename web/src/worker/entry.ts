// entry.ts — what both worker entries (playground, lab) do: load the module once, build a session on it,
// post `ready` (catalogue, SIMD, the activations' default curves), then hand every message to the
// session. Messages that arrive while the module loads are queued in order.
/// <reference lib="webworker" />
import type { ActlabModule } from '../engine/actlab-module';
import { Engine } from '../engine/engine';
import { loadModule } from '../engine/load';
import type { Curve } from '../engine/types';
import { answerFormula } from './formula';
import type { WorkerHost } from './host';
import type { Fatal, FormulaAnswer, FormulaAsk, Init, Pong, Ready } from './protocol';
import { linspace } from './session';

declare const self: DedicatedWorkerGlobalScope;

/** The messages the entry itself posts; both protocols carry them. */
type EntryMessage = Ready | Fatal | FormulaAnswer | Pong;

const isInit = (msg: { kind: string }): msg is Init => msg.kind === 'init';
const isFormula = (msg: { kind: string }): msg is FormulaAsk => msg.kind === 'formula';

/**
 * Serves In → Out on this worker: `open` builds the session on the first engine of the loaded module
 * (it may make more from `mod`); `transferables` lists the buffers a message hands over.
 */
export function serveWorker<In extends { kind: string }, Out>(
  transferables: (msg: Out | EntryMessage) => Transferable[],
  open: (first: Engine, mod: ActlabModule, host: WorkerHost<Out>) => { handle(msg: In): void },
): void {
  function post(msg: Out | EntryMessage): void {
    self.postMessage(msg, transferables(msg));
  }

  // A Content-Security-Policy violation here fires on the worker's scope, never on the page's document:
  // said on the console (the page's console shows a worker's), where the CSP tests look for it.
  self.addEventListener('securitypolicyviolation', (e) => {
    const v = e as SecurityPolicyViolationEvent; // the worker scope's event map lacks it
    console.error(
      `Content-Security-Policy: this worker was refused ${v.violatedDirective} (${v.blockedURI})`,
    );
  });

  /** A macrotask without setTimeout's 4 ms clamp. */
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  function schedule(fn: () => void): void {
    tasks.push(fn);
    channel.port2.postMessage(null);
  }

  let session: { handle(msg: In): void } | null = null;
  let engine: Engine | null = null;
  const queue: In[] = [];
  function handle(s: { handle(msg: In): void }, e: Engine, msg: In): void {
    if (isFormula(msg)) post(answerFormula(e, msg));
    else s.handle(msg);
  }

  async function start(simd: boolean): Promise<void> {
    try {
      const loaded = await loadModule(!simd);
      const first = new Engine(loaded.mod);
      const xs = linspace(-4, 4, 81);
      const curves: Record<string, Curve> = {};
      for (const a of first.catalogue.activations) {
        if (a.elementwise) curves[a.name] = first.curve(a.name, [], xs);
      }
      const s = open(first, loaded.mod, { post, schedule, now: () => performance.now() });
      session = s;
      engine = first;
      post({
        kind: 'ready',
        catalogue: first.catalogue,
        simd: loaded.simd,
        simdError: loaded.simdError,
        curves,
      });
      for (const msg of queue.splice(0)) handle(s, first, msg);
    } catch (e) {
      post({ kind: 'fatal', message: e instanceof Error ? e.message : String(e) });
    }
  }

  self.onmessage = (e: MessageEvent<In>) => {
    const msg = e.data;
    if (msg.kind === 'ping') post({ kind: 'pong' });
    else if (isInit(msg)) void start(msg.simd);
    else if (session && engine) handle(session, engine, msg);
    else queue.push(msg);
  };
}
