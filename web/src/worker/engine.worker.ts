// engine.worker.ts — the worker entry: loads the module, then hands every message to a Session
// (worker/entry.ts).
import { serveWorker } from './entry';
import { transferables, type FromWorker, type ToWorker } from './protocol';
import { Session } from './session';

serveWorker<ToWorker, FromWorker>(transferables, (engine, _mod, host) => new Session(engine, host));
