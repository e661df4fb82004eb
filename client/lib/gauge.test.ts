import { describe, expect, it } from 'vitest';
import { bandFractions, barFraction, opEntryAllowed, spEntryAllowed } from './gauge.ts';

describe('barFraction', () => {
  it('places values on the bar', () => {
    expect(barFraction(125, 0, 250)).toBe(0.5);
    expect(barFraction(0, 0, 250)).toBe(0);
    expect(barFraction(250, 0, 250)).toBe(1);
  });

  it('clamps and refuses what cannot be placed', () => {
    expect(barFraction(-5, 0, 250)).toBe(0);
    expect(barFraction(300, 0, 250)).toBe(1);
    expect(barFraction(undefined, 0, 250)).toBeNull();
    expect(barFraction(Number.NaN, 0, 250)).toBeNull();
    expect(barFraction(1, 5, 5)).toBeNull();
  });

  it('computes the normal band', () => {
    expect(bandFractions([50, 75], 0, 100)).toEqual([0.5, 0.75]);
    expect(bandFractions([75, 50], 0, 100)).toEqual([0.5, 0.75]);
    expect(bandFractions(undefined, 0, 100)).toBeNull();
  });
});

describe('entries allowed by mode', () => {
  it('allows SP in AUTO and OP in MAN only', () => {
    expect(['MAN', 'AUTO', 'CAS', undefined].map(spEntryAllowed)).toEqual([false, true, false, false]);
    expect(['MAN', 'AUTO', 'CAS', undefined].map(opEntryAllowed)).toEqual([true, false, false, false]);
  });
});
