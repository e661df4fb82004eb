import { describe, expect, it } from 'vitest';
import type { AlarmConfigView } from '../../server/protocol.ts';
import { indexCatalog } from './catalog.ts';
import { equipmentKind, layoutUnit, limitTicks, productionRate, unitObjects, unitState, UNITS } from './unitDisplay.ts';

const desc = { en: 'x', zh: 'x' };
const index = indexCatalog({
  tags: [
    { name: 'LIC-5101.PV', unit: 'U51', desc, eu: '%', lo: 0, hi: 100, decimals: 1, writable: false },
    { name: 'LI-5103', unit: 'U51', desc, eu: '%', lo: 0, hi: 100, decimals: 1, writable: false },
    { name: 'P-5101A', unit: 'U51', desc, eu: '', lo: 0, hi: 2, decimals: 0, writable: true, states: ['STOPPED', 'RUNNING', 'TRIPPED'] },
    { name: 'I-10.STATE', unit: 'U51', desc, eu: '', lo: 0, hi: 2, decimals: 0, writable: false, states: ['NORMAL', 'TRIPPED', 'BYPASSED'] },
    { name: 'TI-5304', unit: 'U53', desc, eu: '°C', lo: 0, hi: 200, decimals: 1, writable: false },
  ],
  loops: [{ name: 'LIC-5101', unit: 'U51', desc, opEu: '%' }],
  equipment: [{ name: 'P-5101A', unit: 'U51', desc, commands: ['START', 'STOP'] }, { name: 'XV-5101', unit: 'U51', desc, commands: ['OPEN', 'CLOSE'] }],
} as never);

describe('unit displays from data', () => {
  it('describe all nine units', () => {
    expect(UNITS.map((u) => u.unit)).toEqual(['U51', 'U52', 'U53', 'U54', 'U55', 'U56', 'U57', 'U58', 'U59']);
  });

  it('collect a unit’s loops, equipment, indicators and interlocks from the catalog', () => {
    expect(unitObjects(index, [{ id: 'I-10', unit: 'U51' }, { id: 'I-01', unit: 'U53' }], 'U51')).toEqual({
      loops: ['LIC-5101'], equipment: ['P-5101A', 'XV-5101'], indicators: ['LI-5103'], interlocks: ['I-10'],
    });
  });

  it('place equipment on the line and instruments in rows', () => {
    const l = layoutUnit({ loops: ['A', 'B', 'C'], equipment: ['P-1', 'XV-2'], indicators: ['D', 'E', 'F'], interlocks: ['I-1'] });
    expect(l.equipment.map((e) => [e.kind, e.y])).toEqual([['pump', l.line.y], ['valve', l.line.y]]);
    expect(l.equipment[0]!.x).toBeLessThan(l.equipment[1]!.x);
    expect(l.instruments.map((i) => i.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(l.instruments[5]!.y).toBeGreaterThan(l.instruments[0]!.y);
    expect(l.height).toBeGreaterThan(l.instruments[5]!.y);
  });

  it('tell equipment kinds and unit state', () => {
    expect([equipmentKind('P-5101A'), equipmentKind('XV-5311'), equipmentKind('M-5301')]).toEqual(['pump', 'valve', 'motor']);
    expect(unitState(['RUNNING'], ['NORMAL'])).toBe('running');
    expect(unitState(['RUNNING'], ['TRIPPED'])).toBe('tripped');
    expect(unitState(['STOPPED', 'OPEN'], [])).toBe('stopped');
  });

  it('put absolute alarm limits on the bar', () => {
    const cfg = (id: string, type: string, limit: number | null, priority = 'medium') => ({ id, type, limit, priority }) as AlarmConfigView;
    expect(limitTicks([cfg('A.HI', 'HI', 80), cfg('A.LOLO', 'LOLO', 10, 'critical'), cfg('A.ROC_POS', 'ROC_POS', 1), cfg('A.BAD_PV', 'BAD_PV', null)], 0, 100)).toEqual([
      { id: 'A.HI', at: 0.8, priority: 'medium' },
      { id: 'A.LOLO', at: 0.1, priority: 'critical' },
    ]);
  });

  it('compute the production rate in t/h from the packing line', () => {
    expect(productionRate({ v: 3, q: 'good', t: 10 }, { v: 25, q: 'good', t: 9 })).toEqual({ v: 4.5, q: 'good', t: 9 });
    expect(productionRate({ v: 2, q: 'good', t: 10 }, undefined)).toEqual({ v: 3, q: 'good', t: 10 });
    expect(productionRate({ v: 2, q: 'good', t: 10 }, { v: 0, q: 'bad', t: 1 })).toEqual({ v: 3, q: 'good', t: 10 });
    expect(productionRate({ v: 2, q: 'good', t: 10 }, { v: 25, q: 'uncertain', t: 8 })?.q).toBe('uncertain');
    expect(productionRate(undefined, { v: 25, q: 'good', t: 1 })).toBeUndefined();
  });
});
