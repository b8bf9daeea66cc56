// host.ts — what a worker session needs from its surroundings, injected so that tests drive the
// sessions in Node against the real module: post a message, run something soon, read a clock.
// The playground session, the lab session, the pacer and the worker entry all take this one interface.

export interface WorkerHost<Out> {
  post(msg: Out): void;
  /** Run fn soon, after pending messages (a macrotask). */
  schedule(fn: () => void): void;
  now(): number;
}
