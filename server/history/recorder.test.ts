import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../simulator/protocol.ts';
import { openHistoryDb, SqliteHistoryStore } from './sqlite-store.ts';
import { Recorder } from './recorder.ts';
import { queryHistory } from './query.ts';

const CATALOG: Catalog = {
  tags: [
    { name: 'TI-1', unit: 'U53', desc: { en: 'T', zh: '温度' }, eu: '°C', lo: 0, hi: 100, decimals: 1, writable: false },
    { name: 'P-1', unit: 'U53', desc: { en: 'Pump', zh: '泵' }, eu: '', lo: 0, hi: 1, decimals: 0, states: ['STOPPED', 'RUNNING'], writable: false },
  ],
  loops: [],
  equipment: [],
};

describe('recorder', () => {
  it('records every catalog tag, compressed, and marks a lost source as a gap', () => {
    const store = new SqliteHistoryStore(openHistoryDb(null));
    const rec = new Recorder(store);
    rec.setCatalog(CATALOG);
    for (let k = 0; k <= 100; k++) rec.frame({ t: k * 1000, v: [50 + (k === 50 ? 10 : 0), k >= 70 ? 1 : 0], q: [0, 0] });
    rec.sourceLost();
    rec.flush();
    expect(store.count('TI-1', 0, 1e9)).toBeLessThan(20);
    expect(store.count('P-1', 0, 1e9)).toBeLessThan(20);
    const r = queryHistory(store, { tags: ['TI-1', 'P-1'], from: 0, to: 200_000, points: 1000 }, rec.knownUntil!);
    const at = (t: number) => r.columns.map((c) => c[r.t.indexOf(t)]);
    expect(at(50_000)).toEqual([60, 0]);
    expect(at(70_000)).toEqual([50, 1]);
    expect(at(100_001)).toEqual([null, null]);
    expect(rec.frame({ t: 1, v: [1], q: [0] })).toBe(false);
  });
});
