import { describe, expect, it } from 'vitest';
import { createPlant } from '../../simulator/index.ts';
import { indexCatalog } from './catalog.ts';
import { currentTagOf, equipmentKind, pairRole, partnerOf, runLook, standbyOf, valveFeedback } from './equipment.ts';

const index = indexCatalog(createPlant({ seed: 1 }).catalog());

describe('equipment faceplate logic', () => {
  it('tells motors, on/off valves and other equipment apart', () => {
    expect(['P-5101A', 'M-5301', 'K-5501', 'M-5602', 'P-5701'].map((n) => equipmentKind(index, n))).toEqual(['motor', 'motor', 'motor', 'motor', 'motor']);
    expect(['XV-5311', 'XV-5205'].map((n) => equipmentKind(index, n))).toEqual(['valve', 'valve']);
    expect(['KI-5411', 'YI-5806', 'HS-5808', 'NOPE'].map((n) => equipmentKind(index, n))).toEqual(['other', 'other', 'other', 'other']);
  });

  it('finds the motor current by name pattern, description or the unit’s one free current tag', () => {
    expect(currentTagOf(index, 'P-5101A')).toBe('II-5101A');
    expect(currentTagOf(index, 'P-5101B')).toBe('II-5101B');
    expect(currentTagOf(index, 'K-5501')).toBe('II-5506'); // "Fan K-5501 current"
    expect(currentTagOf(index, 'M-5301')).toBe('II-5310'); // the agitator, the unit's only motor
    expect(currentTagOf(index, 'M-5602')).toBe('II-5603');
    expect(currentTagOf(index, 'M-5401')).toBe('II-5407');
    expect(currentTagOf(index, 'P-5401A')).toBeUndefined(); // no current tag in the catalog
    expect(currentTagOf(index, 'P-5701')).toBeUndefined();
    expect(currentTagOf(index, 'M-5701')).toBeUndefined();
  });

  it('pairs A/B pumps and names the standby', () => {
    expect(partnerOf(index, 'P-5101A')).toBe('P-5101B');
    expect(partnerOf(index, 'P-5901B')).toBe('P-5901A');
    expect(partnerOf(index, 'P-5701')).toBeUndefined();
    expect(partnerOf(index, 'M-5301')).toBeUndefined();
    expect(pairRole('RUNNING', 'STOPPED')).toBe('duty');
    expect(pairRole('STOPPED', 'RUNNING')).toBe('standby');
    expect(pairRole('RUNNING', 'RUNNING')).toBe('both');
    expect(pairRole('STOPPED', 'STOPPED')).toBe('none');
    expect(pairRole('TRIPPED', 'RUNNING')).toBe('unavailable');
    expect(standbyOf({ name: 'A', state: 'RUNNING' }, { name: 'B', state: 'STOPPED' })).toBe('B');
    expect(standbyOf({ name: 'A', state: 'STOPPED' }, { name: 'B', state: 'RUNNING' })).toBe('A');
    expect(standbyOf({ name: 'A', state: 'RUNNING' }, { name: 'B', state: 'TRIPPED' })).toBeUndefined();
  });

  it('draws run and position states by fill', () => {
    expect([runLook('RUNNING'), runLook('OPEN'), runLook('STOPPED'), runLook('CLOSED'), runLook('TRIPPED'), runLook('TRAVEL'), runLook('SPIN'), runLook(undefined)]).toEqual(['active', 'active', 'inactive', 'inactive', 'tripped', 'travel', 'active', 'unknown']);
  });

  it('reads valve limit switches and a discrepancy between command and position', () => {
    expect(valveFeedback('OPEN', 'OPEN')).toEqual({ limit: 'ZSO', moving: false, discrepancy: false });
    expect(valveFeedback('CLOSED', 'CLOSED')).toEqual({ limit: 'ZSC', moving: false, discrepancy: false });
    expect(valveFeedback('TRAVEL', 'OPEN')).toEqual({ limit: null, moving: true, discrepancy: false });
    expect(valveFeedback('CLOSED', 'OPEN')).toEqual({ limit: 'ZSC', moving: false, discrepancy: true });
    expect(valveFeedback('OPEN', 'CLOSED').discrepancy).toBe(true);
    expect(valveFeedback('OPEN', undefined).discrepancy).toBe(false);
  });
});
