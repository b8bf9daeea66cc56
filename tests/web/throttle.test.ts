// Throttle (web/src/ui/throttle.ts): at most one run per period, and the latest request is never lost.
// Fake timers and a fake performance clock: nothing here depends on real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Throttle } from '../../web/src/ui/throttle';

describe('Throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first request at once, defers the next ones and runs only the latest when due', () => {
    const th = new Throttle(50);
    const seen: number[] = [];
    th.run(() => seen.push(1));
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(10);
    th.run(() => seen.push(2));
    vi.advanceTimersByTime(10);
    th.run(() => seen.push(3));
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(29);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 3]);
  });

  it('later never runs now, even after a quiet period (run would: the counterfactual), and joins run calls', () => {
    const th = new Throttle(50);
    const seen: string[] = [];
    vi.advanceTimersByTime(1000);
    th.later(() => seen.push('restart'));
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(20);
    th.run(() => seen.push('frame')); // within the period: joins, the latest wins
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(30);
    expect(seen).toEqual(['frame']);
    vi.advanceTimersByTime(1000);
    th.run(() => seen.push('now'));
    expect(seen).toEqual(['frame', 'now']);
  });

  it('a request after a quiet period runs at once; a steady stream runs once per period', () => {
    const th = new Throttle(50);
    const seen: number[] = [];
    th.run(() => seen.push(0));
    vi.advanceTimersByTime(80);
    th.run(() => seen.push(1));
    expect(seen).toEqual([0, 1]);
    // 60 requests, one every 5 ms (a 200 Hz stream) over 300 ms: about 300 / 50 runs, the last one included.
    for (let i = 2; i < 62; i++) {
      vi.advanceTimersByTime(5);
      th.run(() => seen.push(i));
    }
    vi.advanceTimersByTime(100);
    expect(seen.at(-1)).toBe(61);
    expect(seen.length - 2).toBeGreaterThanOrEqual(5);
    expect(seen.length - 2).toBeLessThanOrEqual(7);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('with a duty, a costly run waits duty times its cost; a cheap one keeps the period (the counterfactual)', () => {
    const th = new Throttle(50, 8);
    const seen: number[] = [];
    const run = (i: number, cost: number) =>
      th.run(() => {
        seen.push(i);
        vi.advanceTimersByTime(cost); // the run's own time on the fake clock
      });
    run(0, 20); // 20 ms: the next run is due 160 ms after this one started, not 50
    for (let i = 1; i <= 20; i++) {
      vi.advanceTimersByTime(5);
      run(i, 20);
    }
    expect(seen).toEqual([0]); // at 120 ms, none of the 20 requests has run...
    vi.advanceTimersByTime(50);
    expect(seen).toEqual([0, 20]); // ...at 160 ms the latest one does

    const cheap = new Throttle(50, 8);
    const fast: number[] = [];
    cheap.run(() => fast.push(0));
    vi.advanceTimersByTime(50);
    cheap.run(() => fast.push(1));
    expect(fast).toEqual([0, 1]);
  });

  it('holds the drawing of an element off screen and runs the latest when it scrolls in; on screen it runs', () => {
    // A stand-in IntersectionObserver: the test says when the element leaves and enters the viewport.
    let report: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | null = null;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: typeof report) {
          report = cb;
        }
        observe(): void {}
      },
    );
    try {
      const el = {} as Element;
      const th = new Throttle(50, 0, el);
      const seen: number[] = [];
      th.run(() => seen.push(0)); // no report yet: on screen
      expect(seen).toEqual([0]);
      report!([{ target: el, isIntersecting: false }]);
      vi.advanceTimersByTime(100);
      th.run(() => seen.push(1));
      th.run(() => seen.push(2));
      vi.advanceTimersByTime(1000);
      expect(seen).toEqual([0]); // off screen: nothing drawn, however long
      report!([{ target: el, isIntersecting: true }]);
      expect(seen).toEqual([0, 2]); // in view: the latest at once
      vi.advanceTimersByTime(100);
      th.run(() => seen.push(3)); // and on screen again it draws as before (the counterfactual)
      expect(seen).toEqual([0, 2, 3]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
