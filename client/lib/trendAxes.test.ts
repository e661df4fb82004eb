import { describe, expect, it } from 'vitest';
import type { TagMeta } from '../../server/protocol.ts';
import { scaleKey, trendScales } from './trendAxes.ts';

const m = (name: string, eu: string, lo: number, hi: number, states?: string[]): TagMeta => ({
  name, unit: 'U53', desc: { en: name, zh: name }, eu, lo, hi, decimals: 1, writable: false, ...(states ? { states } : {}),
});

describe('trend axes', () => {
  it('gives one scale per engineering unit, spanning its pens, alternating sides', () => {
    const s = trendScales([m('A', '°C', 0, 150), m('B', 'm³/h', 0, 10), m('C', '°C', -20, 100), m('P', '', 0, 1, ['STOPPED', 'RUNNING'])]);
    expect(s.map((x) => [x.key, x.lo, x.hi, x.side])).toEqual([
      ['eu:°C', -20, 150, 'left'],
      ['eu:m³/h', 0, 10, 'right'],
      ['state', -0.5, 1.5, 'left'],
    ]);
    expect(scaleKey(m('B', 'm³/h', 0, 1))).toBe('eu:m³/h');
  });
});
