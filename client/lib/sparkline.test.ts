import { describe, expect, it } from 'vitest';
import { sparkGeometry } from './sparkline.ts';

describe('sparkline geometry', () => {
  it('draws the values over the window, breaks at gaps, and places the normal band', () => {
    const g = sparkGeometry([0, 1, 2, 3], [0, 10, null, 5], 0, 3000, 0, 10, 30, 12, [4, 6]);
    expect(g.d).toBe('M0 11L10 1M30 6');
    expect(g.band).toEqual({ y: 5, h: 2 });
  });

  it('leaves out samples before the window and clamps to the range', () => {
    expect(sparkGeometry([0, 2], [50, -5], 1000, 3000, 0, 10, 20, 12).d).toBe('M10 11');
  });
});
