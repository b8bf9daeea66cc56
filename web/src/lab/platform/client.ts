// client.ts — the page's side of the lab worker: typed send() and per-kind listeners.
import type { Catalogue, Curve } from '../../engine/types';
import type { FormulaCheck } from '../../state/types';
import { WorkerClient } from '../../ui/worker-client';
import type { FromLab, ToLab } from '../worker/protocol';

export class LabClient extends WorkerClient<ToLab, FromLab> {
  /** The lab worker (one per page). */
  static start(): LabClient {
    return new LabClient(new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' }));
  }
}

/** What every lab page gets once the worker is ready: the catalogue, its curves and the client. */
export interface LabContext {
  cat: Catalogue;
  curves: Record<string, Curve>;
  client: LabClient;
  /** The core's verdict on the link's formulas (ui/formula-checks.ts). */
  checkFormula: FormulaCheck;
}
