import { describe, expect, it } from 'vitest';
import { CA, CSTR_STATE_SIZE, cstrDerivative, T, TC, V } from './cstr.ts';
import { runFor, type Plant } from './plant.ts';
import { R5301 } from './r5301.ts';
import { CSTR, UA_NOMINAL, UA_NOMINAL_PER_MIN } from './r5301-params.ts';
import { createPlant } from './workshop5.ts';

const unitOf = (plant: Plant): R5301 => plant.units.find((u) => u instanceof R5301) as R5301;
const celsius = (u: R5301): number => u.state[T]! - 273.15;

/** Mean of some tags' values over `seconds` of plant time. */
function meanOver(plant: Plant, seconds: number, tags: string[]): Record<string, number> {
  const sums = Object.fromEntries(tags.map((t) => [t, 0]));
  let n = 0;
  runFor(plant, seconds, (p) => {
    n++;
    for (const t of tags) sums[t]! += p.value(t);
  });
  return Object.fromEntries(tags.map((t) => [t, sums[t]! / n]));
}

describe('R-5301 at its normal operating point (§3.1.1–3.1.2)', () => {
  it('starts in steady state: every derivative is zero', () => {
    const u = new R5301({ seed: 1 });
    const d = new Float64Array(CSTR_STATE_SIZE);
    const inputs = {
      qIn: (4.0 * 1000) / 3600, qOut: (4.0 * 1000) / 3600, qc: (u.cwValve.flow * 1000) / 3600,
      cAi: 1, tFeed: 300, tCoolIn: 300, ua: UA_NOMINAL,
    };
    cstrDerivative(CSTR, inputs, u.state, d);
    for (const x of d) expect(Math.abs(x)).toBeLessThan(1e-12);
    expect(u.state[T]).toBe(390);
    expect(u.state[CA]).toBeCloseTo(0.0715, 4);
    expect(u.state[TC]).toBeCloseTo(340.2, 1);
    expect(u.state[V]).toBe(2000);
    expect(u.cwValve.flow).toBeCloseTo(10.38, 2); // m³/h (173 L/min)
  });

  it('uses the scaled parameters: UA exactly 3.333e4 J/(min·K) at 85 rpm', () => {
    const u = new R5301({ seed: 1 });
    expect(u.agitator.speed).toBe(85);
    expect(u.agitator.uaFactor).toBe(1);
    expect(UA_NOMINAL_PER_MIN).toBeCloseTo(3.3333e4, 0);
    expect(CSTR.k0 * 60).toBeCloseTo(2.4e9, -3);
    expect(CSTR.jacketL).toBe(400);
  });

  it('shows normal values from the first frame', () => {
    const plant = createPlant({ seed: 3 });
    const v = (t: string): number => plant.value(t);
    expect(v('TIC-5301.PV')).toBeCloseTo(116.85, 1);
    expect(v('TIC-5301.SP')).toBeCloseTo(116.85, 9);
    expect(v('FIC-5306.PV')).toBeCloseTo(10.38, 1);
    expect(v('FIC-5301.PV')).toBeCloseTo(4.0, 1);
    expect(v('LIC-5307.PV')).toBe(60);
    expect(v('LIC-5307.OP')).toBeCloseTo(50, 9);
    expect(v('TI-5304')).toBeCloseTo(67.0, 0);
    expect(v('TI-5305')).toBeCloseTo(26.85, 1);
    expect(v('AI-5309')).toBeCloseTo(92.85, 1);
    expect(v('SI-5310')).toBe(85);
    expect(v('II-5310')).toBe(45);
    expect(plant.frame().q.every((q) => q === 0)).toBe(true);
  });
});

