/**
 * A small catalog in the shape the server sends, for unit tests only (the running UI reads the
 * real catalog from the snapshot).
 */
import type { Catalog, TagMeta } from '../../server/protocol.ts';

function loop(name: string, en: string, zh: string, eu: string, lo: number, hi: number, decimals: number): TagMeta[] {
  const desc = { en, zh };
  return [
    { name: `${name}.PV`, unit: 'U53', desc, eu, lo, hi, decimals, writable: false },
    { name: `${name}.SP`, unit: 'U53', desc, eu, lo, hi, decimals, writable: true },
    { name: `${name}.OP`, unit: 'U53', desc, eu: '%', lo: 0, hi: 100, decimals: 1, writable: true },
    {
      name: `${name}.MODE`, unit: 'U53', desc, eu: '', lo: 0, hi: 2, decimals: 0,
      states: ['MAN', 'AUTO', 'CAS'], writable: true,
    },
  ];
}

export const CATALOG: Catalog = {
  tags: [
    ...loop('TIC-5301', 'Reactor temperature', '氯化反应温度', '°C', 0, 250, 1),
    ...loop('FIC-5306', 'CW flow', '冷却水流量', 'm³/h', 0, 16, 2),
    {
      name: 'TI-5304', unit: 'U53', desc: { en: 'Jacket outlet temperature', zh: '夹套出水温度' },
      eu: '°C', lo: 0, hi: 150, normal: [60, 75], decimals: 1, writable: false,
    },
    {
      name: 'M-5301', unit: 'U53', desc: { en: 'Agitator', zh: '搅拌器' }, eu: '', lo: 0, hi: 1,
      decimals: 0, states: ['RUNNING', 'STOPPED'], writable: true,
    },
  ],
  loops: [
    { name: 'TIC-5301', unit: 'U53', desc: { en: 'Reactor temperature', zh: '氯化反应温度' }, slave: 'FIC-5306', opEu: 'm³/h' },
    { name: 'FIC-5306', unit: 'U53', desc: { en: 'CW flow', zh: '冷却水流量' }, opEu: '%' },
  ],
  equipment: [
    { name: 'M-5301', unit: 'U53', desc: { en: 'Agitator', zh: '搅拌器' }, commands: ['START', 'STOP'] },
  ],
};
