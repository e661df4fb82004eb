import { describe, expect, it } from 'vitest';
import { TagTable } from './tag-table.ts';
import type { Catalog, TagFrame } from '../../simulator/protocol.ts';

const catalog: Catalog = {
  tags: [
    { name: 'TI-1', unit: 'U53', desc: { en: 'T', zh: '温度' }, eu: '°C', lo: 0, hi: 100, decimals: 1, writable: false },
    { name: 'TI-2', unit: 'U53', desc: { en: 'T2', zh: '温度2' }, eu: '°C', lo: 0, hi: 100, decimals: 1, writable: false },
  ],
  loops: [],
  equipment: [],
};
const clock = { state: 'running' as const, speed: 1, t: 0 };
const frame = (t: number, v: number[], q: (0 | 1 | 2)[] = [0, 0]): TagFrame => ({ seq: t, t, v, q, clock: { ...clock, t } });

describe('tag table', () => {
  it('is bad until linked, then takes frames and reports only what changed', () => {
    const tt = new TagTable();
    tt.setCatalog(catalog);
    tt.applyFrame(frame(1000, [10, 20]));
    expect(tt.get('TI-1')!.q).toBe('bad'); // link not up yet
    tt.setLink(true);
    expect(tt.get('TI-1')).toEqual({ v: 10, q: 'good', t: 1000 });
    tt.takeChanges();
    tt.applyFrame(frame(2000, [11, 20]));
    expect(Object.keys(tt.takeChanges())).toEqual(['TI-1']);
    tt.applyFrame(frame(3000, [12, 20]));
    tt.applyFrame(frame(4000, [13, 20]));
    expect(tt.takeChanges()).toEqual({ 'TI-1': { v: 13, q: 'good', t: 4000 } }); // coalesced, last wins
  });

  it('passes source quality through, makes good values uncertain when stale, and all bad on link loss', () => {
    const tt = new TagTable();
    tt.setCatalog(catalog);
    tt.setLink(true);
    tt.applyFrame(frame(1000, [10, 20], [0, 2]));
    expect([tt.get('TI-1')!.q, tt.get('TI-2')!.q]).toEqual(['good', 'bad']);
    tt.setStale(true);
    expect([tt.get('TI-1')!.q, tt.get('TI-2')!.q]).toEqual(['uncertain', 'bad']);
    tt.setStale(false);
    tt.setLink(false);
    expect([tt.get('TI-1'), tt.get('TI-2')!.q]).toEqual([{ v: 10, q: 'bad', t: 1000 }, 'bad']);
    expect(Object.keys(tt.takeChanges())).toContain('TI-1');
  });

  it('refuses a frame that does not fit the catalog', () => {
    const tt = new TagTable();
    tt.setCatalog(catalog);
    tt.setLink(true);
    expect(tt.applyFrame(frame(1000, [1]))).toBe(false);
    expect(tt.get('TI-1')).toEqual({ v: 0, q: 'bad', t: 0 }); // never had a value: stays bad
  });
});

describe('tag table: confirmed writes', () => {
  it('takes the value the plant acknowledged before the next frame, state names included', () => {
    const tt = new TagTable();
    tt.setCatalog({
      ...catalog,
      tags: [...catalog.tags, { name: 'TIC-1.MODE', unit: 'U53', desc: { en: 'm', zh: 'm' }, eu: '', lo: 0, hi: 2, decimals: 0, states: ['MAN', 'AUTO', 'CAS'], writable: true }],
    });
    tt.setLink(true);
    tt.applyFrame(frame(1000, [10, 20, 1], [0, 0, 0]));
    tt.takeChanges();
    tt.confirmWrite('TIC-1.MODE', 'MAN', 1200);
    expect(tt.get('TIC-1.MODE')).toEqual({ v: 0, q: 'good', t: 1200 });
    expect(Object.keys(tt.takeChanges())).toEqual(['TIC-1.MODE']);
    tt.confirmWrite('TIC-1.MODE', 'TURBO', 1300); // not a state: ignored
    expect(tt.get('TIC-1.MODE')!.v).toBe(0);
  });
});
