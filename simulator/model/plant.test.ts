import { describe, expect, it } from 'vitest';
import { runFor } from './plant.ts';
import { createPlant } from './workshop5.ts';

const TAGS = [
  'TIC-5301.PV', 'TIC-5301.SP', 'TIC-5301.OP', 'TIC-5301.MODE',
  'FIC-5306.PV', 'FIC-5306.SP', 'FIC-5306.OP', 'FIC-5306.MODE',
  'FIC-5301.PV', 'FIC-5301.SP', 'FIC-5301.OP', 'FIC-5301.MODE',
  'LIC-5307.PV', 'LIC-5307.SP', 'LIC-5307.OP', 'LIC-5307.MODE',
  'TI-5304', 'TI-5305', 'AI-5309', 'SI-5310', 'II-5310', 'M-5301',
];

/** Runs a plant for 20 min with one SP write at 10 min; returns every frame's values. */
function trajectory(seed: number): number[][] {
  const plant = createPlant({ seed, startT: 0 });
  const out: number[][] = [];
  runFor(plant, 600, (p) => out.push(p.frame().v));
  plant.write('TIC-5301.SP', 118);
  runFor(plant, 600, (p) => out.push(p.frame().v));
  return out;
}

describe('Plant', () => {
  it('lists the U53 tags, loops and equipment in catalog order', () => {
    const c = createPlant({ seed: 1 }).catalog();
    const u53 = c.tags.filter((t) => t.unit === 'U53').map((t) => t.name);
    expect(u53.slice(0, TAGS.length)).toEqual(TAGS);
    expect(c.tags.every((t) => t.desc.en !== '' && t.desc.zh !== '')).toBe(true);
    expect(c.tags.find((t) => t.name === 'TIC-5301.MODE')).toMatchObject({ states: ['MAN', 'AUTO', 'CAS'], writable: true });
    expect(c.tags.find((t) => t.name === 'FIC-5306.PV')).toMatchObject({ eu: 'm³/h', lo: 0, hi: 16, writable: false });
    expect(c.tags.find((t) => t.name === 'M-5301')).toMatchObject({ states: ['STOPPED', 'RUNNING'], writable: true });
    expect(c.loops.filter((l) => l.unit === 'U53').map((l) => [l.name, l.slave])).toEqual([
      ['TIC-5301', 'FIC-5306'], ['FIC-5306', undefined], ['FIC-5301', undefined], ['LIC-5307', undefined],
      ['FFIC-5302', 'FIC-5303'], ['FIC-5303', undefined], ['PIC-5308', undefined],
    ]);
    expect(c.equipment).toContainEqual({ name: 'M-5301', unit: 'U53', desc: expect.any(Object), commands: ['START', 'STOP'] });
  });

  it('starts in the normal modes: TIC AUTO, FIC-5306 CAS, FIC-5301 AUTO, LIC AUTO, agitator running', () => {
    const p = createPlant({ seed: 1 });
    expect(['TIC-5301', 'FIC-5306', 'FIC-5301', 'LIC-5307'].map((l) => p.value(`${l}.MODE`))).toEqual([1, 2, 1, 1]);
    expect(p.value('M-5301')).toBe(1);
  });

  it('is deterministic: same seed and same commands at the same plant times ⇒ identical values, bit for bit', () => {
    const a = trajectory(5);
    const b = trajectory(5);
    expect(a.length).toBe(2400);
    expect(b).toStrictEqual(a);
  });

  it('a different seed gives different noise', () => {
    const a = trajectory(5);
    const c = trajectory(6);
    expect(c.at(-1)![0]).not.toBe(a.at(-1)![0]);
    expect(Math.abs(c.at(-1)![0]! - a.at(-1)![0]!)).toBeLessThan(1); // same process, other noise
  });

  it('advances plant time by the step, in ms', () => {
    const p = createPlant({ seed: 1, startT: 1_000_000 });
    p.step();
    expect(p.t).toBe(1_000_500);
    p.step(10); // 20 fixed steps
    expect(p.t).toBe(1_010_500);
    runFor(p, 60);
    expect(p.frame().t).toBe(1_070_500);
    expect(() => p.step(-1)).toThrow(RangeError);
  });
});
