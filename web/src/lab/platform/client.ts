// client.ts — the page's side of the lab worker: typed send() and per-kind listeners.
import type { Catalogue, Curve } from '../../engine/types';
import type { FormulaCheck } from '../../state/types';
import { WorkerClient } from '../../ui/worker-client';
import type { FromLab, ToLab } from '../worker/protocol';

export class LabClient extends WorkerClient<ToLab, FromLab> {
  /** The lab worker (one per page). */
  static start(): LabClient {
    return new LabClient(LabClient.spawn());
  }

  /** A new lab worker (the first, or one replacing a dead one: ui/watchdog.ts). */
  static spawn(): Worker {
    return new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' });
  }
}

/** What a page does when its worker dies and is replaced (ui/watchdog.ts). */
export interface WorkerListener {
  died(how: 'trap' | 'silent', message: string): void;
  /** The new worker is ready (catalogue loaded): configure it again. */
  revived(): void;
}

/** The lab pages' view of the watchdog: the page showing runs listens, routes.ts reports. */
export class WorkerLife {
  private readonly listeners: WorkerListener[] = [];

  listen(l: WorkerListener): void {
    this.listeners.push(l);
  }

  died(how: 'trap' | 'silent', message: string): void {
    for (const l of this.listeners) l.died(how, message);
  }

  revived(): void {
    for (const l of this.listeners) l.revived();
  }
}

/** What every lab page gets once the worker is ready: the catalogue, its curves and the client. */
export interface LabContext {
  cat: Catalogue;
  curves: Record<string, Curve>;
  client: LabClient;
  /** The core's verdict on the link's formulas (ui/formula-checks.ts). */
  checkFormula: FormulaCheck;
  /** The worker's deaths and restarts, for the page that must bring its runs back. */
  life: WorkerLife;
}
