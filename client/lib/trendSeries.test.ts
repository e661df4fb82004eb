import { describe, expect, it } from 'vitest';
import { TrendSeries } from './trendSeries.ts';

describe('trend series', () => {
  it('appends live rows in time order, replacing a row at the same time', () => {
    const s = new TrendSeries(2);
    s.append(1000, [1, 2]);
    s.append(2000, [3, null]);
    s.append(2000, [4, 5]);
    s.append(1500, [9, 9]);
    expect(s.data()).toEqual([[1, 2], [1, 4], [2, 5]]);
    expect(s.latest).toBe(2000);
  });

  it('puts history before the live rows', () => {
    const s = new TrendSeries(1);
    s.append(5000, [5]);
    s.replaceBefore([[1000, [1]], [2000, [2]], [5000, [99]], [6000, [99]]], 5000);
    expect(s.data()).toEqual([[1, 2, 5], [1, 2, 5]]);
  });

  it('fills the hole of an outage from history, so the line has no gap', () => {
    const s = new TrendSeries(1);
    s.append(1000, [1]);
    s.breakAfterLatest();
    s.append(9000, [9]);
    expect(s.data()[1]).toEqual([1, null, 9]);
    s.fillBetween([[1000, [100]], [3000, [3]], [6000, [6]], [9000, [100]]], 1000, 9000);
    expect(s.data()).toEqual([[1, 3, 6, 9], [1, 3, 6, 9]]);
  });

  it('drops the oldest rows beyond its capacity', () => {
    const s = new TrendSeries(1, 3);
    for (let k = 1; k <= 5; k++) s.append(k * 1000, [k]);
    expect(s.data()).toEqual([[3, 4, 5], [3, 4, 5]]);
  });
});
