import { describe, expect, it } from 'vitest';
import { Compressor, deadbandOf, type Sample } from './compress.ts';

function run(c: Compressor, points: [number, number, 0 | 1 | 2][]): Sample[] {
  const out: Sample[] = [];
  for (const [t, v, q] of points) c.offer(0, t, v, q, out);
  return out;
}

describe('exception compression', () => {
  it('takes the deadband from the range; discrete tags store every change', () => {
    expect(deadbandOf({ lo: 0, hi: 200 })).toBeCloseTo(0.2);
    expect(deadbandOf({ lo: 0, hi: 1, states: ['STOPPED', 'RUNNING'] })).toBe(0);
  });

  it('stores the first sample, skips changes inside the deadband, stores one outside it', () => {
    const out = run(new Compressor([0.5]), [
      [0, 10, 0],
      [1000, 10.2, 0],
      [2000, 10.4, 0],
      [3000, 11, 0],
    ]);
    // the held sample before the jump is stored too, so the step keeps its shape
    expect(out.map((s) => [s.t, s.v])).toEqual([
      [0, 10],
      [2000, 10.4],
      [3000, 11],
    ]);
  });

  it('stores a flat value at least every maximum interval', () => {
    const points: [number, number, 0][] = Array.from({ length: 301 }, (_, k) => [k * 1000, 5, 0]);
    const out = run(new Compressor([0.1], 60_000), points);
    expect(out.map((s) => s.t)).toEqual([0, 60_000, 120_000, 180_000, 240_000, 300_000]);
  });

  it('stores every quality change, even without a value change (and where the bad span ended)', () => {
    const out = run(new Compressor([1]), [
      [0, 5, 0],
      [1000, 5, 2],
      [2000, 5, 2],
      [3000, 5, 0],
    ]);
    expect(out.map((s) => [s.t, s.q])).toEqual([
      [0, 0],
      [1000, 2],
      [2000, 2],
      [3000, 0],
    ]);
  });

  it('ignores samples older than the last stored one, and forces markers', () => {
    const c = new Compressor([1]);
    const out = run(c, [
      [5000, 1, 0],
      [4000, 9, 0],
    ]);
    expect(out).toHaveLength(1);
    c.force(0, 5001, 1, 2, out);
    expect(out.at(-1)).toEqual({ i: 0, t: 5001, v: 1, q: 2 });
  });
});
