// worker-client.ts — the page's side of a worker, typed by its message unions: send() and per-kind
// listeners. EngineClient (playground) and LabClient (lab pages) are this over their protocols.
import type { FormulaVars } from '../engine/types';
import type { Fatal, FormulaAnswer, FormulaAsk, Init, Ready } from '../worker/protocol';

/** What a formula field needs of any page's worker client. */
export type FormulaClient = Pick<WorkerClient<unknown, { kind: string }>, 'formula'>;

export class WorkerClient<To, From extends { kind: string }> {
  private readonly handlers = new Map<string, ((msg: From | Fatal) => void)[]>();
  /** Formula checks in flight, by id (the worker entry answers every page's, in order). */
  private readonly formulas = new Map<number, { ask: FormulaAsk; done: (a: FormulaAnswer) => void }>();
  private formulaId = 0;
  /** performance.now() of the worker's last message (ui/watchdog.ts). */
  lastHeard = 0;

  constructor(private worker: Worker) {
    this.attach(worker);
  }

  /**
   * A new worker in place of the current one (which is terminated); every listener stays, and formula
   * checks the old one never answered are asked again (the new worker queues them until it is booted).
   */
  replace(worker: Worker): void {
    this.worker.terminate();
    this.worker = worker;
    this.attach(worker);
    for (const { ask } of this.formulas.values()) worker.postMessage(ask);
  }

  private attach(worker: Worker): void {
    worker.onmessage = (e: MessageEvent<From>) => {
      this.lastHeard = performance.now();
      // A copy: a handler may add handlers (a restart boots a new worker) that must not see this message.
      for (const fn of [...(this.handlers.get(e.data.kind) ?? [])]) fn(e.data);
    };
    worker.onerror = (e) => {
      for (const fn of [...(this.handlers.get('fatal') ?? [])])
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

  /** The core's verdict on a formula, and f, f' on xs when it compiles (xs empty: check only), with
   * its declared parameters at `at` (missing ones: their defaults). */
  formula(
    text: string,
    vars: FormulaVars,
    xs: Float32Array = new Float32Array(0),
    at: number[] = [],
  ): Promise<FormulaAnswer> {
    if (this.formulaId === 0) {
      const list = this.handlers.get('formula') ?? [];
      list.push((m) => {
        const a = m as unknown as FormulaAnswer; // the entry's answer, by its kind
        this.formulas.get(a.id)?.done(a);
        this.formulas.delete(a.id);
      });
      this.handlers.set('formula', list);
    }
    const id = ++this.formulaId;
    const ask: FormulaAsk = { kind: 'formula', id, text, vars, xs, at };
    return new Promise((resolve) => {
      this.formulas.set(id, { ask, done: resolve });
      this.worker.postMessage(ask);
    });
  }

  /** The worker failed (an uncaught error in it, or its script missing) or could not load the module. */
  onFatal(fn: (msg: Fatal) => void): void {
    const list = this.handlers.get('fatal') ?? [];
    list.push(fn as (msg: From | Fatal) => void);
    this.handlers.set('fatal', list);
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
