/** The whole of Workshop 5: catalog, snapshots, determinism, bookkeeping and an 8 h steady run. */
import { describe, expect, it } from 'vitest';
import { runFor, type Plant } from './plant.ts';
import { R5301 } from './r5301.ts';
import { U51TankFarm } from './u51-tank-farm.ts';
import { U55Scrubber } from './u55-scrubber.ts';
import { createPlant } from './workshop5.ts';
import { mustDo, stateOf } from '../test-helpers.ts';

const unit = <T>(p: Plant, cls: new (...a: never[]) => T): T => p.units.find((u) => u instanceof cls) as T;

describe('Workshop 5 catalog', () => {
  it('lists every §7.1 tag of U51–U59 with both descriptions, unit, range, and states for discrete tags', () => {
    const c = createPlant({ seed: 1 }).catalog();
    const names = new Set(c.tags.map((t) => t.name));
    const required = [
      'LIC-5101.PV', 'LSHH-5102', 'LI-5103', 'TI-5104', 'FIC-5105.PV', 'PI-5106', 'II-5101A', 'II-5101B', 'P-5101A', 'P-5101B', 'XV-5101', 'AT-5190',
      'WI-5201', 'TIC-5202.PV', 'PI-5203', 'PIC-5204', 'PDT-5206', 'XV-5205', 'AT-5291', 'AT-5292',
      'FIC-5301.PV', 'FFIC-5302.PV', 'FIC-5303.PV', 'TIC-5301.PV', 'TT-5301A', 'TT-5301B', 'TT-5301C', 'TI-5304', 'TI-5305', 'FIC-5306.PV',
      'LIC-5307.PV', 'PIC-5308.PV', 'AI-5309', 'SI-5310', 'II-5310', 'XV-5311', 'XV-5312', 'XV-5313', 'M-5301',
      'WI-5401', 'LI-5401', 'FIC-5402.PV', 'FQI-5402', 'TIC-5403.PV', 'TIC-5404.PV', 'TY-5408', 'TY-5408.ACC', 'AIC-5405.PV', 'SI-5407', 'II-5407',
      'PI-5409', 'P-5401A', 'P-5401B', 'XV-5410', 'KI-5411', 'YI-5411',
      'AIC-5501.PV', 'FIC-5502.PV', 'LIC-5503.PV', 'PDI-5504', 'AT-5505', 'SI-5506', 'II-5506',
      'TIC-5601.PV', 'LIC-5602.PV', 'SI-5603', 'II-5603', 'VI-5604', 'WI-5605', 'M-5602',
      'TIC-5701.PV', 'TI-5702', 'PIC-5703.PV', 'AI-5704', 'SI-5705',
      'WIC-5801', 'FI-5802', 'FQI-5803', 'FQI-5804', 'SIC-5805', 'YI-5806', 'XA-5807', 'HS-5808', 'UI-5809', 'UI-5809.A', 'UI-5809.P', 'UI-5809.Q',
      'PI-5901', 'TI-5902', 'TI-5903', 'PIC-5904', 'PI-5905', 'PI-5906', 'EI-5907', 'JI-5908', 'P-5901A', 'P-5901B',
      'AT-5991', 'AT-5992', 'AT-5993', 'AT-5994', 'AT-5995', 'AT-5996', 'AT-5997', 'AT-5998',
      ...Array.from({ length: 14 }, (_, i) => `I-${String(i + 1).padStart(2, '0')}.STATE`),
    ];
    for (const n of required) expect(names.has(n), n).toBe(true);
    for (const u of ['U51', 'U52', 'U53', 'U54', 'U55', 'U56', 'U57', 'U58', 'U59']) expect(c.tags.some((t) => t.unit === u), u).toBe(true);
    for (const t of c.tags) {
      expect(t.desc.en.length > 0 && t.desc.zh.length > 0, t.name).toBe(true);
      expect(t.hi).toBeGreaterThan(t.lo);
    }
    expect(c.tags.find((t) => t.name === 'XV-5311')!.states).toEqual(['CLOSED', 'OPEN', 'TRAVEL']);
    expect(c.tags.find((t) => t.name === 'P-5101A')!.states).toEqual(['STOPPED', 'RUNNING', 'TRIPPED']);
    expect(c.tags.find((t) => t.name === 'YI-5806')!.states![4]).toBe('Execute');
    expect(c.tags.find((t) => t.name === 'KI-5411')!.states).toEqual(['IDLE', 'CHARGE', 'COOL', 'DOSE', 'HOLD', 'TRANSFER', 'HELD']);
    expect(c.snapshots).toEqual(['normal-operation', 'cold-start']);
  });

  it('refuses bad input with stable codes and never throws', () => {
    const p = createPlant({ seed: 1 });
    expect(p.write('TIC-5301.PV', 1)).toMatchObject({ ok: false, code: 'TAG_NOT_WRITABLE' });
    expect(p.write('NOPE-1', 1)).toMatchObject({ ok: false, code: 'TAG_UNKNOWN' });
    expect(p.write('TIC-5403.SP', 500)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(p.write('P-5101B', 'OPEN')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(p.write('XV-5311', 42)).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(p.write('KI-5411', 'START')).toMatchObject({ ok: false, code: 'INVALID_VALUE' }); // a batch is running
    expect(p.command({ type: 'snapshot', action: 'restore', name: 'nope' })).toMatchObject({ ok: false, code: 'SNAPSHOT_UNKNOWN' });
    expect(p.command({ type: 'snapshot', action: 'save', name: 'cold-start' })).toMatchObject({ ok: false, code: 'SNAPSHOT_READ_ONLY' });
    expect(p.command({ type: 'snapshot', action: 'save', name: '../x' })).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
  });

  it('a batch start refused by a permissive names it (PERMISSIVE_MISSING)', () => {
    const p = createPlant({ seed: 2, initial: 'cold-start' });
    expect(p.write('KI-5411', 'START')).toEqual({ ok: false, code: 'PERMISSIVE_MISSING', detail: 'agitator M-5401 not running' });
    mustDo(p, { type: 'write', tag: 'M-5401', value: 'START' });
    runFor(p, 10);
    expect(p.write('KI-5411', 'START')).toEqual({ ok: true, old: 'IDLE', new: 'CHARGE' });
    runFor(p, 30 * 60);
    expect(['COOL', 'DOSE']).toContain(stateOf(p, 'KI-5411'));
  });
});

describe('snapshots and determinism', () => {
  it('cold-start: everything stopped, R-5301 and R-5401 empty of reaction mass', () => {
    const p = createPlant({ seed: 3 });
    runFor(p, 60);
    const t = p.t;
    mustDo(p, { type: 'snapshot', action: 'restore', name: 'cold-start' });
    expect(p.t).toBe(t); // the clock does not move back
    runFor(p, 60);
    for (const eq of ['M-5301', 'M-5401', 'P-5101A', 'P-5101B', 'P-5401A', 'K-5501', 'P-5701']) expect(stateOf(p, eq), eq).toBe('STOPPED');
    expect(['XV-5311', 'XV-5312', 'XV-5205'].map((x) => stateOf(p, x))).toEqual(['CLOSED', 'CLOSED', 'CLOSED']);
    expect(unit(p, R5301).state[3]).toBe(0);
    expect(p.value('WI-5401')).toBeLessThan(0.05);
    expect(stateOf(p, 'KI-5411')).toBe('IDLE');
    expect(stateOf(p, 'YI-5806')).toBe('Stopped');
    for (let i = 1; i <= 14; i++) expect(stateOf(p, `I-${String(i).padStart(2, '0')}.STATE`)).toBe('NORMAL');
  });

  it('save / restore / list; restore of normal-operation brings the steady state back', () => {
    const p = createPlant({ seed: 4 });
    runFor(p, 600);
    mustDo(p, { type: 'snapshot', action: 'save', name: 'mine' });
    const saved = p.frame().v;
    expect(p.command({ type: 'snapshot', action: 'list' })).toEqual({ ok: true, names: ['normal-operation', 'cold-start', 'mine'] });
    mustDo(p, { type: 'malfunction', id: 'M03' });
    runFor(p, 600);
    mustDo(p, { type: 'snapshot', action: 'restore', name: 'mine' });
    expect(p.frame().v).toEqual(saved);
    mustDo(p, { type: 'snapshot', action: 'restore', name: 'normal-operation' });
    expect(p.value('TIC-5301.PV')).toBeCloseTo(116.85, 1);
    expect(stateOf(p, 'M-5301')).toBe('RUNNING');
  });

  it('same snapshot + same seed + same timed commands ⇒ the same trajectory, bit for bit', () => {
    const run = (): number[][] => {
      const p = createPlant({ seed: 5, startT: 0 });
      runFor(p, 900);
      mustDo(p, { type: 'snapshot', action: 'save', name: 's' });
      const out: number[][] = [];
      for (const k of [0, 1]) {
        mustDo(p, { type: 'snapshot', action: 'restore', name: 's' });
        const frames: number[] = [];
        runFor(p, 300, (q) => void frames.push(...q.frame().v));
        mustDo(p, { type: 'malfunction', id: 'M08', params: { magnitude: 0.1 } });
        mustDo(p, { type: 'write', tag: 'FIC-5105.SP', value: 3.5 });
        runFor(p, 1800, (q) => void frames.push(...q.frame().v));
        mustDo(p, { type: 'clearMalfunction', id: 'M08' });
        out[k] = frames;
      }
      return out;
    };
    const [a, b] = run();
    expect(b).toStrictEqual(a);
    expect(run()[0]).toStrictEqual(a);
  });
});

describe('utilities: losing one propagates to its users', () => {
  it('both CW pumps stopped: header pressure falls, R-5301 loses its cooling and heats up', () => {
    const p = createPlant({ seed: 8 });
    mustDo(p, { type: 'bypass', interlock: 'I-05', on: true });
    mustDo(p, { type: 'write', tag: 'P-5901A', value: 'STOP' });
    runFor(p, 1);
    mustDo(p, { type: 'write', tag: 'P-5901B', value: 'STOP' }); // in case it auto-started
    runFor(p, 60);
    expect(p.value('PI-5901')).toBeLessThan(0.05);
    expect(p.value('FIC-5306.PV')).toBeLessThan(1);
    runFor(p, 600);
    expect(unit(p, R5301).tempC).toBeGreaterThan(120);
  });

  it('a CW header pressure dip auto-starts P-5901B', () => {
    const p = createPlant({ seed: 9 });
    mustDo(p, { type: 'write', tag: 'P-5901A', value: 'STOP' });
    runFor(p, 20);
    expect(stateOf(p, 'P-5901B')).toBe('RUNNING');
    runFor(p, 60);
    expect(p.value('PI-5901')).toBeGreaterThan(0.3);
  });

  it('instrument air lost: every XV goes to its fail-safe position by itself', () => {
    const p = createPlant({ seed: 10 });
    for (let i = 1; i <= 14; i++) mustDo(p, { type: 'bypass', interlock: `I-${String(i).padStart(2, '0')}`, on: true });
    const u59 = p.units.find((u) => u.id === 'U59') as unknown as { airCompressorOn: boolean };
    u59.airCompressorOn = false;
    runFor(p, 900);
    expect(p.value('PI-5906')).toBeLessThan(0.1);
    expect(['XV-5311', 'XV-5312', 'XV-5205', 'XV-5101', 'XV-5410'].map((x) => stateOf(p, x))).toEqual(Array(5).fill('CLOSED'));
  });
});

describe('bookkeeping and steady operation', () => {
  it('tank inventories change exactly by their flows (V-5101, V-5102, T-5501 sump)', () => {
    const p = createPlant({ seed: 6 });
    const u51 = unit(p, U51TankFarm);
    const u55 = unit(p, U55Scrubber);
    const tanks = [u51.v5101, u51.v5102, u55.sump];
    const v0 = tanks.map((t) => t.volume);
    const in0 = tanks.map((t) => t.totalIn);
    const out0 = tanks.map((t) => t.totalOut);
    mustDo(p, { type: 'malfunction', id: 'M17' }); // a disturbance on the way
    mustDo(p, { type: 'write', tag: 'FIC-5301.SP', value: 4.6 });
    runFor(p, 3 * 3600);
    tanks.forEach((t, i) => {
      const dIn = t.totalIn - in0[i]!;
      const dOut = t.totalOut - out0[i]!;
      expect(dIn).toBeGreaterThan(0);
      expect(t.volume - v0[i]!).toBeCloseTo(dIn - dOut - t.overflow, 9);
    });
    // V-5102 delivers exactly what R-5301 takes in: 4.6 m³/h for 3 h, less the step change's lag.
    expect(Math.abs(u51.v5102.totalOut - out0[1]! - 4.6 * 3)).toBeLessThan(0.2);
  });

  it('left in normal-operation for 8 h, every tag stays inside its normal band (no drift)', () => {
    const p = createPlant({ seed: 7 });
    const c = p.catalog();
    // Designed events, not drift: single bags outside the checkweigher band are rejects.
    const skip = new Set(['WIC-5801']);
    const bands = c.tags.map((t, i) => ({ t, i })).filter(({ t }) => t.normal && !skip.has(t.name));
    const worst = new Map<string, number>();
    runFor(p, 8 * 3600, (q) => {
      const v = q.frame().v;
      for (const { t, i } of bands) {
        const x = v[i]!;
        const [lo, hi] = t.normal!;
        if (x < lo || x > hi) worst.set(t.name, x);
      }
    });
    expect(Object.fromEntries(worst)).toEqual({});
    for (let i = 1; i <= 14; i++) expect(stateOf(p, `I-${String(i).padStart(2, '0')}.STATE`)).toBe('NORMAL');
    expect(p.value('TIC-5301.PV')).toBeCloseTo(116.85, 0);
    expect(Math.abs(p.value('LIC-5101.PV') - 60)).toBeLessThan(3);
    expect(Math.abs(p.value('LI-5103') - 55)).toBeLessThan(3);
    expect(p.value('FQI-5803')).toBeGreaterThan(100);
  });
});
