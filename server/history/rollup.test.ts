import { describe, expect, it } from 'vitest';
import { addToRollup, mergeRollup, rollupOf } from './rollup.ts';

describe('per-minute rollup', () => {
  it('keeps first, last, min and max of good samples, in any merge order, and counts bad ones', () => {
    const a = rollupOf({ id: 1, t: 1000, v: 5, q: 0 }, 0);
    const b = rollupOf({ id: 1, t: 3000, v: 9, q: 2 }, 0);
    const c = rollupOf({ id: 1, t: 2000, v: -1, q: 1 }, 0);
    const r = mergeRollup(mergeRollup(a, b), c);
    expect(r).toMatchObject({ n: 3, t0: 1000, v0: 5, t1: 3000, v1: 9, q1: 2, lo: -1, hi: 5, bad: 1 });
    expect(mergeRollup(c, mergeRollup(b, a))).toEqual(r);
  });

  it('adds later samples in place, as merging would', () => {
    const a = rollupOf({ id: 1, t: 1000, v: 5, q: 0 }, 0);
    addToRollup(a, 2000, -1, 1);
    addToRollup(a, 3000, 9, 2);
    expect(a).toEqual(mergeRollup(mergeRollup(rollupOf({ id: 1, t: 1000, v: 5, q: 0 }, 0), rollupOf({ id: 1, t: 2000, v: -1, q: 1 }, 0)), rollupOf({ id: 1, t: 3000, v: 9, q: 2 }, 0)));
  });
});
