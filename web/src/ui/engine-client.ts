// engine-client.ts — the page's side of the playground worker: typed send() and per-kind listeners.
import type { FromWorker, ToWorker } from '../worker/protocol';
import { WorkerClient } from './worker-client';

export class EngineClient extends WorkerClient<ToWorker, FromWorker> {}
