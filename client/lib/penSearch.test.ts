import { describe, expect, it } from 'vitest';
import type { TagMeta } from '../../server/protocol.ts';
import { addPen, searchTags } from './penSearch.ts';

const tag = (name: string, en: string, zh: string): TagMeta => ({ name, unit: 'U53', desc: { en, zh }, eu: '°C', lo: 0, hi: 1, decimals: 1, writable: false });
const TAGS = [tag('TIC-5301.PV', 'Reactor temperature', '反应器温度'), tag('TI-5304', 'Jacket outlet temperature', '夹套出口温度'), tag('FIC-5306.PV', 'Chlorine feed', '氯气进料')];

describe('pen search', () => {
  it('finds by name, English or Chinese description, name prefix first', () => {
    expect(searchTags(TAGS, 'ti').map((t) => t.name)).toEqual(['TI-5304', 'TIC-5301.PV']);
    expect(searchTags(TAGS, 'CHLORINE').map((t) => t.name)).toEqual(['FIC-5306.PV']);
    expect(searchTags(TAGS, '温度').map((t) => t.name)).toEqual(['TI-5304', 'TIC-5301.PV']);
    expect(searchTags(TAGS, '  ')).toEqual([]);
  });

  it('adds at most 8 pens, each once', () => {
    let pens: string[] = [];
    for (let k = 0; k < 10; k++) pens = addPen(pens, `T${k % 9}`);
    expect(pens).toEqual(['T0', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
  });
});
