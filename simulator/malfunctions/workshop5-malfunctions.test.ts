/** Every malfunction M01…M20 shows its expected first response (§7.4); inject/clear and parameters are validated. */
import { describe, expect, it } from 'vitest';
import { runFor, type Plant } from '../model/plant.ts';
import { R5301 } from '../model/r5301.ts';
import { U54R5401 } from '../model/u54-r5401.ts';
import { createPlant } from '../model/workshop5.ts';
import { mustDo, runUntil, stateOf } from '../test-helpers.ts';

const r5301 = (p: Plant) => p.units.find((u) => u instanceof R5301) as R5301;
const r5401 = (p: Plant) => p.units.find((u) => u instanceof U54R5401) as U54R5401;
const inject = (p: Plant, id: string, params?: Record<string, number>) => mustDo(p, params ? { type: 'malfunction', id, params } : { type: 'malfunction', id });
const peak = (p: Plant, s: number, f: () => number) => {
  let m = -Infinity;
  runFor(p, s, () => void (m = Math.max(m, f())));
  return m;
};

describe('malfunctions M01…M20 (§7.4)', () => {
  it('are listed in the catalog with English and Chinese descriptions and their parameters', () => {
    const c = createPlant({ seed: 1 }).catalog();
    expect(c.malfunctions!.map((m) => m.id)).toEqual(Array.from({ length: 20 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`));
    for (const m of c.malfunctions!) {
      expect(m.desc.en.length * m.desc.zh.length).toBeGreaterThan(0);
      expect(m.params.map((x) => x.name)).toEqual(expect.arrayContaining(['magnitude', 'rampS', 'delayS']));
    }
    expect(c.interlocks!.map((i) => i.id)).toHaveLength(14);
  });

  it('refuse unknown ids, unknown parameters and out-of-range values with stable codes', () => {
    const p = createPlant({ seed: 1 });
    expect(p.command({ type: 'malfunction', id: 'M99' })).toMatchObject({ ok: false, code: 'MALFUNCTION_UNKNOWN' });
    expect(p.command({ type: 'malfunction', id: 'M02', params: { size: 1 } })).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(p.command({ type: 'malfunction', id: 'M02', params: { magnitude: 99 } })).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(p.command({ type: 'clearMalfunction', id: 'M02' })).toEqual({ ok: true, old: 'INACTIVE', new: 'INACTIVE' });
  });

  it('delay and ramp: M02 +10 K after 60 s, ramped over 600 s', () => {
    const p = createPlant({ seed: 2 });
    inject(p, 'M02', { magnitude: 10, delayS: 60, rampS: 600 });
    runFor(p, 50);
    expect(p.value('TI-5902')).toBeCloseTo(26.85, 0);
    runFor(p, 310);
    expect(p.value('TI-5902')).toBeGreaterThan(30);
    expect(p.value('TI-5902')).toBeLessThan(33);
    runFor(p, 600);
    expect(p.value('TI-5902')).toBeCloseTo(36.85, 0);
  });

  it('M01 CW failure: FIC-5306 falls to 0 and R-5301 heats at once', () => {
    const p = createPlant({ seed: 3 });
    mustDo(p, { type: 'bypass', interlock: 'I-05', on: true });
    inject(p, 'M01');
    runFor(p, 120);
    expect(p.value('FIC-5306.PV')).toBeLessThan(0.3);
    expect(r5301(p).tempC).toBeGreaterThan(117.3);
  });

  it('M02 CW +5 K: TIC-5301 absorbs it (peak < +1.5 K) with more CW flow', () => {
    const p = createPlant({ seed: 4 });
    inject(p, 'M02');
    const top = peak(p, 3 * 3600, () => r5301(p).tempC);
    expect(top - 116.85).toBeLessThan(1.5);
    expect(top - 116.85).toBeGreaterThan(0.3);
    expect(r5301(p).cwFlowM3h).toBeGreaterThan(11.5);
  });

  it('M03 agitator trip R-5301: SI-5310 falls and I-03 closes XV-5311', () => {
    const p = createPlant({ seed: 5 });
    inject(p, 'M03');
    expect(runUntil(p, () => stateOf(p, 'XV-5311') === 'CLOSED', 120)).toBeLessThan(120);
    expect(p.value('SI-5310')).toBeLessThan(20);
  });

  it('M04 agitator trip R-5401 in dosing: I-03 stops dosing, the batch holds', () => {
    const p = createPlant({ seed: 6 });
    inject(p, 'M04');
    expect(runUntil(p, () => stateOf(p, 'I-03.STATE') === 'TRIPPED', 120)).toBeLessThan(120);
    runFor(p, 10);
    expect([stateOf(p, 'I-03.FO'), stateOf(p, 'XV-5410'), stateOf(p, 'KI-5411')]).toEqual(['SI-5407 LL', 'CLOSED', 'HELD']);
  });

  it('M05 cooling loss R-5401: TIC-5403 rises and I-06 stops dosing', () => {
    const p = createPlant({ seed: 7 });
    runFor(p, 3600);
    inject(p, 'M05');
    runFor(p, 600);
    expect(stateOf(p, 'I-06.STATE')).toBe('TRIPPED');
    expect(r5401(p).state[3]).toBeGreaterThan(20);
  });

  it('M06 dosing ×3: FIC-5402 above HH 750 L/h, accumulation and MTSR rise, I-07/I-06 stop it', () => {
    const p = createPlant({ seed: 8 });
    inject(p, 'M06');
    runFor(p, 60);
    expect(p.value('FIC-5402.PV')).toBeGreaterThan(750);
    expect(runUntil(p, () => stateOf(p, 'I-07.STATE') === 'TRIPPED' || stateOf(p, 'I-06.STATE') === 'TRIPPED', 3 * 3600)).toBeLessThan(3 * 3600);
    expect(p.value('TY-5408')).toBeGreaterThan(30);
  });

  it('M07 reaction 10× slower: accumulation far above the normal batch', () => {
    const a = createPlant({ seed: 9 });
    const b = createPlant({ seed: 9 });
    inject(b, 'M07');
    runFor(a, 3600);
    runFor(b, 3600);
    expect(b.value('TY-5408.ACC')).toBeGreaterThan(3 * a.value('TY-5408.ACC'));
    expect(b.value('TY-5408')).toBeGreaterThan(a.value('TY-5408') + 5);
  });

  it('M08 feed +10 %: T peaks near 119.9 °C and the CW valve saturates; −20 %: T dips to ≈112.6 °C', () => {
    const p = createPlant({ seed: 10 });
    inject(p, 'M08');
    let op = 0;
    const top = peak(p, 4 * 3600, () => ((op = Math.max(op, p.value('FIC-5306.OP'))), r5301(p).tempC));
    expect(Math.abs(top - 119.9)).toBeLessThan(1.5);
    expect(op).toBeGreaterThan(99);
    const q = createPlant({ seed: 10 });
    inject(q, 'M08', { magnitude: -0.2 });
    let low = Infinity;
    runFor(q, 4 * 3600, () => void (low = Math.min(low, r5301(q).tempC)));
    expect(Math.abs(low - 112.6)).toBeLessThan(1.5);
  });

  it('M09 CW valve stuck: FIC-5306.OP moves, the CW flow does not', () => {
    const p = createPlant({ seed: 11 });
    inject(p, 'M09');
    const flow = r5301(p).cwFlowM3h;
    mustDo(p, { type: 'write', tag: 'TIC-5301.SP', value: 110 });
    runFor(p, 600);
    expect(p.value('FIC-5306.OP')).toBeGreaterThan(80);
    expect(r5301(p).cwFlowM3h).toBeCloseTo(flow, 6);
  });

  it('M10 TT-5301A drift −0.5 K/min: A departs from B and C, the real T rises', () => {
    const p = createPlant({ seed: 12 });
    inject(p, 'M10');
    runFor(p, 1800);
    expect(p.value('TT-5301A') - p.value('TT-5301B')).toBeLessThan(-5);
    expect(r5301(p).tempC).toBeGreaterThan(118);
  });

  it('M11 TT-5301A frozen: TIC-5301.PV flat while B moves', () => {
    const p = createPlant({ seed: 13 });
    inject(p, 'M11');
    runFor(p, 1);
    const frozen = p.value('TIC-5301.PV');
    inject(p, 'M02', { magnitude: 10 });
    runFor(p, 1200);
    expect(p.value('TIC-5301.PV')).toBe(frozen);
    expect(p.value('TT-5301B')).toBeGreaterThan(frozen + 0.5);
  });

  it('M12 TT-5301A fails: bad quality, TIC-5301 to MAN, I-01 votes 1oo2 on B and C', () => {
    const p = createPlant({ seed: 14 });
    inject(p, 'M12');
    runFor(p, 2);
    expect(p.quality('TIC-5301.PV')).toBe(2);
    expect(stateOf(p, 'TIC-5301.MODE')).toBe('MAN');
    expect(stateOf(p, 'I-01.STATE')).toBe('NORMAL'); // the failed-high channel alone does not trip
    p.setSensorFault('TT-5301B', { kind: 'bias', offset: 20 });
    runFor(p, 2);
    expect(stateOf(p, 'I-01.STATE')).toBe('TRIPPED');
  });

  it('M13 vaporiser steam loss: TIC-5202 and PI-5203 fall, PDT-5206 LL trips I-04', () => {
    const p = createPlant({ seed: 15 });
    inject(p, 'M13');
    runFor(p, 600);
    expect(p.value('TIC-5202.PV')).toBeLessThan(35);
    expect(p.value('PI-5203')).toBeLessThan(0.28);
    expect(runUntil(p, () => stateOf(p, 'I-04.STATE') === 'TRIPPED', 3600)).toBeLessThan(3600);
  });

  it('M14 Cl2 leak: AT-5291 ≥ 1 first, then two heads ≥ 2 trip I-08', () => {
    const p = createPlant({ seed: 16 });
    inject(p, 'M14');
    const t1 = runUntil(p, () => p.value('AT-5291') >= 1, 600);
    const t2 = runUntil(p, () => stateOf(p, 'I-08.STATE') === 'TRIPPED', 600);
    expect(t1).toBeLessThan(600);
    expect(t2).toBeLessThan(600);
  });

  it('M15 caustic exhausted: AIC-5501 falls, AT-5505 breaks through, I-09', () => {
    const p = createPlant({ seed: 17 });
    inject(p, 'M15');
    expect(runUntil(p, () => p.value('AIC-5501.PV') < 10, 3600)).toBeLessThan(3600);
    expect(runUntil(p, () => p.value('AT-5505') > 5, 3600)).toBeLessThan(3600);
    expect(runUntil(p, () => stateOf(p, 'I-09.STATE') === 'TRIPPED', 3600)).toBeLessThan(3600);
  });

  it('M16 power dip: motors trip, P-5101B starts on low pressure, I-13 to fail-safe, packing Held', () => {
    const p = createPlant({ seed: 18 });
    inject(p, 'M16');
    runFor(p, 30);
    expect(stateOf(p, 'P-5101A')).toBe('TRIPPED');
    expect(stateOf(p, 'P-5101B')).toBe('RUNNING');
    expect(stateOf(p, 'M-5301')).toBe('STOPPED');
    expect(stateOf(p, 'I-13.STATE')).toBe('TRIPPED');
    expect(stateOf(p, 'XV-5311')).toBe('CLOSED');
    expect(stateOf(p, 'YI-5806')).toBe('Held');
  });

  it('M17 P-5101A trip: PI-5106 falls below 0.15 MPa, P-5101B starts, FIC-5105 recovers', () => {
    const p = createPlant({ seed: 19 });
    inject(p, 'M17');
    let low = Infinity;
    runFor(p, 20, () => void (low = Math.min(low, p.value('PI-5106'))));
    expect(low).toBeLessThan(0.15);
    expect(stateOf(p, 'P-5101B')).toBe('RUNNING');
    runFor(p, 120);
    expect(p.value('FIC-5105.PV')).toBeCloseTo(3, 0);
    expect(p.value('II-5101B')).toBeGreaterThan(8);
  });

  it('M18 LIC-5101 stuck low: the inlet opens fully and V-5101 fills', () => {
    const p = createPlant({ seed: 20 });
    inject(p, 'M18');
    runFor(p, 600);
    expect(p.value('LIC-5101.PV')).toBe(20);
    expect(p.value('LIC-5101.OP')).toBe(100);
    const before = p.value('LI-5103');
    expect(before).toBeGreaterThan(0);
  });

  it('M19 centrifuge imbalance: VI-5604 above 11 mm/s trips it (I-12)', () => {
    const p = createPlant({ seed: 21 });
    inject(p, 'M19');
    expect(runUntil(p, () => p.value('VI-5604') >= 11, 60)).toBeLessThan(60);
    runFor(p, 2);
    expect(stateOf(p, 'M-5602')).toBe('TRIPPED');
  });

  it('M20 packing jam: SIC-5805 low, PackML Held, OEE falls', () => {
    const p = createPlant({ seed: 22 });
    const oee = p.value('UI-5809');
    inject(p, 'M20');
    runFor(p, 60);
    expect(p.value('SIC-5805')).toBeLessThan(0.2);
    expect(stateOf(p, 'YI-5806')).toBe('Held');
    runFor(p, 1800);
    expect(p.value('UI-5809')).toBeLessThan(oee - 10);
  });
});
