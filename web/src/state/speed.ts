// speed.ts — how fast training runs, in what a student reads. TF Playground trains one epoch per
// animation frame; ActLab's default is "max": as many optimiser steps as fit the frame budget, which on
// the default and TF Playground's default experiments is several epochs per frame. A lesson that
// watches single steps (zig-zag) counts optimiser steps per frame instead.
//
// URL: `speed=max`, `speed=<n>` epochs per frame (0.1 .. 50), `speed=<n>steps` steps per frame (1 .. 50).
// Links before format version 2 wrote `speed=<n>` as steps per frame; legacySpeed() maps them.

export type Speed = { per: 'epoch' | 'step'; n: number } | { per: 'max' };

export const SPEED_MAX: Speed = { per: 'max' };
export const DEFAULT_SPEED: Speed = SPEED_MAX;
export const SPEED_LIMITS = { epoch: { min: 0.1, max: 50 }, step: { min: 1, max: 50 } } as const;

/** The choices the speed control offers, slowest first. */
export const SPEED_CHOICES: readonly Speed[] = [
  { per: 'step', n: 1 },
  { per: 'step', n: 2 },
  { per: 'step', n: 5 },
  { per: 'step', n: 10 },
  { per: 'epoch', n: 0.25 },
  { per: 'epoch', n: 0.5 },
  { per: 'epoch', n: 1 },
  { per: 'epoch', n: 2 },
  { per: 'epoch', n: 5 },
  { per: 'epoch', n: 10 },
  { per: 'epoch', n: 20 },
  { per: 'epoch', n: 50 },
  SPEED_MAX,
];

/** The URL text (also the speed control's option value). */
export function speedToken(s: Speed): string {
  if (s.per === 'max') return 'max';
  return s.per === 'epoch' ? String(s.n) : `${s.n}${s.n === 1 ? 'step' : 'steps'}`;
}

const TOKEN = /^(\d+(?:\.\d+)?|\.\d+)(steps?)?$/;

/** Parses a token; undefined for anything else or out of range. */
export function parseSpeed(raw: string): Speed | undefined {
  const t = raw.trim().toLowerCase();
  if (t === 'max') return SPEED_MAX;
  const m = TOKEN.exec(t);
  if (m === null) return undefined;
  const n = Number(m[1]);
  const per = m[2] === undefined ? 'epoch' : 'step';
  const lim = SPEED_LIMITS[per];
  if (!(n >= lim.min && n <= lim.max) || (per === 'step' && !Number.isInteger(n))) return undefined;
  return { per, n };
}

export const SPEED_ALLOWED = `max, ${SPEED_LIMITS.epoch.min} .. ${SPEED_LIMITS.epoch.max} (epochs per frame), 1steps .. ${SPEED_LIMITS.step.max}steps`;

export function sameSpeed(a: Speed, b: Speed): boolean {
  return speedToken(a) === speedToken(b);
}

/** Optimiser steps per frame (Infinity for max: the pacer's time budget decides). */
export function stepsPerFrame(s: Speed, stepsPerEpoch: number): number {
  if (s.per === 'max') return Infinity;
  if (s.per === 'step') return s.n;
  return Math.max(1, Math.round(s.n * Math.max(1, stepsPerEpoch)));
}

/**
 * An older link's `speed=<steps>`: one or two steps per frame stay as they were (watching single
 * steps); more become epochs per frame — the nearest choice, never below one epoch per frame.
 */
export function legacySpeed(steps: number, stepsPerEpoch: number): Speed {
  if (steps <= 2) return { per: 'step', n: Math.max(1, Math.round(steps)) };
  const epochs = steps / Math.max(1, stepsPerEpoch);
  const choices = SPEED_CHOICES.filter((c) => c.per === 'epoch' && c.n >= 1);
  const dist = (c: Speed) => (c.per === 'epoch' ? Math.abs(Math.log(c.n / epochs)) : Infinity);
  return choices.reduce((a, b) => (dist(b) < dist(a) ? b : a));
}