describe('R-5301 closed loop', () => {
  it('settles back to the operating point from a start 5 K hot', () => {
    const plant = createPlant({ seed: 11 });
    const u = unitOf(plant);
    u.state[T] = u.state[T]! + 5;
    runFor(plant, 4 * 3600);
    const m = meanOver(plant, 1800, ['TIC-5301.PV', 'AI-5309', 'FIC-5306.PV', 'LIC-5307.PV']);
    expect(Math.abs(celsius(u) - 116.85)).toBeLessThan(0.3);
    expect(Math.abs(m['TIC-5301.PV']! - 116.9)).toBeLessThan(0.3);
    expect(Math.abs(m['AI-5309']! - 92.8)).toBeLessThan(0.3);
    expect(Math.abs(m['FIC-5306.PV']! - 10.4)).toBeLessThan(0.2);
    expect(Math.abs(m['LIC-5307.PV']! - 60)).toBeLessThan(1);
  });

  it('follows a TIC-5301.SP step to 115 °C within 0.5 °C after 3 h', () => {
    const plant = createPlant({ seed: 12 });
    expect(plant.write('TIC-5301.SP', 115)).toEqual({ ok: true, old: 116.85, new: 115 });
    runFor(plant, 3 * 3600);
    const m = meanOver(plant, 600, ['TIC-5301.PV']);
    expect(Math.abs(m['TIC-5301.PV']! - 115)).toBeLessThan(0.5);
    expect(Math.abs(celsius(unitOf(plant)) - 115)).toBeLessThan(0.5);
  });

  it('agitator trip: UA −50 %, CW valve saturates, T settles near 138.6 °C (§3.1.1, §7.4 #3)', () => {
    const plant = createPlant({ seed: 13 });
    // I-01 too: 138.6 °C is above its 130 °C trip point.
    for (const il of ['I-03', 'I-01']) expect(plant.command({ type: 'bypass', interlock: il, on: true })).toMatchObject({ ok: true, new: 'BYPASSED' });
    expect(plant.write('M-5301', 'STOP')).toEqual({ ok: true, old: 'RUNNING', new: 'STOPPED' });
    runFor(plant, 60);
    expect(plant.value('SI-5310')).toBeLessThan(5);
    expect(plant.value('II-5310')).toBeLessThan(0.01);
    runFor(plant, 3 * 3600);
    expect(Math.abs(celsius(unitOf(plant)) - 138.6)).toBeLessThan(1);
    expect(plant.value('FIC-5306.OP')).toBeGreaterThan(99);
    plant.write('M-5301', 'START');
    runFor(plant, 4 * 3600);
    expect(Math.abs(celsius(unitOf(plant)) - 116.85)).toBeLessThan(0.3);
    expect(plant.value('SI-5310')).toBeCloseTo(85, -1);
  });

  it('CW loss for 15 min peaks near 159 °C and recovers (§3.1.1 table, 0.5 τ)', () => {
    const plant = createPlant({ seed: 14 });
    const u = unitOf(plant);
    for (const il of ['I-01', 'I-05']) plant.command({ type: 'bypass', interlock: il, on: true });
    plant.write('FIC-5306.MODE', 'MAN');
    plant.write('FIC-5306.OP', 0);
    let peak = 0;
    runFor(plant, 15 * 60, () => void (peak = Math.max(peak, celsius(u))));
    expect(plant.write('FIC-5306.MODE', 'CAS')).toMatchObject({ ok: true });
    runFor(plant, 4 * 3600, () => void (peak = Math.max(peak, celsius(u))));
    expect(Math.abs(peak - 159)).toBeLessThan(4);
    expect(Math.abs(celsius(u) - 116.85)).toBeLessThan(0.3);
  });

  it('LIC-5307 holds the level with a feed change, with the P-only offset', () => {
    const plant = createPlant({ seed: 15 });
    plant.write('FIC-5301.SP', 4.8);
    runFor(plant, 3 * 3600);
    const m = meanOver(plant, 1800, ['LIC-5307.PV', 'FIC-5301.PV']);
    expect(m['FIC-5301.PV']).toBeCloseTo(4.8, 1);
    // P-only, Kc 2: +0.8 m³/h = +10 % of the 8 m³/h outlet valve ⇒ +5 % level offset.
    expect(Math.abs(m['LIC-5307.PV']! - 65)).toBeLessThan(1);
  });

  it('a failed TT-5301 reads out of range with bad quality and sheds TIC-5301 to MAN', () => {
    const plant = createPlant({ seed: 16 });
    expect(plant.setSensorFault('TIC-5301.PV', { kind: 'fail', to: 'high' })).toBe(true);
    runFor(plant, 1);
    expect(plant.value('TIC-5301.PV')).toBeGreaterThan(250);
    expect(plant.quality('TIC-5301.PV')).toBe(2);
    expect(plant.value('TIC-5301.MODE')).toBe(0); // MAN
    expect(plant.write('TIC-5301.MODE', 'AUTO')).toMatchObject({ ok: false, code: 'MODE_FORBIDS' });
  });
});
