import { describe, expect, it } from 'vitest';
import type { TagMeta } from '../../server/protocol.ts';
import { faceplateObject, isSearchKey, searchObjects } from './tagSearch.ts';

const tag = (name: string, en = name, zh = '位号'): TagMeta => ({ name, unit: 'U51', desc: { en, zh }, eu: '', lo: 0, hi: 1, decimals: 0, writable: false });

describe('tag search', () => {
  it('maps tags to the object whose faceplate opens', () => {
    expect(faceplateObject('TIC-5301.SP')).toBe('TIC-5301');
    expect(faceplateObject('I-10.STATE')).toBe('I-10');
    expect(faceplateObject('UI-5809.A')).toBe('UI-5809.A');
    expect(faceplateObject('P-5101A')).toBe('P-5101A');
  });

  it('finds objects by name or description, without duplicates', () => {
    const tags = [tag('LIC-5101.PV', 'Solvent level'), tag('LIC-5101.SP', 'Solvent level'), tag('P-5101A', 'Solvent pump'), tag('I-10.STATE', 'V-5101 interlock', '溶剂罐联锁')];
    expect(searchObjects(tags, 'lic-51')).toEqual(['LIC-5101']);
    expect(searchObjects(tags, 'solvent')).toEqual(['LIC-5101', 'P-5101A']);
    expect(searchObjects(tags, '联锁')).toEqual(['I-10']);
    expect(searchObjects(tags, '')).toEqual([]);
  });

  it('opens on "/" only outside text fields', () => {
    const k = { key: '/', ctrlKey: false, metaKey: false, altKey: false };
    expect(isSearchKey(k, 'BODY', false)).toBe(true);
    expect(isSearchKey(k, 'INPUT', false)).toBe(false);
    expect(isSearchKey(k, 'DIV', true)).toBe(false);
    expect(isSearchKey({ ...k, key: 'a' }, 'BODY', false)).toBe(false);
  });
});
