import { describe, expect, it } from 'vitest';
import { createPrng } from './prng.ts';

describe('createPrng', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    const a = createPrng(42, 'TT-5301');
    const b = createPrng(42, 'TT-5301');
    for (let i = 0; i < 100; i++) expect(a.normal()).toBe(b.normal());
  });

  it('gives different sequences for different seeds or streams', () => {
    const a = createPrng(42, 'TT-5301').uniform();
    expect(createPrng(43, 'TT-5301').uniform()).not.toBe(a);
    expect(createPrng(42, 'FT-5306').uniform()).not.toBe(a);
  });

  it('draws standard normals (mean ≈ 0, sd ≈ 1) and uniforms in [0, 1)', () => {
    const rng = createPrng(7);
    const n = 20_000;
    let sum = 0;
    let sumSq = 0;
    let uMin = 1;
    let uMax = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
      const u = rng.uniform();
      uMin = Math.min(uMin, u);
      uMax = Math.max(uMax, u);
    }
    expect(uMin).toBeGreaterThanOrEqual(0);
    expect(uMax).toBeLessThan(1);
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.sqrt(sumSq / n - mean * mean)).toBeCloseTo(1, 1);
  });
});
