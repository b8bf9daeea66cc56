// watchdog.ts — notices when a page's worker dies mid-session and starts a new one. Two ways to die:
// a trap (a WebAssembly abort, out of memory: an uncaught error in the worker, reported at once) and
// silence (the worker process gone: no answer to `ping`). The worker entry answers a ping between two
// slices of work (worker/pacer.ts: training slices of at most 6 ms, a snapshot of the largest network
// a few tens of ms), so an answer missing for DEAD_AFTER_MS is death, not load; the clock starts when
// the ping is sent, so a background tab whose timers the browser slows down is not declared dead. Nor
// is a page that stalled itself (a long main-thread task, an overloaded machine): the worker's answer
// may be queued behind it, so the wait counts each timer interval at most as 2 × PING_EVERY_MS.
// Restarting is the page's business: `died` tells it, the new worker is booted here, `revived` hands
// it back ready (the page restores its experiment).
import type { Fatal, Ping, Ready } from '../worker/protocol';

export const PING_EVERY_MS = 150;
/** A ping unanswered this long: the worker is gone (the page notices within a second). */
export const DEAD_AFTER_MS = 600;
/** More deaths than this within DEATH_WINDOW_MS: stop restarting (something kills every new worker). */
const MAX_DEATHS = 3;
const DEATH_WINDOW_MS = 60_000;

export interface WatchHooks {
  /** The worker died: 'trap' (its error message) or 'silent'. A new one is starting. */
  died(how: 'trap' | 'silent', message: string): void;
  /** The new worker is ready. */
  revived(ready: Ready): void;
  /** It could not be restarted (or died too often): nothing will work. */
  gaveUp(message: string): void;
}

/** What the watchdog uses of a WorkerClient (both protocols carry Ping). */
interface Client {
  lastHeard: number;
  boot(simd: boolean): Promise<Ready | Fatal>;
  replace(worker: Worker): void;
  send(msg: Ping): void;
  onFatal(fn: (msg: Fatal) => void): void;
}

/** Watches `client`'s worker from now on (call after its `ready`); spawn makes a new one. */
export function watchWorker(client: Client, spawn: () => Worker, simd: boolean, hooks: WatchHooks): void {
  let restarting = false;
  let pingedAt: number | null = null;
  /** When the timer last ran, and the page's running time spent waiting for the answer to pingedAt. */
  let tickedAt = performance.now();
  let waited = 0;
  const deaths: number[] = [];

  async function restart(how: 'trap' | 'silent', message: string): Promise<void> {
    if (restarting) return;
    restarting = true;
    pingedAt = null;
    const now = performance.now();
    deaths.push(now);
    while (deaths.length > 0 && (deaths[0] ?? now) < now - DEATH_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_DEATHS) {
      clearInterval(timer);
      hooks.gaveUp(message);
      return;
    }
    hooks.died(how, message);
    client.replace(spawn());
    const first = await client.boot(simd);
    if (first.kind === 'fatal') {
      clearInterval(timer);
      hooks.gaveUp(first.message);
      return;
    }
    restarting = false;
    hooks.revived(first);
  }

  client.onFatal((m) => void restart('trap', m.message));
  const timer = setInterval(() => {
    if (restarting) return;
    const now = performance.now();
    // A late timer: the page stalled, and the answer may be queued behind the stall.
    const ran = Math.min(now - tickedAt, 2 * PING_EVERY_MS);
    tickedAt = now;
    if (pingedAt !== null && client.lastHeard < pingedAt) {
      waited += ran;
      if (waited > DEAD_AFTER_MS) void restart('silent', '');
      return; // still waiting for the answer
    }
    pingedAt = now;
    waited = 0;
    client.send({ kind: 'ping' });
  }, PING_EVERY_MS);
}
