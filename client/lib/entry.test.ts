import { describe, expect, it } from 'vitest';
import { inRange, parseEntry, roundTo } from './entry.ts';

const sp = { lo: 0, hi: 250, decimals: 1 };

describe('parseEntry', () => {
  it('accepts numbers inside the range', () => {
    expect(parseEntry('115', sp)).toEqual({ ok: true, value: 115 });
    expect(parseEntry(' 117.5 ', sp)).toEqual({ ok: true, value: 117.5 });
    expect(parseEntry('117,5', sp)).toEqual({ ok: true, value: 117.5 });
    expect(parseEntry('.5', sp)).toEqual({ ok: true, value: 0.5 });
    expect(parseEntry('+12', sp)).toEqual({ ok: true, value: 12 });
  });

  it('accepts the range limits themselves', () => {
    expect(parseEntry('0', sp)).toEqual({ ok: true, value: 0 });
    expect(parseEntry('250', sp)).toEqual({ ok: true, value: 250 });
  });

  it('refuses values outside the range', () => {
    expect(parseEntry('250.1', sp)).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(parseEntry('-1', sp)).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(parseEntry('1e9', sp)).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
  });

  it('refuses empty and non-numeric input', () => {
    expect(parseEntry('', sp)).toEqual({ ok: false, problem: 'EMPTY' });
    expect(parseEntry('   ', sp)).toEqual({ ok: false, problem: 'EMPTY' });
    expect(parseEntry('abc', sp)).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
    expect(parseEntry('1.2.3', sp)).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
    expect(parseEntry('0x10', sp)).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
    expect(parseEntry('Infinity', sp)).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
  });

  it('rounds to the display decimals before the range check', () => {
    expect(parseEntry('115.26', sp)).toEqual({ ok: true, value: 115.3 });
    expect(parseEntry('250.04', sp)).toEqual({ ok: true, value: 250 });
    expect(parseEntry('10.456', { lo: 0, hi: 16, decimals: 2 })).toEqual({ ok: true, value: 10.46 });
  });
});

describe('roundTo / inRange', () => {
  it('rounds half away from zero without negative zero', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(Object.is(roundTo(-0.01, 1), 0)).toBe(true);
  });

  it('checks inclusive ranges', () => {
    expect(inRange(0, sp)).toBe(true);
    expect(inRange(250, sp)).toBe(true);
    expect(inRange(250.01, sp)).toBe(false);
  });
});
