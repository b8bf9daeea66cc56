// client.ts — the page's side of the lab worker: typed send() and per-kind listeners.
import { WorkerClient } from '../ui/worker-client';
import type { FromLab, ToLab } from './protocol';

export class LabClient extends WorkerClient<ToLab, FromLab> {
  /** The lab worker (one per page). */
  static start(): LabClient {
    return new LabClient(new Worker(new URL('./worker/lab.worker.ts', import.meta.url), { type: 'module' }));
  }
}
