import { describe, expect, it } from 'vitest';
import { parseRoute, trendHash } from './route.ts';

describe('routes', () => {
  it('reads the page, pens and span from the hash', () => {
    expect(parseRoute('')).toEqual({ page: 'unit' });
    expect(parseRoute('#/')).toEqual({ page: 'unit' });
    expect(parseRoute('#/alarms')).toEqual({ page: 'alarms' });
    expect(parseRoute('#/journal')).toEqual({ page: 'journal' });
    expect(parseRoute('#/overview')).toEqual({ page: 'overview' });
    expect(parseRoute('#/unit/U51')).toEqual({ page: 'unitDisplay', unit: 'U51' });
    expect(parseRoute('#/unit/U53')).toEqual({ page: 'unit' });
    expect(parseRoute('#/unit/X')).toEqual({ page: 'unit' });
    expect(parseRoute('#/trend')).toEqual({ page: 'trend', pens: [], spanMs: null });
    expect(parseRoute(trendHash(['TIC-5301.PV', 'TIC-5301.SP'], 600_000))).toEqual({ page: 'trend', pens: ['TIC-5301.PV', 'TIC-5301.SP'], spanMs: 600_000 });
    expect(parseRoute('#/trend?span=-1&pens=,A,')).toEqual({ page: 'trend', pens: ['A'], spanMs: null });
  });
});
