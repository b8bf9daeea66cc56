// The charts' bounded history: never more than its capacity, keeps the whole time span at an even
// resolution, and always ends with the newest sample.
import { describe, expect, it } from 'vitest';
import { History } from '../../web/src/ui/history';

describe('History', () => {
  it('stays bounded and spans the whole run', () => {
    const h = new History(100);
    for (let i = 0; i < 10_000; i++) {
      h.push(i, i * 2);
      expect(h.points.length).toBeLessThanOrEqual(100);
      expect(h.last).toEqual({ x: i, y: i * 2 });
    }
    expect(h.points[0]).toEqual({ x: 0, y: 0 });
    const xs = h.points.map((p) => p.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    // Even resolution: the kept samples (all but the provisional last one) are equally spaced.
    const gaps = new Set(xs.slice(1, -1).map((x, i) => x - xs[i]!));
    expect(gaps.size).toBe(1);
  });

  it('clear() starts again at full resolution', () => {
    const h = new History(10);
    for (let i = 0; i < 100; i++) h.push(i, 0);
    h.clear();
    h.push(5, 1);
    h.push(6, 2);
    expect(h.points).toEqual([
      { x: 5, y: 1 },
      { x: 6, y: 2 },
    ]);
  });
});
