import { describe, expect, it } from 'vitest';
import {
  COMMS_DOWN, commsLost, commsProblem, effectiveQuality, plotRow, plotValue, qualityMark, valueLook, type Comms,
} from './quality.ts';

const OK: Comms = { socket: true, simulator: 'connected', stale: false };
const STALE: Comms = { ...OK, stale: true };
const SIM_DOWN: Comms = { ...OK, simulator: 'disconnected' };
const good = { v: 1, q: 'good' as const, t: 0 };

describe('quality marks', () => {
  it('maps quality to marks', () => {
    expect(qualityMark('good')).toBe('');
    expect(qualityMark('uncertain')).toBe('~');
    expect(qualityMark('bad')).toBe('?');
  });

  it('makes values bad when the simulator is disconnected and uncertain when stale', () => {
    expect(effectiveQuality('good', SIM_DOWN)).toBe('bad');
    expect(effectiveQuality('good', STALE)).toBe('uncertain');
    expect(effectiveQuality('bad', STALE)).toBe('bad');
    expect(effectiveQuality('uncertain', OK)).toBe('uncertain');
  });
});

describe('comms', () => {
  it('detects comms loss and its cause', () => {
    expect(commsLost(OK)).toBe(false);
    expect(commsLost(STALE)).toBe(false);
    expect(commsLost(SIM_DOWN)).toBe(true);
    expect(commsLost(COMMS_DOWN)).toBe(true);
    expect(commsProblem(OK)).toBeNull();
    expect(commsProblem(SIM_DOWN)).toBe('simulator');
    expect(commsProblem({ ...SIM_DOWN, socket: false })).toBe('server');
  });
});

describe('valueLook', () => {
  it('draws a good live value plainly', () => {
    expect(valueLook(good, OK)).toEqual({ empty: false, quality: 'good', mark: '', outline: false, greyed: false });
  });

  it('outlines bad and stale values', () => {
    expect(valueLook({ ...good, q: 'bad' }, OK)).toMatchObject({ mark: '?', outline: true, greyed: false });
    expect(valueLook(good, STALE)).toMatchObject({ mark: '~', outline: true, greyed: false });
  });

  it('greys every value when comms are lost', () => {
    expect(valueLook(good, { ...OK, socket: false })).toMatchObject({ greyed: true, mark: '' });
    expect(valueLook(good, SIM_DOWN)).toMatchObject({ greyed: true, mark: '?', outline: true });
  });

  it('marks a missing value as empty and greyed', () => {
    expect(valueLook(undefined, OK)).toMatchObject({ empty: true, greyed: true });
  });
});

describe('plotValue', () => {
  it('plots good and uncertain values, gaps for bad, missing or lost', () => {
    expect(plotValue(good, OK)).toBe(1);
    expect(plotValue({ ...good, q: 'uncertain' }, OK)).toBe(1);
    expect(plotValue({ ...good, q: 'bad' }, OK)).toBeNull();
    expect(plotValue(undefined, OK)).toBeNull();
    expect(plotValue(good, SIM_DOWN)).toBeNull();
    expect(plotValue(good, { ...OK, socket: false })).toBeNull();
  });
});

describe('plotRow', () => {
  it('builds one trend row in tag order', () => {
    const table = { A: good, B: { ...good, v: 2, q: 'bad' as const } };
    expect(plotRow(table, ['A', 'B', 'C'], OK)).toEqual([1, null, null]);
  });
});
