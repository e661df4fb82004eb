import { describe, expect, it } from 'vitest';
import { ControlValve, flowFraction } from './valve.ts';

describe('ControlValve', () => {
  it('follows the demand with a first-order lag and passes flow by its characteristic', () => {
    const v = new ControlValve({ maxFlow: 16, tauS: 8, characteristic: 'linear' }, 0);
    v.update(50, 8); // one time constant
    expect(v.position).toBeCloseTo(50 * (1 - Math.exp(-1)), 9);
    v.update(50, 1000);
    expect(v.flow).toBeCloseTo(8, 9);
    v.update(150, 1000);
    expect(v.position).toBe(100);
  });

  it('equal-percentage: 0 at closed, full at open, each 10 % step the same ratio; inverse works', () => {
    const spec = { maxFlow: 10, tauS: 5, characteristic: 'equal-percentage' as const, rangeability: 50 };
    expect(flowFraction(0, spec)).toBe(0);
    expect(flowFraction(100, spec)).toBeCloseTo(1, 12);
    expect(flowFraction(60, spec) + 1 / 49).toBeGreaterThan(flowFraction(50, spec));
    const v = new ControlValve(spec, 0);
    expect(flowFraction(v.positionFor(3.7), spec) * 10).toBeCloseTo(3.7, 9);
  });
});
