// engine.worker.ts — the worker entry: loads the module, then hands every message to a Session.
// Messages that arrive while the module loads are queued in order.
/// <reference lib="webworker" />
import { Engine } from '../engine/engine';
import { loadModule } from '../engine/load';
import type { Curve } from '../engine/types';
import { transferables, type FromWorker, type ToWorker } from './protocol';
import { Session, linspace } from './session';

declare const self: DedicatedWorkerGlobalScope;

function post(msg: FromWorker): void {
  self.postMessage(msg, transferables(msg));
}

/** A macrotask without setTimeout's 4 ms clamp. */
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();
function schedule(fn: () => void): void {
  tasks.push(fn);
  channel.port2.postMessage(null);
}

let session: Session | null = null;
const queue: ToWorker[] = [];

async function start(simd: boolean): Promise<void> {
  try {
    const loaded = await loadModule(!simd);
    const engine = new Engine(loaded.mod);
    const xs = linspace(-4, 4, 81);
    const curves: Record<string, Curve> = {};
    for (const a of engine.catalogue.activations) {
      if (a.elementwise) curves[a.name] = engine.curve(a.name, [], xs);
    }
    session = new Session(engine, { post, schedule, now: () => performance.now() });
    post({ kind: 'ready', catalogue: engine.catalogue, simd: loaded.simd, curves });
    for (const msg of queue.splice(0)) session.handle(msg);
  } catch (e) {
    post({ kind: 'fatal', message: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.kind === 'init') void start(msg.simd);
  else if (session) session.handle(msg);
  else queue.push(msg);
};
