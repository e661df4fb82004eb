/** Unit behaviours beyond the reference cases: ratio control, packing line counters and OEE, dryer end-point, centrifuge cycle. */
import { describe, expect, it } from 'vitest';
import { runFor } from './plant.ts';
import { createPlant } from './workshop5.ts';
import { mustDo, runUntil, stateOf } from '../test-helpers.ts';

describe('U53 ratio control FFIC-5302 → FIC-5303', () => {
  it('Cl2 follows ratio × feed: a ratio SP of 40 kg/m³ gives 160 kg/h; a feed change moves the Cl2 with it', () => {
    const p = createPlant({ seed: 61 });
    mustDo(p, { type: 'write', tag: 'FFIC-5302.SP', value: 40 });
    runFor(p, 300);
    expect(p.value('FIC-5303.PV')).toBeCloseTo(160, -1);
    expect(p.value('FFIC-5302.PV')).toBeCloseTo(40, 0);
    mustDo(p, { type: 'write', tag: 'FIC-5301.SP', value: 3 });
    runFor(p, 300);
    expect(p.value('FIC-5303.PV')).toBeCloseTo(120, -1);
    expect(p.write('FFIC-5302.MODE', 'CAS')).toMatchObject({ ok: false, code: 'MODE_FORBIDS' });
  });
});

describe('U58 packing line', () => {
  it('runs near OEE 75 % (A ≈ 0.9, P ≈ 0.88, Q ≈ 0.95), counts bags and resets the counters at the 16:00 shift change', () => {
    const p = createPlant({ seed: 62 }); // starts 08:00 CST
    runFor(p, 4 * 3600);
    expect(p.value('UI-5809')).toBeGreaterThan(65);
    expect(p.value('UI-5809')).toBeLessThan(85);
    expect(Math.abs(p.value('UI-5809.A') - 90)).toBeLessThan(5);
    expect(Math.abs(p.value('UI-5809.P') - 88)).toBeLessThan(3);
    expect(Math.abs(p.value('UI-5809.Q') - 95)).toBeLessThan(3);
    const bags = p.value('FQI-5803');
    expect(bags).toBeGreaterThan(500);
    expect(p.value('FQI-5804')).toBeCloseTo((bags * 25) / 1000, 6);
    runFor(p, 4 * 3600 + 60);
    expect(p.value('FQI-5803')).toBeLessThan(10);
  });

  it('PackML: STOP → Stopped, RESET → Idle, START → Execute; a refused command changes nothing', () => {
    const p = createPlant({ seed: 63 });
    expect(p.write('YI-5806', 'CLEAR')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    mustDo(p, { type: 'write', tag: 'YI-5806', value: 'STOP' });
    runFor(p, 6);
    expect(stateOf(p, 'YI-5806')).toBe('Stopped');
    mustDo(p, { type: 'write', tag: 'YI-5806', value: 'RESET' });
    runFor(p, 6);
    expect(stateOf(p, 'YI-5806')).toBe('Idle');
    mustDo(p, { type: 'write', tag: 'YI-5806', value: 'START' });
    runFor(p, 6);
    expect(stateOf(p, 'YI-5806')).toBe('Execute');
  });
});

describe('U56 centrifuge and U57 dryer', () => {
  it('the centrifuge cycles FEED → SPIN → DISCHARGE and the dryer reaches its moisture end-point', () => {
    const p = createPlant({ seed: 64 });
    const seen = new Set<string>();
    runFor(p, 6 * 3600, () => void seen.add(stateOf(p, 'M-5602')));
    expect([...seen]).toEqual(expect.arrayContaining(['FEED', 'SPIN', 'DISCHARGE']));
    expect(runUntil(p, () => stateOf(p, 'KI-5701') === 'DISCHARGING', 6 * 3600)).toBeLessThan(6 * 3600);
    expect(p.value('AI-5704')).toBeLessThan(0.5);
  });
});
