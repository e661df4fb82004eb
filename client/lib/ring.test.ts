import { describe, expect, it } from 'vitest';
import { Ring } from './ring.ts';

function rows(r: Ring): number[][] {
  return Array.from({ length: r.length }, (_, i) => Array.from({ length: r.columns }, (_, c) => r.at(i, c)));
}

describe('Ring', () => {
  it('keeps rows in push order', () => {
    const r = new Ring(4, 2);
    r.push([1, 10]);
    r.push([2, 20]);
    expect(r.length).toBe(2);
    expect(rows(r)).toEqual([[1, 10], [2, 20]]);
  });

  it('overwrites the oldest row when full', () => {
    const r = new Ring(3, 1);
    for (let i = 1; i <= 5; i++) r.push([i]);
    expect(r.length).toBe(3);
    expect(rows(r)).toEqual([[3], [4], [5]]);
  });

  it('fills missing columns with NaN and reads outside as NaN', () => {
    const r = new Ring(2, 3);
    r.push([1]);
    expect(r.at(0, 1)).toBeNaN();
    expect(r.at(5, 0)).toBeNaN();
    expect(r.at(0, 9)).toBeNaN();
  });

  it('replaces the newest row and drops the oldest', () => {
    const r = new Ring(3, 1);
    r.replaceLast([9]);
    expect(rows(r)).toEqual([[9]]);
    r.push([10]);
    r.push([11]);
    r.push([12]);
    r.replaceLast([13]);
    expect(rows(r)).toEqual([[10], [11], [13]]);
    r.dropOldest(2);
    expect(rows(r)).toEqual([[13]]);
    r.dropOldest(5);
    expect(r.length).toBe(0);
    r.push([1]);
    r.clear();
    expect(r.length).toBe(0);
  });

  it('refuses a zero capacity', () => {
    expect(() => new Ring(0, 1)).toThrow(RangeError);
  });
});
