// client.ts — the page's side of the lab worker: typed send() and per-kind listeners.
import type { FromLab, ToLab } from './protocol';

type ByKind<K extends FromLab['kind']> = Extract<FromLab, { kind: K }>;

export class LabClient {
  private readonly handlers = new Map<string, ((msg: FromLab) => void)[]>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<FromLab>) => {
      for (const fn of this.handlers.get(e.data.kind) ?? []) fn(e.data);
    };
    worker.onerror = (e) => {
      for (const fn of this.handlers.get('fatal') ?? []) fn({ kind: 'fatal', message: e.message || 'worker error' });
    };
  }

  /** The lab worker (one per page). */
  static start(): LabClient {
    return new LabClient(new Worker(new URL('./worker/lab.worker.ts', import.meta.url), { type: 'module' }));
  }

  send(msg: ToLab): void {
    this.worker.postMessage(msg);
  }

  on<K extends FromLab['kind']>(kind: K, fn: (msg: ByKind<K>) => void): void {
    const list = this.handlers.get(kind) ?? [];
    list.push(fn as (msg: FromLab) => void);
    this.handlers.set(kind, list);
  }

  once<K extends FromLab['kind']>(kind: K): Promise<ByKind<K>> {
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
