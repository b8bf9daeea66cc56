// worker-client.ts — the page's side of a worker, typed by its message unions: send() and per-kind
// listeners. EngineClient (playground) and LabClient (lab pages) are this over their protocols.
import type { Fatal, Init, Ready } from '../worker/protocol';

export class WorkerClient<To, From extends { kind: string }> {
  private readonly handlers = new Map<string, ((msg: From | Fatal) => void)[]>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<From>) => {
      for (const fn of this.handlers.get(e.data.kind) ?? []) fn(e.data);
    };
    worker.onerror = (e) => {
      for (const fn of this.handlers.get('fatal') ?? [])
        // A script that failed to load fires a plain Event (no message), not an ErrorEvent.
        fn({ kind: 'fatal', message: e instanceof ErrorEvent ? e.message : '' });
    };
  }

  send(msg: To): void {
    this.worker.postMessage(msg);
  }

  /**
   * Asks the worker to load the module; resolves with its answer. Every worker is served by
   * worker/entry.ts, which answers `init` with `ready` or `fatal` whatever its protocol.
   */
  boot(simd: boolean): Promise<Ready | Fatal> {
    const answer = new Promise<Ready | Fatal>((resolve) => {
      for (const kind of ['ready', 'fatal']) {
        const list = this.handlers.get(kind) ?? [];
        list.push((m) => resolve(m as Ready | Fatal)); // the entry's two answers, by their kind
        this.handlers.set(kind, list);
      }
    });
    const init: Init = { kind: 'init', simd };
    this.worker.postMessage(init);
    return answer;
  }

  on<K extends From['kind']>(kind: K, fn: (msg: Extract<From, { kind: K }>) => void): void {
    const list = this.handlers.get(kind) ?? [];
    list.push(fn as (msg: From | Fatal) => void);
    this.handlers.set(kind, list);
  }

  /** The next message of this kind. */
  once<K extends From['kind']>(kind: K): Promise<Extract<From, { kind: K }>> {
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
