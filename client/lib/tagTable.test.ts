import { describe, expect, it } from 'vitest';
import { applyDelta, isTagState, latestTime, laterTime, tableFromSnapshot, type TagTable } from './tagTable.ts';

const T0 = 1_700_000_000_000;

describe('applyDelta', () => {
  const table: TagTable = {
    'TIC-5301.PV': { v: 116.9, q: 'good', t: T0 },
    'TIC-5301.SP': { v: 117, q: 'good', t: T0 },
  };

  it('replaces changed tags and keeps unchanged ones by identity', () => {
    const next = applyDelta(table, { c: { 'TIC-5301.PV': { v: 117.2, q: 'good', t: T0 + 250 } } });
    expect(next).not.toBe(table);
    expect(next['TIC-5301.PV']).toEqual({ v: 117.2, q: 'good', t: T0 + 250 });
    expect(next['TIC-5301.SP']).toBe(table['TIC-5301.SP']);
  });

  it('does not mutate the input table', () => {
    const before = JSON.stringify(table);
    applyDelta(table, { c: { 'TIC-5301.PV': { v: 1, q: 'bad', t: T0 + 1 } } });
    expect(JSON.stringify(table)).toBe(before);
  });

  it('adds tags it has not seen', () => {
    const next = applyDelta(table, { c: { 'TI-5304': { v: 67, q: 'uncertain', t: T0 } } });
    expect(next['TI-5304']).toEqual({ v: 67, q: 'uncertain', t: T0 });
    expect(Object.keys(next)).toHaveLength(3);
  });

  it('returns the same table for an empty or identical delta', () => {
    expect(applyDelta(table, { c: {} })).toBe(table);
    expect(applyDelta(table, { c: { 'TIC-5301.SP': { v: 117, q: 'good', t: T0 } } })).toBe(table);
  });

  it('applies a quality change even when the value is the same', () => {
    const next = applyDelta(table, { c: { 'TIC-5301.SP': { v: 117, q: 'bad', t: T0 } } });
    expect(next['TIC-5301.SP']?.q).toBe('bad');
  });

  it('skips malformed entries', () => {
    const delta = {
      c: {
        'TIC-5301.PV': { v: Number.NaN, q: 'good', t: T0 },
        'TIC-5301.SP': { v: 1, q: 'excellent', t: T0 },
        'TI-5305': { v: 26.9, q: 'good', t: T0 },
      },
    } as unknown as Parameters<typeof applyDelta>[1];
    const next = applyDelta(table, delta);
    expect(next['TIC-5301.PV']).toBe(table['TIC-5301.PV']);
    expect(next['TIC-5301.SP']).toBe(table['TIC-5301.SP']);
    expect(next['TI-5305']?.v).toBe(26.9);
  });

  it('copies entries instead of keeping references to the wire objects', () => {
    const wire = { v: 5, q: 'good' as const, t: T0 };
    const next = applyDelta({}, { c: { A: wire } });
    wire.v = 6;
    expect(next.A?.v).toBe(5);
  });
});

describe('tableFromSnapshot / latestTime / isTagState', () => {
  it('builds a table from snapshot tags', () => {
    const t = tableFromSnapshot({ A: { v: 1, q: 'good', t: T0 } });
    expect(t).toEqual({ A: { v: 1, q: 'good', t: T0 } });
  });

  it('finds the latest time of a delta', () => {
    expect(latestTime({ c: {} })).toBeNull();
    expect(
      latestTime({ c: { A: { v: 1, q: 'good', t: T0 }, B: { v: 1, q: 'bad', t: T0 + 500 } } }),
    ).toBe(T0 + 500);
  });

  it('recognises tag states', () => {
    expect(isTagState({ v: 0, q: 'bad', t: 0 })).toBe(true);
    expect(isTagState(null)).toBe(false);
    expect(isTagState({ v: '1', q: 'good', t: 0 })).toBe(false);
    expect(isTagState({ v: 1, q: 'good', t: Infinity })).toBe(false);
  });
});

describe('laterTime', () => {
  it('keeps the later of two plant times', () => {
    expect(laterTime(null, null)).toBeNull();
    expect(laterTime(null, T0)).toBe(T0);
    expect(laterTime(T0, undefined)).toBe(T0);
    expect(laterTime(T0, T0 - 1)).toBe(T0);
    expect(laterTime(T0, T0 + 1)).toBe(T0 + 1);
    expect(laterTime(T0, Number.NaN)).toBe(T0);
  });
});
