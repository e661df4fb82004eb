import { describe, expect, it } from 'vitest';
import { beepTimes, HORN_PATTERNS } from './horn.ts';

describe('horn patterns', () => {
  it('differ per priority: higher priority is higher, faster and more beeps', () => {
    const { critical: c, high: h, medium: m, low: l } = HORN_PATTERNS;
    expect(c.hz > h.hz && h.hz > m.hz && m.hz > l.hz).toBe(true);
    expect(c.periodS < h.periodS && h.periodS < m.periodS && m.periodS < l.periodS).toBe(true);
    expect(c.beeps).toBeGreaterThan(h.beeps);
  });

  it('spaces beeps of a burst and fits them in the period', () => {
    expect(beepTimes({ hz: 1, beeps: 2, beepS: 0.2, periodS: 2 })).toEqual([{ on: 0, off: 0.2 }, { on: 0.4, off: 0.6000000000000001 }]);
    for (const p of Object.values(HORN_PATTERNS)) expect(beepTimes(p).at(-1)!.off).toBeLessThan(p.periodS);
  });
});
