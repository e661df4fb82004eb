import { describe, expect, it } from 'vitest';
import type { TagMeta } from '../../server/protocol.ts';
import {
  NO_VALUE, formatNumber, formatPlantClock, formatPlantTime, formatRange, formatSpeed, formatValue, scaleEnds, stateName, withUnit,
} from './format.ts';

const temp: TagMeta = {
  name: 'TIC-5301.PV', unit: 'U53', desc: { en: 'Reactor temperature', zh: '氯化反应温度' },
  eu: '°C', lo: 0, hi: 250, decimals: 1, writable: false,
};
const mode: TagMeta = { ...temp, name: 'TIC-5301.MODE', eu: '', lo: 0, hi: 2, decimals: 0, states: ['MAN', 'AUTO', 'CAS'] };

describe('formatNumber', () => {
  it('uses fixed decimals', () => {
    expect(formatNumber(116.94, 1)).toBe('116.9');
    expect(formatNumber(116.96, 1)).toBe('117.0');
    expect(formatNumber(115, 1)).toBe('115.0');
    expect(formatNumber(10.4, 2)).toBe('10.40');
    expect(formatNumber(85.4, 0)).toBe('85');
  });

  it('never shows a negative zero', () => {
    expect(formatNumber(-0.01, 1)).toBe('0.0');
    expect(formatNumber(-0, 0)).toBe('0');
    expect(formatNumber(-0.4, 0)).toBe('0');
    expect(formatNumber(-1.25, 1)).toBe('-1.3');
  });

  it('has no grouping separators and handles bad input', () => {
    expect(formatNumber(123456.7, 1)).toBe('123456.7');
    expect(formatNumber(Number.NaN, 1)).toBe(NO_VALUE);
    expect(formatNumber(Infinity, 1)).toBe(NO_VALUE);
    expect(formatNumber(1.5, -3)).toBe('2');
  });
});

describe('formatValue', () => {
  it('formats analog values with the tag decimals', () => {
    expect(formatValue({ v: 116.9, q: 'good', t: 0 }, temp)).toBe('116.9');
  });

  it('formats discrete values as state names', () => {
    expect(formatValue({ v: 1, q: 'good', t: 0 }, mode)).toBe('AUTO');
    expect(formatValue({ v: 7, q: 'good', t: 0 }, mode)).toBe(NO_VALUE);
    expect(stateName(2, mode)).toBe('CAS');
  });

  it('shows no value when nothing was received', () => {
    expect(formatValue(undefined, temp)).toBe(NO_VALUE);
  });
});

describe('units and ranges', () => {
  it('appends units only when there is one', () => {
    expect(withUnit('116.9', '°C')).toBe('116.9 °C');
    expect(withUnit('AUTO', '')).toBe('AUTO');
  });

  it('formats ranges with decimals and unit', () => {
    expect(formatRange(temp)).toBe('0.0–250.0 °C');
    expect(formatRange({ lo: 0, hi: 16, decimals: 2, eu: 'm³/h' })).toBe('0.00–16.00 m³/h');
  });

  it('labels the ends of a bar', () => {
    expect(scaleEnds(temp)).toEqual(['0.0', '250.0 °C']);
    expect(scaleEnds({ lo: 0, hi: 100, decimals: 0, eu: '' })).toEqual(['0', '100']);
  });
});

describe('plant time', () => {
  it('formats plant time in China Standard Time', () => {
    expect(formatPlantTime(Date.UTC(2025, 0, 31, 16, 5, 9))).toBe('2025-02-01 00:05:09');
    expect(formatPlantTime(Number.NaN)).toBe(NO_VALUE);
    expect(formatPlantClock(Date.UTC(2025, 0, 31, 16, 5, 9))).toBe('00:05');
    expect(formatPlantClock(Date.UTC(2025, 0, 31, 16, 5, 9), true)).toBe('00:05:09');
  });

  it('formats clock speed', () => {
    expect(formatSpeed(1)).toBe('×1');
    expect(formatSpeed(10)).toBe('×10');
    expect(formatSpeed(2.5)).toBe('×2.5');
    expect(formatSpeed('max')).toBe('×max');
  });
});
