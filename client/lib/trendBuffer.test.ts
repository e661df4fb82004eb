import { describe, expect, it } from 'vitest';
import { TrendBuffer, trendYRange } from './trendBuffer.ts';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

describe('TrendBuffer', () => {
  it('produces uPlot aligned data in seconds with null gaps', () => {
    const b = new TrendBuffer(2, 10 * MIN, 100);
    b.push(T0, [116.9, 117]);
    b.push(T0 + 250, [null, 117]);
    expect(b.toData()).toEqual([
      [T0 / 1000, (T0 + 250) / 1000],
      [116.9, null],
      [117, 117],
    ]);
  });

  it('returns new arrays on every call', () => {
    const b = new TrendBuffer(1, MIN, 10);
    b.push(T0, [1]);
    const a = b.toData();
    expect(b.toData()).not.toBe(a);
    expect(b.toData()[0]).not.toBe(a[0]);
  });

  it('keeps only the window (plus one row before it)', () => {
    const b = new TrendBuffer(1, 10 * MIN, 10_000);
    for (let m = 0; m <= 20; m++) b.push(T0 + m * MIN, [m]);
    const [xs, ys] = b.toData();
    expect(xs[0]).toBe((T0 + 10 * MIN) / 1000);
    expect(ys?.[0]).toBe(10);
    expect(xs).toHaveLength(11);
    expect(b.xRange()).toEqual([(T0 + 10 * MIN) / 1000, (T0 + 20 * MIN) / 1000]);
  });

  it('keeps one row older than the window so the line starts at the left edge', () => {
    const b = new TrendBuffer(1, 10 * MIN, 100);
    b.push(T0, [1]);
    b.push(T0 + 10.5 * MIN, [2]);
    expect(b.toData()[0]).toEqual([T0 / 1000, (T0 + 10.5 * MIN) / 1000]);
  });

  it('is bounded by its capacity', () => {
    const b = new TrendBuffer(1, 10 * MIN, 5);
    for (let i = 0; i < 50; i++) b.push(T0 + i, [i]);
    expect(b.length).toBe(5);
    expect(b.toData()[1]).toEqual([45, 46, 47, 48, 49]);
  });

  it('replaces a sample at the same time and ignores older ones', () => {
    const b = new TrendBuffer(1, MIN, 10);
    b.push(T0, [1]);
    b.push(T0, [2]);
    b.push(T0 - 5, [3]);
    b.push(Number.NaN, [4]);
    expect(b.toData()).toEqual([[T0 / 1000], [2]]);
  });

  it('counts versions and breaks the line on gap()', () => {
    const b = new TrendBuffer(1, MIN, 10);
    expect(b.xRange()).toBeNull();
    b.gap();
    expect(b.length).toBe(0);
    const v0 = b.version;
    b.push(T0, [1]);
    expect(b.version).toBeGreaterThan(v0);
    b.gap();
    b.gap();
    expect(b.toData()).toEqual([[T0 / 1000, (T0 + 1) / 1000], [1, null]]);
    b.clear();
    expect(b.length).toBe(0);
  });
});

describe('TrendBuffer.backfill', () => {
  it('puts historian rows before the live samples', () => {
    const b = new TrendBuffer(1, 10 * MIN, 100);
    b.push(T0, [5]);
    b.backfill([[T0 - 2000, [3]], [T0 - 1000, [null]], [T0, [9]], [T0 + 1, [9]]]);
    expect(b.toData()).toEqual([[(T0 - 2000) / 1000, (T0 - 1000) / 1000, T0 / 1000], [3, null, 5]]);
  });

  it('fills an empty buffer and keeps the window', () => {
    const b = new TrendBuffer(1, MIN, 100);
    b.backfill([[T0 - 5 * MIN, [1]], [T0 - 2 * MIN, [2]], [T0 - 30_000, [3]], [T0, [4]]]);
    expect(b.toData()[1]).toEqual([2, 3, 4]);
    const v = b.version;
    b.backfill([]);
    expect(b.version).toBe(v);
  });
});

describe('TrendBuffer.onChange', () => {
  it('notifies listeners until they unsubscribe', () => {
    const b = new TrendBuffer(1, MIN, 10);
    let calls = 0;
    const stop = b.onChange(() => calls++);
    b.push(T0, [1]);
    b.clear();
    stop();
    b.push(T0, [2]);
    expect(calls).toBe(2);
  });
});

describe('trendYRange', () => {
  it('shows the full range without data', () => {
    expect(trendYRange(null, null, 0, 250)).toEqual([0, 250]);
  });

  it('pads the data range', () => {
    expect(trendYRange(100, 120, 0, 250)).toEqual([98, 122]);
  });

  it('keeps a minimum span around flat data', () => {
    const [min, max] = trendYRange(117, 117, 0, 250);
    expect(max - min).toBeCloseTo(12.5);
    expect((min + max) / 2).toBeCloseTo(117);
  });

  it('stays inside the instrument range', () => {
    expect(trendYRange(0, 0, 0, 250)).toEqual([0, 12.5]);
    expect(trendYRange(250, 250, 0, 250)).toEqual([237.5, 250]);
    expect(trendYRange(-10, 300, 0, 250)).toEqual([0, 250]);
  });
});
