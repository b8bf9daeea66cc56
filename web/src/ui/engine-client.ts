// engine-client.ts — the page's side of the worker: typed send() and per-kind listeners.
import type { FromWorker, ToWorker } from '../worker/protocol';

type ByKind<K extends FromWorker['kind']> = Extract<FromWorker, { kind: K }>;

export class EngineClient {
  private readonly handlers = new Map<string, ((msg: FromWorker) => void)[]>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      for (const h of this.handlers.get(e.data.kind) ?? []) h(e.data);
    };
    worker.onerror = (e) => {
      for (const h of this.handlers.get('fatal') ?? []) h({ kind: 'fatal', message: e.message || 'worker error' });
    };
  }

  send(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  on<K extends FromWorker['kind']>(kind: K, fn: (msg: ByKind<K>) => void): void {
    const list = this.handlers.get(kind) ?? [];
    list.push(fn as (msg: FromWorker) => void);
    this.handlers.set(kind, list);
  }

  /** The next message of this kind. */
  once<K extends FromWorker['kind']>(kind: K): Promise<ByKind<K>> {
    return new Promise((resolve) => {
      let done = false;
      this.on(kind, (m) => {
        if (!done) {
          done = true;
          resolve(m);
        }
      });
    });
  }
}
