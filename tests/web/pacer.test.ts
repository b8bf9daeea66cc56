// The pacer alone (worker/pacer.ts), on a fake clock: a step and a snapshot cost what the test says,
// and the "page" acknowledges each snapshot after a drawing time the test chooses. Speed max must be a
// time budget (fewer steps per frame when steps are dear, a frame period that training keeps within
// 30 frames/s, less training when frames still come late), while a fixed speed keeps its step count.
import { describe, expect, it } from 'vitest';
import type { Speed } from '../../web/src/state/speed';
import { FAST_PERIOD_MS, MAX_PERIOD_MS, MIN_SHARE, Pacer } from '../../web/src/worker/pacer';

interface Sim {
  /** ms per optimiser step, ms per snapshot build, ms the page takes to draw and acknowledge. */
  stepMs: number;
  snapshotMs: number;
  drawMs: number;
  stepsPerEpoch?: number;
}

function world(speed: Speed, sim: Sim) {
  let clock = 0;
  let step = 0;
  const tasks: (() => void)[] = [];
  /** Posted snapshots: when, and the step count they show. */
  const posted: { at: number; step: number; label: string }[] = [];
  let label = '';
  const pacer = new Pacer(
    { post: () => {}, schedule: (fn) => tasks.push(fn), now: () => clock },
    {
      ready: () => true,
      stepsPerEpoch: () => sim.stepsPerEpoch ?? 25,
      advance: (n) => {
        clock += n * sim.stepMs;
        step += n;
        return n;
      },
      snapshot: () => {
        clock += sim.snapshotMs;
        const snap = { step, label };
        return () => posted.push({ at: clock, ...snap });
      },
    },
  );
  pacer.speed = speed;
  const settle = () => {
    for (let i = 0; tasks.length > 0 && i < 100_000; i++) tasks.shift()?.();
  };
  /**
   * n frames: the page draws each snapshot for drawMs from when it was posted (the worker keeps working
   * meanwhile, on its own core), then acknowledges it.
   */
  const frames = (n: number) => {
    for (let i = 0; i < n; i++) {
      settle(); // the worker works until it waits for the page
      const drawnAt = (posted.at(-1)?.at ?? clock) + sim.drawMs;
      clock = Math.max(clock, drawnAt);
      pacer.frame();
      settle();
    }
  };
  const start = () => {
    settle();
    pacer.setRunning(true);
    settle();
  };
  /** Steps and period of the last k posted frames. */
  const last = (k: number) => {
    const p = posted.slice(-k - 1);
    return p.slice(1).map((s, i) => ({ steps: s.step - p[i]!.step, period: s.at - p[i]!.at }));
  };
  return {
    pacer,
    posted,
    frames,
    start,
    last,
    settle,
    setDraw: (ms: number) => (sim.drawMs = ms),
    setLabel: (l: string) => (label = l),
    now: () => clock,
  };
}

const MAX: Speed = { per: 'max' };

