// session-harness.ts — the worker's Session in Node with the real engine, a hand-cranked scheduler
// and a fake clock: what tests/web drives instead of a Worker.
import type { Engine } from '../../web/src/engine/engine';
import type { FromWorker, Snapshot, ToWorker } from '../../web/src/worker/protocol';
import { Session } from '../../web/src/worker/session';

/** A session whose scheduled work runs only when `settle` is called; `now` defaults to +10 µs a call. */
export function sessionHarness(engine: Engine, now?: () => number) {
  const posted: FromWorker[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const session = new Session(engine, {
    post: (m) => posted.push(m),
    schedule: (fn) => tasks.push(fn),
    now: now ?? (() => (clock += 0.01)),
  });
  const send = (m: ToWorker) => session.handle(m);
  /** Runs scheduled work until the worker is idle (waiting for the page), or `limit` tasks. */
  const settle = (limit = 10_000) => {
    for (let i = 0; tasks.length > 0 && i < limit; i++) tasks.shift()?.();
  };
  /** The page drew a frame: acknowledge it and let the worker run until it waits again. */
  const frame = () => {
    send({ kind: 'frame' });
    settle();
  };
  const snapshots = () => posted.filter((m): m is Snapshot => m.kind === 'snapshot');
  return { posted, send, settle, frame, snapshots };
}
