import { describe, expect, it } from 'vitest';
import { decimate } from './decimate.ts';

describe('decimation for drawing', () => {
  it('leaves small data alone', () => {
    const data: [number[], (number | null)[]] = [[0, 1, 2], [1, 2, 3]];
    expect(decimate(data, 0, 2, 100)).toBe(data);
  });

  it('keeps two rows per pixel with each pen’s min and max, spikes and gaps included', () => {
    const x = Array.from({ length: 1000 }, (_, i) => i);
    const y = x.map((i) => (i === 500 ? 99 : i === 700 ? null : 1));
    const [dx, dy] = decimate([x, y], 0, 999, 10);
    expect(dx.length).toBeLessThanOrEqual(2 * 11);
    expect(Math.max(...(dy!.filter((v) => v !== null) as number[]))).toBe(99);
    expect(dy).toContain(null);
    expect([...dx].sort((a, b) => a - b)).toEqual(dx);
  });
});