describe('Pacer at speed max', () => {
  it('a cheap network trains for most of a 60 frames/s frame', () => {
    const w = world(MAX, { stepMs: 0.004, snapshotMs: 1, drawMs: 5 });
    w.start();
    w.frames(30);
    for (const f of w.last(10)) {
      // the budget (16.7 ms - 1 ms of snapshot) in 4 µs steps, within a chunk's rounding
      expect(f.steps).toBeGreaterThan(((FAST_PERIOD_MS - 1 - 0.5) / 0.004) * 0.95);
      expect(f.period).toBeLessThanOrEqual(FAST_PERIOD_MS + 0.5);
    }
  });

  it('a dear network gets fewer steps per frame, and training keeps the frame within 30 frames/s', () => {
    const cheap = world(MAX, { stepMs: 0.004, snapshotMs: 1, drawMs: 5 });
    const dear = world(MAX, { stepMs: 0.25, snapshotMs: 20, drawMs: 8 });
    for (const w of [cheap, dear]) {
      w.start();
      w.frames(30);
    }
    const perFrame = (w: typeof cheap) => w.last(10).reduce((a, f) => a + f.steps, 0) / 10;
    expect(perFrame(dear)).toBeLessThan(perFrame(cheap) / 50);
    expect(perFrame(dear)).toBeGreaterThanOrEqual(1);
    for (const f of dear.last(10)) expect(f.period).toBeLessThanOrEqual(MAX_PERIOD_MS + 0.5);
    // training still gets about as much time as the snapshot: (30 - 20) ms of 0.25 ms steps
    expect(perFrame(dear)).toBeGreaterThan(30);
  });

  it('counterfactual: a fixed 50 epochs per frame on the dear network overruns the frame many times', () => {
    const w = world({ per: 'epoch', n: 50 }, { stepMs: 0.25, snapshotMs: 20, drawMs: 8 });
    w.start();
    w.frames(10);
    for (const f of w.last(5)) {
      expect(f.steps).toBe(50 * 25);
      expect(f.period).toBeGreaterThan(10 * MAX_PERIOD_MS);
    }
  });

  it('builds the next snapshot while the page draws: a frame costs max(train + snapshot, drawing)', () => {
    const w = world(MAX, { stepMs: 0.01, snapshotMs: 6, drawMs: 25 });
    w.start();
    w.frames(30);
    for (const f of w.last(10)) {
      expect(f.period).toBeCloseTo(25, 0); // not 25 + 6
      expect(f.steps).toBeGreaterThan(0);
    }
  });

  it('when frames still come late (slow drawing), the budget shrinks; it grows back when they come in time', () => {
    const w = world(MAX, { stepMs: 0.01, snapshotMs: 2, drawMs: 5 });
    w.start();
    w.frames(20);
    const fast = w.pacer.budgetMs;
    expect(fast).toBeCloseTo(FAST_PERIOD_MS - 2, 0);
    w.setDraw(45); // the page takes longer than 30 frames/s allows: training yields ...
    w.frames(40);
    expect(w.pacer.budgetMs).toBeLessThan(fast / 2);
    // ... down to a tenth of the frame period
    expect(w.pacer.budgetMs).toBeCloseTo(MIN_SHARE * 45, 0);
    w.setDraw(5);
    w.frames(60);
    expect(w.pacer.budgetMs).toBeCloseTo(fast, 0);
  });

  it('on an overloaded machine (frames far slower than any training), training is not starved', () => {
    const w = world(MAX, { stepMs: 0.01, snapshotMs: 2, drawMs: 5 });
    w.start();
    w.frames(20);
    const fast = w.pacer.budgetMs;
    w.setDraw(500);
    w.frames(40);
    expect(w.pacer.budgetMs).toBeGreaterThanOrEqual(fast * 0.99);
  });

  it('a snapshot dearer than the whole frame target still leaves training a tenth of the period', () => {
    const w = world(MAX, { stepMs: 0.25, snapshotMs: 200, drawMs: 250 });
    w.start();
    w.frames(30);
    const period = w.last(5).reduce((a, f) => a + f.period, 0) / 5;
    expect(w.pacer.budgetMs).toBeGreaterThanOrEqual(MIN_SHARE * period * 0.9);
    for (const f of w.last(5)) expect(f.steps).toBeGreaterThan((MIN_SHARE * period * 0.8) / 0.25);
  });

  it('a change after the next snapshot was built drops it: the page gets the changed state', () => {
    const w = world(MAX, { stepMs: 0.01, snapshotMs: 1, drawMs: 5 });
    w.start();
    w.frames(3);
    w.settle(); // trained and built the next snapshot; the page has not drawn yet
    w.setLabel('changed');
    w.pacer.touch();
    w.settle();
    w.pacer.frame();
    expect(w.posted.at(-1)?.label).toBe('changed');
  });

  it('new weights go out without waiting for the page to draw the last snapshot; another change waits', () => {
    // The page has not drawn the last snapshot (of the old data) when the student moves the noise
    // slider: the new run's first snapshot is posted at once (the page keeps the newest of two), not
    // a frame later after the acknowledgement. Counterfactual: a change that keeps the weights (touch)
    // waits for the page as before.
    for (const restart of [true, false]) {
      const w = world(MAX, { stepMs: 0.01, snapshotMs: 1, drawMs: 5 });
      w.start();
      w.frames(3);
      w.settle(); // the last snapshot is posted and undrawn; the next one is built and held
      const before = w.posted.length;
      w.setLabel('new');
      if (restart) w.pacer.restart();
      else w.pacer.touch();
      w.settle();
      expect(w.posted.length).toBe(restart ? before + 1 : before);
      w.pacer.frame();
      expect(w.posted.at(-1)?.label).toBe('new');
    }
  });

  it('pausing posts a paused snapshot at the next frame, without further steps', () => {
    const w = world(MAX, { stepMs: 0.01, snapshotMs: 1, drawMs: 5 });
    w.start();
    w.frames(3);
    w.settle();
    w.pacer.setRunning(false);
    w.frames(1);
    const at = w.posted.at(-1)!.step;
    w.frames(3);
    expect(w.posted.at(-1)!.step).toBe(at);
    expect(w.pacer.running).toBe(false);
  });
});

describe('Pacer at a fixed speed', () => {
  it('runs exactly n steps per frame, however dear a step is', () => {
    for (const stepMs of [0.004, 0.5]) {
      const w = world({ per: 'step', n: 7 }, { stepMs, snapshotMs: 1, drawMs: 5 });
      w.start();
      w.frames(10);
      for (const f of w.last(5)) expect(f.steps).toBe(7);
    }
  });
});
