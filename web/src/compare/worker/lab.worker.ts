// lab.worker.ts — the lab worker entry (comparison, lessons, explorer): loads the module once, then
// hands every message to a LabSession. Messages that arrive while the module loads are queued.
/// <reference lib="webworker" />
import { Engine } from '../../engine/engine';
import { loadModule } from '../../engine/load';
import type { Curve } from '../../engine/types';
import { linspace } from '../../worker/session';
import { labTransferables, type FromLab, type ToLab } from '../protocol';
import { LabSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

function post(msg: FromLab): void {
  self.postMessage(msg, labTransferables(msg));
}

/** A macrotask without setTimeout's 4 ms clamp. */
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();
function schedule(fn: () => void): void {
  tasks.push(fn);
  channel.port2.postMessage(null);
}

let session: LabSession | null = null;
const queue: ToLab[] = [];

async function start(simd: boolean): Promise<void> {
  try {
    const loaded = await loadModule(!simd);
    const first = new Engine(loaded.mod);
    const xs = linspace(-4, 4, 81);
    const curves: Record<string, Curve> = {};
    for (const a of first.catalogue.activations) {
      if (a.elementwise) curves[a.name] = first.curve(a.name, [], xs);
    }
    let spare: Engine | null = first;
    const make = () => {
      const e = spare ?? new Engine(loaded.mod);
      spare = null;
      return e;
    };
    session = new LabSession(make, { post, schedule, now: () => performance.now() });
    post({ kind: 'ready', catalogue: first.catalogue, simd: loaded.simd, curves });
    for (const msg of queue.splice(0)) session.handle(msg);
  } catch (e) {
    post({ kind: 'fatal', message: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (e: MessageEvent<ToLab>) => {
  const msg = e.data;
  if (msg.kind === 'init') void start(msg.simd);
  else if (session) session.handle(msg);
  else queue.push(msg);
};
