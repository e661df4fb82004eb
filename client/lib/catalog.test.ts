import { describe as suite, expect, it } from 'vitest';
import { describe, indexCatalog, loopTag, masterOf, objectKind, primaryTag } from './catalog.ts';
import { CATALOG } from './fixtures.ts';

const index = indexCatalog(CATALOG);

suite('catalog index', () => {
  it('names loop parameters', () => {
    expect(loopTag('TIC-5301', 'SP')).toBe('TIC-5301.SP');
  });

  it('classifies objects', () => {
    expect(objectKind(index, 'TIC-5301')).toBe('loop');
    expect(objectKind(index, 'M-5301')).toBe('equipment');
    expect(objectKind(index, 'TI-5304')).toBe('indicator');
    expect(objectKind(index, 'XX-0000')).toBeNull();
  });

  it('finds a cascade master', () => {
    expect(masterOf(index, 'FIC-5306')?.name).toBe('TIC-5301');
    expect(masterOf(index, 'TIC-5301')).toBeUndefined();
  });

  it('gives descriptions and primary tags', () => {
    expect(describe(index, 'TIC-5301')?.en).toBe('Reactor temperature');
    expect(describe(index, 'TI-5304')?.zh).toBe('夹套出水温度');
    expect(primaryTag(index, 'TIC-5301')).toBe('TIC-5301.PV');
    expect(primaryTag(index, 'TI-5304')).toBe('TI-5304');
  });
});
