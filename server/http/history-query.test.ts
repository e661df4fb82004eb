import { describe, expect, it } from 'vitest';
import { historyCsvHeader, historyCsvRows, parseHistoryQuery } from './history-query.ts';

const known = (t: string) => t.startsWith('TIC-');
const parse = (q: string) => parseHistoryQuery(new URLSearchParams(q), known, 10_000_000);
const code = (q: string) => {
  const r = parse(q);
  return 'code' in r ? r.code : 'ok';
};

describe('history query parameters', () => {
  it('defaults to the last hour at 1,000 points, JSON', () => {
    expect(parse('tags=TIC-1.PV,TIC-1.SP,TIC-1.PV')).toEqual({ tags: ['TIC-1.PV', 'TIC-1.SP'], from: 6_400_000, to: 10_000_000, points: 1000, format: 'json' });
    expect(parse('tags=TIC-1&from=2025-01-06T00:00:00Z&to=1736121600001&points=20&format=csv')).toMatchObject({ from: 1736121600000, to: 1736121600001, points: 20, format: 'csv' });
  });

  it('refuses bad input with stable codes', () => {
    expect(code('')).toBe('INVALID_VALUE');
    expect(code('tags=,,')).toBe('INVALID_VALUE');
    expect(code('tags=FIC-9')).toBe('TAG_UNKNOWN');
    expect(code(`tags=${Array.from({ length: 33 }, (_, i) => `TIC-${i}`).join(',')}`)).toBe('TOO_MANY_TAGS');
    expect(code('tags=TIC-1&from=5&to=4')).toBe('OUT_OF_RANGE');
    expect(code('tags=TIC-1&from=noon')).toBe('INVALID_VALUE');
    expect(code('tags=TIC-1&to=1e400')).toBe('INVALID_VALUE');
    expect(code('tags=TIC-1&from=0&to=40000000000')).toBe('RANGE_TOO_LONG');
    for (const p of ['0', '4', '20001', '99999999999']) expect(code(`tags=TIC-1&points=${p}`)).not.toBe('ok');
    for (const p of ['1.5', '-3', 'abc', '']) expect(code(`tags=TIC-1&points=${p}`)).toBe('INVALID_VALUE');
    expect(code('tags=TIC-1&format=xls')).toBe('INVALID_VALUE');
  });

  it('writes CSV with units and ISO times, empty cells for gaps', () => {
    expect(historyCsvHeader(['TIC-1', 'P-1'], (t) => (t === 'TIC-1' ? '°C' : ''))).toBe('time (UTC ISO 8601),TIC-1 [°C],P-1\r\n');
    expect(historyCsvRows([0, 1000], [[1.5, null], [1, 0]], 0, 2)).toBe('1970-01-01T00:00:00.000Z,1.5,1\r\n1970-01-01T00:00:01.000Z,,0\r\n');
  });
});
