/** Every interlock I-01…I-14: it trips on its cause (first-out recorded), holds its actions, and resets only once the cause has cleared. */
import { describe, expect, it } from 'vitest';
import { runFor, type Plant } from '../model/plant.ts';
import { createPlant } from '../model/workshop5.ts';
import { mustDo, runUntil, stateOf } from '../test-helpers.ts';

const tripped = (p: Plant, il: string) => () => stateOf(p, `${il}.STATE`) === 'TRIPPED';
const reset = (p: Plant, il: string) => p.command({ type: 'resetInterlock', interlock: il });
const refusedReset = (p: Plant, il: string) => expect(reset(p, il)).toMatchObject({ ok: false, code: 'INTERLOCK_CAUSE_ACTIVE' });
const resets = (p: Plant, il: string) => {
  expect(reset(p, il)).toEqual({ ok: true, old: 'TRIPPED', new: 'NORMAL' });
  expect(stateOf(p, `${il}.FO`)).toBe('NONE');
};

describe('interlocks I-01…I-14 (§7.3)', () => {
  it('I-01: 2oo3 on TT-5301A/B/C — one high transmitter does not trip, two do; reset after the cause clears', () => {
    const p = createPlant({ seed: 41 });
    p.setSensorFault('TT-5301B', { kind: 'bias', offset: 20 });
    runFor(p, 30);
    expect(stateOf(p, 'I-01.STATE')).toBe('NORMAL'); // 1 of 3
    p.setSensorFault('TT-5301C', { kind: 'bias', offset: 20 });
    expect(runUntil(p, tripped(p, 'I-01'), 10)).toBeLessThan(10);
    expect(stateOf(p, 'I-01.FO')).toBe('TT-5301 2oo3 HH');
    runFor(p, 10);
    expect([stateOf(p, 'XV-5311'), stateOf(p, 'XV-5312')]).toEqual(['CLOSED', 'CLOSED']);
    expect(p.value('FIC-5306.OP')).toBe(100);
    refusedReset(p, 'I-01');
    p.setSensorFault('TT-5301C', { kind: 'none' });
    runFor(p, 5);
    resets(p, 'I-01');
  });

  it('I-02: PIC-5308 ≥ 80 kPa cuts Cl2 and feed and opens the vent fully', () => {
    const p = createPlant({ seed: 42 });
    p.setSensorFault('PIC-5308.PV', { kind: 'bias', offset: 70 });
    expect(runUntil(p, tripped(p, 'I-02'), 30)).toBeLessThan(30);
    runFor(p, 10);
    expect(stateOf(p, 'XV-5311')).toBe('CLOSED');
    expect(p.value('PIC-5308.OP')).toBe(100);
    refusedReset(p, 'I-02');
    p.setSensorFault('PIC-5308.PV', { kind: 'none' });
    runFor(p, 10);
    resets(p, 'I-02');
  });

  it('I-03: R-5301 agitator stopped closes XV-5311; reset once it runs again', () => {
    const p = createPlant({ seed: 43 });
    mustDo(p, { type: 'write', tag: 'M-5301', value: 'STOP' });
    expect(runUntil(p, tripped(p, 'I-03'), 120)).toBeLessThan(120);
    expect(stateOf(p, 'I-03.FO')).toBe('SI-5310 LL');
    runFor(p, 10);
    expect(stateOf(p, 'XV-5311')).toBe('CLOSED');
    expect(stateOf(p, 'XV-5410')).toBe('OPEN'); // R-5401 dosing is not R-5301's cause
    refusedReset(p, 'I-03');
    mustDo(p, { type: 'write', tag: 'M-5301', value: 'START' });
    runFor(p, 30);
    resets(p, 'I-03');
    mustDo(p, { type: 'write', tag: 'XV-5311', value: 'OPEN' });
  });

  it('I-04: vaporiser steam lost → PDT-5206 LL closes XV-5205 and XV-5311', () => {
    const p = createPlant({ seed: 44 });
    mustDo(p, { type: 'malfunction', id: 'M13' });
    expect(runUntil(p, tripped(p, 'I-04'), 3600)).toBeLessThan(3600);
    expect(['FIC-5303 LL', 'PDT-5206 LL']).toContain(stateOf(p, 'I-04.FO'));
    runFor(p, 10);
    expect([stateOf(p, 'XV-5205'), stateOf(p, 'XV-5311')]).toEqual(['CLOSED', 'CLOSED']);
    if (p.value('PDT-5206') < 20) refusedReset(p, 'I-04');
    mustDo(p, { type: 'clearMalfunction', id: 'M13' });
    runFor(p, 3600);
    resets(p, 'I-04');
  });

  it('I-05: CW flow low-low with a hot reactor stops Cl2 and feed and starts P-5901B', () => {
    const p = createPlant({ seed: 45 });
    mustDo(p, { type: 'malfunction', id: 'M01' });
    expect(runUntil(p, tripped(p, 'I-05'), 30)).toBeLessThan(30);
    runFor(p, 10);
    expect([stateOf(p, 'XV-5311'), stateOf(p, 'XV-5312'), stateOf(p, 'P-5901B')]).toEqual(['CLOSED', 'CLOSED', 'RUNNING']);
    refusedReset(p, 'I-05');
    mustDo(p, { type: 'clearMalfunction', id: 'M01' });
    runFor(p, 60);
    resets(p, 'I-05');
  });

  it('I-06: TIC-5403 ≥ 30 °C stops dosing and holds the batch', () => {
    const p = createPlant({ seed: 46 });
    p.setSensorFault('TIC-5403.PV', { kind: 'bias', offset: 15 });
    expect(runUntil(p, tripped(p, 'I-06'), 120)).toBeLessThan(120);
    expect(stateOf(p, 'I-06.FO')).toBe('TIC-5403 HH');
    runFor(p, 10);
    expect([stateOf(p, 'XV-5410'), stateOf(p, 'P-5401A'), stateOf(p, 'KI-5411')]).toEqual(['CLOSED', 'STOPPED', 'HELD']);
    expect(p.write('P-5401A', 'START')).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING' });
    expect(p.write('KI-5411', 'RESUME')).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING', detail: 'I-06 tripped' });
    refusedReset(p, 'I-06');
    p.setSensorFault('TIC-5403.PV', { kind: 'none' });
    runFor(p, 60);
    resets(p, 'I-06');
    mustDo(p, { type: 'write', tag: 'KI-5411', value: 'RESUME' });
    runFor(p, 30);
    expect(p.value('FIC-5402.PV')).toBeGreaterThan(400);
  });

  it('I-07: calculated MTSR ≥ 40 °C inhibits dosing', () => {
    const p = createPlant({ seed: 47 });
    mustDo(p, { type: 'bypass', interlock: 'I-06', on: true });
    mustDo(p, { type: 'malfunction', id: 'M07', params: { magnitude: 20 } });
    expect(runUntil(p, tripped(p, 'I-07'), 4 * 3600)).toBeLessThan(4 * 3600);
    expect(p.value('TY-5408')).toBeGreaterThanOrEqual(39.5);
    refusedReset(p, 'I-07');
    runFor(p, 10);
    expect(stateOf(p, 'XV-5410')).toBe('CLOSED');
    mustDo(p, { type: 'clearMalfunction', id: 'M07' });
    expect(runUntil(p, () => p.value('TY-5408') < 39, 4 * 3600)).toBeLessThan(4 * 3600);
    resets(p, 'I-07');
  });

  it('I-08: two Cl2 heads ≥ 2 mg/m³ close XV-5205 and XV-5311 and run the scrubber fan at maximum', () => {
    const p = createPlant({ seed: 48 });
    mustDo(p, { type: 'malfunction', id: 'M14' });
    expect(runUntil(p, tripped(p, 'I-08'), 900)).toBeLessThan(900);
    runFor(p, 30);
    expect([stateOf(p, 'XV-5205'), stateOf(p, 'XV-5311')]).toEqual(['CLOSED', 'CLOSED']);
    expect(p.value('SI-5506')).toBeGreaterThan(1550);
    refusedReset(p, 'I-08');
    mustDo(p, { type: 'clearMalfunction', id: 'M14' });
    runFor(p, 900);
    resets(p, 'I-08');
    runFor(p, 5);
    expect(p.value('SI-5506')).toBeLessThan(1500);
  });

  it('I-09: scrubber caustic pH < 9 inhibits Cl2 (XV-5311 closes and may not reopen)', () => {
    const p = createPlant({ seed: 49 });
    mustDo(p, { type: 'malfunction', id: 'M15' });
    expect(runUntil(p, tripped(p, 'I-09'), 3600)).toBeLessThan(3600);
    expect(stateOf(p, 'I-09.FO')).toBe('AIC-5501 LL');
    runFor(p, 10);
    expect(stateOf(p, 'XV-5311')).toBe('CLOSED');
    refusedReset(p, 'I-09');
    mustDo(p, { type: 'bypass', interlock: 'I-09', on: true });
    expect(p.write('XV-5311', 'OPEN')).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING' }); // start permissive on pH
    mustDo(p, { type: 'bypass', interlock: 'I-09', on: false });
    mustDo(p, { type: 'clearMalfunction', id: 'M15' });
    expect(runUntil(p, () => p.value('AIC-5501.PV') > 10, 4 * 3600)).toBeLessThan(4 * 3600);
    if (stateOf(p, 'I-09.STATE') === 'TRIPPED') resets(p, 'I-09');
    mustDo(p, { type: 'write', tag: 'XV-5311', value: 'OPEN' });
  });

  it('I-10: V-5101 overfill (LIC-5101 stuck low) trips on LSHH-5102: XV-5101 closed, P-5101A/B stopped', () => {
    const p = createPlant({ seed: 50 });
    mustDo(p, { type: 'malfunction', id: 'M18' });
    expect(runUntil(p, tripped(p, 'I-10'), 8 * 3600)).toBeLessThan(8 * 3600);
    expect(stateOf(p, 'I-10.FO')).toBe('LSHH-5102');
    expect(stateOf(p, 'LSHH-5102')).toBe('ON');
    runFor(p, 10);
    expect([stateOf(p, 'XV-5101'), stateOf(p, 'P-5101A'), stateOf(p, 'P-5101B')]).toEqual(['CLOSED', 'STOPPED', 'STOPPED']);
    expect(p.write('P-5101A', 'START')).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING' });
    mustDo(p, { type: 'clearMalfunction', id: 'M18' });
    refusedReset(p, 'I-10'); // the tank is still full
    // A supervisor bypasses to pump the tank down, then removes the bypass.
    mustDo(p, { type: 'bypass', interlock: 'I-10', on: true });
    mustDo(p, { type: 'write', tag: 'P-5101A', value: 'START' });
    expect(runUntil(p, () => stateOf(p, 'LSHH-5102') === 'OFF', 3600)).toBeLessThan(3600);
    runFor(p, 60);
    mustDo(p, { type: 'bypass', interlock: 'I-10', on: false });
    runFor(p, 1);
    expect(stateOf(p, 'I-10.STATE')).toBe('NORMAL');
  });

  it('I-11: dryer jacket ≥ 65 °C cuts the heating', () => {
    const p = createPlant({ seed: 51 });
    p.setSensorFault('TIC-5701.PV', { kind: 'bias', offset: 15 });
    expect(runUntil(p, tripped(p, 'I-11'), 120)).toBeLessThan(120);
    refusedReset(p, 'I-11');
    p.setSensorFault('TIC-5701.PV', { kind: 'none' });
    runFor(p, 30);
    resets(p, 'I-11');
  });

  it('I-12: centrifuge vibration ≥ 11 mm/s trips and brakes it; reset once it has stopped shaking', () => {
    const p = createPlant({ seed: 52 });
    mustDo(p, { type: 'malfunction', id: 'M19' });
    expect(runUntil(p, tripped(p, 'I-12'), 120)).toBeLessThan(120);
    expect(stateOf(p, 'M-5602')).toBe('TRIPPED');
    refusedReset(p, 'I-12');
    expect(p.write('M-5602', 'START')).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING' });
    runFor(p, 120);
    expect(p.value('SI-5603')).toBeLessThan(50);
    resets(p, 'I-12');
  });

  it('I-13: power loss drives every XV to its fail-safe position and opens the CW valve', () => {
    const p = createPlant({ seed: 53 });
    mustDo(p, { type: 'malfunction', id: 'M16', params: { durationS: 10 } });
    expect(runUntil(p, tripped(p, 'I-13'), 5)).toBeLessThan(5);
    expect(stateOf(p, 'I-13.FO')).toBe('EI-5907 LL');
    refusedReset(p, 'I-13');
    runFor(p, 15);
    expect(['XV-5311', 'XV-5312', 'XV-5205', 'XV-5101', 'XV-5410'].map((x) => stateOf(p, x))).toEqual(Array(5).fill('CLOSED'));
    expect(p.value('FIC-5306.OP')).toBe(100);
    resets(p, 'I-13');
  });

  it('I-14: the packing e-stop aborts the line; reset once released', () => {
    const p = createPlant({ seed: 54 });
    mustDo(p, { type: 'write', tag: 'HS-5808', value: 'ON' });
    runFor(p, 10);
    expect(stateOf(p, 'I-14.STATE')).toBe('TRIPPED');
    expect(stateOf(p, 'YI-5806')).toBe('Aborted');
    refusedReset(p, 'I-14');
    mustDo(p, { type: 'write', tag: 'HS-5808', value: 'OFF' });
    runFor(p, 1);
    resets(p, 'I-14');
    for (const c of ['CLEAR', 'RESET', 'START']) {
      mustDo(p, { type: 'write', tag: 'YI-5806', value: c });
      runFor(p, 6);
    }
    expect(stateOf(p, 'YI-5806')).toBe('Execute');
  });

  it('bypass: a bypassed interlock does not trip, shows BYPASSED, and trips at once when the bypass is removed with the cause present', () => {
    const p = createPlant({ seed: 55 });
    expect(p.command({ type: 'bypass', interlock: 'I-14', on: true })).toEqual({ ok: true, old: 'NORMAL', new: 'BYPASSED' });
    mustDo(p, { type: 'write', tag: 'HS-5808', value: 'ON' });
    runFor(p, 2);
    expect(stateOf(p, 'I-14.STATE')).toBe('BYPASSED');
    mustDo(p, { type: 'bypass', interlock: 'I-14', on: false });
    runFor(p, 1);
    expect(stateOf(p, 'I-14.STATE')).toBe('TRIPPED');
    expect(p.command({ type: 'bypass', interlock: 'I-99', on: true })).toMatchObject({ ok: false, code: 'INTERLOCK_UNKNOWN' });
    expect(p.command({ type: 'resetInterlock', interlock: 'I-99' })).toMatchObject({ ok: false, code: 'INTERLOCK_UNKNOWN' });
  });
});
