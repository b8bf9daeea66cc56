// lab.worker.ts — the lab worker entry (comparison, lessons, explorer): loads the module once, then
// hands every message to a LabSession (worker/entry.ts). The first engine becomes the first trainer.
import { Engine } from '../../engine/engine';
import { serveWorker } from '../../worker/entry';
import { labTransferables, type FromLab, type ToLab } from './protocol';
import { LabSession } from './session';

serveWorker<ToLab, FromLab>(labTransferables, (first, mod, host) => {
  let spare: Engine | null = first;
  const make = () => {
    const e = spare ?? new Engine(mod);
    spare = null;
    return e;
  };
  return new LabSession(make, host);
});
