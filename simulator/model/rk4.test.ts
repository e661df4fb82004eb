import { describe, expect, it } from 'vitest';
import { Rk4 } from './rk4.ts';

describe('Rk4', () => {
  it('integrates exponential decay to fourth-order accuracy', () => {
    const y = new Float64Array([1]);
    const rk = new Rk4(1);
    for (let i = 0; i < 10; i++) rk.step((s, out) => void (out[0] = -s[0]!), y, 0.1);
    expect(Math.abs(y[0]! - Math.exp(-1))).toBeLessThan(1e-6);
  });
});
