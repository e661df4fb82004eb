/**
 * The reference results of plant-workshop5.md §3, reproduced by the whole plant (Workshop 5 with
 * its control, interlocks and malfunctions), within the tolerances of issue 3.
 */
import { describe, expect, it } from 'vitest';
import { runFor, type Plant } from './plant.ts';
import { R5301 } from './r5301.ts';
import { U54R5401 } from './u54-r5401.ts';
import { createPlant } from './workshop5.ts';

const r5301 = (p: Plant): R5301 => p.units.find((u) => u instanceof R5301) as R5301;
const r5401 = (p: Plant): U54R5401 => p.units.find((u) => u instanceof U54R5401) as U54R5401;
const state = (p: Plant, tag: string): string => p.catalog().tags.find((t) => t.name === tag)!.states![p.value(tag)]!;
const ok = (p: Plant, cmd: Parameters<Plant['command']>[0]) => expect(p.command(cmd)).toMatchObject({ ok: true });

/** Runs `seconds` and returns the peak of `f`. */
function peakOver(p: Plant, seconds: number, f: () => number): number {
  let peak = -Infinity;
  runFor(p, seconds, () => void (peak = Math.max(peak, f())));
  return peak;
}

describe('R-5301 (§3.1.1, scaled §3.1.2)', () => {
  it('normal steady state: ≈116.9 °C, ≈92.8 % conversion, CW ≈10.4 m³/h, no interlock tripped', () => {
    const p = createPlant({ seed: 21 });
    const sums = { t: 0, x: 0, cw: 0, n: 0 };
    runFor(p, 1800, () => {
      sums.t += p.value('TIC-5301.PV');
      sums.x += p.value('AI-5309');
      sums.cw += p.value('FIC-5306.PV');
      sums.n++;
    });
    expect(sums.t / sums.n).toBeCloseTo(116.9, 0);
    expect(Math.abs(sums.x / sums.n - 92.8)).toBeLessThan(0.3);
    expect(Math.abs(sums.cw / sums.n - 10.4)).toBeLessThan(0.2);
    expect(p.value('FFIC-5302.PV')).toBeCloseTo(35.5, 0);
    expect(p.value('FIC-5303.PV')).toBeCloseTo(142, -1);
    for (let i = 1; i <= 14; i++) expect(state(p, `I-${String(i).padStart(2, '0')}.STATE`)).toBe('NORMAL');
  });

  for (const [minutes, expected] of [[6, 136], [15, 159]] as const) {
    it(`CW lost for ${minutes} min (${minutes / 30} τ) with I-01 bypassed peaks at ≈${expected} °C ±5 and recovers`, () => {
      const p = createPlant({ seed: 22 });
      const u = r5301(p);
      // I-05 (CW flow low-low) would cut the feed at once; the reference case has no trip at all.
      for (const il of ['I-01', 'I-05']) ok(p, { type: 'bypass', interlock: il, on: true });
      ok(p, { type: 'malfunction', id: 'M01' });
      let peak = peakOver(p, minutes * 60, () => u.tempC);
      ok(p, { type: 'clearMalfunction', id: 'M01' });
      peak = Math.max(peak, peakOver(p, 3 * 3600, () => u.tempC));
      expect(Math.abs(peak - expected)).toBeLessThan(5);
      expect(Math.abs(u.tempC - 116.85)).toBeLessThan(0.5);
    });
  }

  it('with I-01 active the 2oo3 trip at 130 °C closes XV-5311 and XV-5312 and opens the CW valve fully; reset only once T < 130', () => {
    const p = createPlant({ seed: 23 });
    const u = r5301(p);
    ok(p, { type: 'bypass', interlock: 'I-05', on: true });
    ok(p, { type: 'malfunction', id: 'M01' });
    let tripAt = NaN;
    runFor(p, 1800, () => {
      if (Number.isNaN(tripAt) && state(p, 'I-01.STATE') === 'TRIPPED') tripAt = u.tempC;
    });
    expect(Math.abs(tripAt - 130)).toBeLessThan(1.5);
    expect(state(p, 'I-01.FO')).toBe('TT-5301 2oo3 HH');
    expect(state(p, 'XV-5311')).toBe('CLOSED');
    expect(state(p, 'XV-5312')).toBe('CLOSED');
    expect(p.value('FIC-5306.OP')).toBe(100);
    expect(p.write('XV-5311', 'OPEN')).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING' });
    expect(p.write('FIC-5306.MODE', 'CAS')).toMatchObject({ ok: false, code: 'INTERLOCK_ACTIVE' });
    // Cooling still lost: T stays above 130 for a while, so reset is refused.
    if (p.value('TT-5301B') >= 130) expect(p.command({ type: 'resetInterlock', interlock: 'I-01' })).toMatchObject({ ok: false, code: 'INTERLOCK_CAUSE_ACTIVE' });
    ok(p, { type: 'clearMalfunction', id: 'M01' });
    runFor(p, 3600);
    expect(u.tempC).toBeLessThan(100);
    expect(p.command({ type: 'resetInterlock', interlock: 'I-01' })).toEqual({ ok: true, old: 'TRIPPED', new: 'NORMAL' });
    expect(state(p, 'XV-5311')).toBe('CLOSED'); // reset does not restart
    ok(p, { type: 'write', tag: 'FIC-5306.MODE', value: 'CAS' });
  });

  it('with every interlock active, I-05 (CW low-low while the valve is asked open) cuts the feed first: peak < 125 °C', () => {
    const p = createPlant({ seed: 25 });
    const u = r5301(p);
    ok(p, { type: 'malfunction', id: 'M01' });
    const peak = peakOver(p, 3600, () => u.tempC);
    expect(peak).toBeLessThan(125);
    expect(state(p, 'I-05.STATE')).toBe('TRIPPED');
    expect(state(p, 'I-01.STATE')).toBe('NORMAL');
    expect([state(p, 'XV-5311'), state(p, 'XV-5312')]).toEqual(['CLOSED', 'CLOSED']);
  });

  it('agitator trip (UA −50 %) with I-03 bypassed: ≈138.6 °C with the CW valve saturated', () => {
    const p = createPlant({ seed: 24 });
    const u = r5301(p);
    for (const il of ['I-03', 'I-01']) ok(p, { type: 'bypass', interlock: il, on: true }); // 138.6 °C is above I-01's 130 °C
    ok(p, { type: 'malfunction', id: 'M03' });
    runFor(p, 4 * 3600);
    expect(Math.abs(u.tempC - 138.6)).toBeLessThan(1);
    expect(p.value('FIC-5306.OP')).toBeGreaterThan(99);
    expect(u.cwFlowM3h).toBeGreaterThan(15.5);
  });
});

describe('R-5401 semi-batch (§3.2)', () => {
  it('normal batch: max accumulation ≈12.8 %, MTSR ≈30 °C, T max ≈22.1 °C, then hold and transfer', () => {
    const p = createPlant({ seed: 31 });
    const b = r5401(p);
    let acc = 0, mtsr = 0, tMax = 0;
    runFor(p, 4.2 * 3600, () => {
      acc = Math.max(acc, b.accumulationPct);
      mtsr = Math.max(mtsr, b.mtsrC);
      tMax = Math.max(tMax, b.state[3]!);
    });
    expect(Math.abs(acc - 12.8)).toBeLessThan(0.5);
    expect(Math.abs(mtsr - 30)).toBeLessThan(1);
    expect(Math.abs(tMax - 22.1)).toBeLessThan(0.5);
    expect(state(p, 'KI-5411')).toBe('HOLD');
    expect(p.value('FQI-5402')).toBeCloseTo(2.0, 2);
    runFor(p, 2.5 * 3600);
    expect(['TRANSFER', 'IDLE', 'CHARGE', 'COOL']).toContain(state(p, 'KI-5411'));
  });

  it('cooling lost at 60 min: peak ≈22 °C with the dosing interlock (I-06), ≈82 °C with dosing continuing', () => {
    const run = (interlocked: boolean): number => {
      const p = createPlant({ seed: 32 });
      const b = r5401(p);
      if (!interlocked) for (const il of ['I-06', 'I-07']) ok(p, { type: 'bypass', interlock: il, on: true });
      runFor(p, 3600);
      ok(p, { type: 'malfunction', id: 'M05' });
      const peak = peakOver(p, 5 * 3600, () => b.state[3]!);
      if (interlocked) {
        expect(state(p, 'I-06.STATE')).toBe('TRIPPED');
        expect(state(p, 'I-06.FO')).toBe('FSLL-5404');
        expect(state(p, 'XV-5410')).toBe('CLOSED');
        expect(state(p, 'KI-5411')).toBe('HELD');
      }
      return peak;
    };
    expect(Math.abs(run(true) - 22.3)).toBeLessThan(1);
    expect(Math.abs(run(false) - 81.7)).toBeLessThan(3);
  });
});
