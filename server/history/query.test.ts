import { describe, expect, it } from 'vitest';
import { openHistoryDb, SqliteHistoryStore } from './sqlite-store.ts';
import { queryHistory, SLOTS } from './query.ts';
import type { IdSample } from './store.ts';

function storeWith(series: Record<string, [number, number, 0 | 1 | 2][]>) {
  const store = new SqliteHistoryStore(openHistoryDb(null));
  const rows: IdSample[] = [];
  for (const [tag, pts] of Object.entries(series)) {
    const id = store.tagId(tag);
    for (const [t, v, q] of pts) rows.push({ id, t, v, q });
  }
  store.write(rows);
  return store;
}

const seconds = (n: number, f: (k: number) => number, q: (k: number) => 0 | 1 | 2 = () => 0): [number, number, 0 | 1 | 2][] =>
  Array.from({ length: n }, (_, k) => [k * 1000, f(k), q(k)]);

describe('history queries', () => {
  it('returns raw samples for a small range, on the line between a tag’s samples (held for discrete tags)', () => {
    const store = storeWith({ A: [[0, 1, 0], [2000, 2, 0]], B: [[1000, 10, 0], [3000, 30, 0]] });
    const r = queryHistory(store, { tags: ['A', 'B'], from: 0, to: 3000, points: 100 });
    expect(r.raw).toBe(true);
    expect(r.t).toEqual([0, 1000, 2000, 3000]);
    expect(r.columns).toEqual([
      [1, 1.5, 2, 2],
      [null, 10, 20, 30],
    ]);
    const stepped = queryHistory(store, { tags: ['A', 'B'], from: 0, to: 3000, points: 100, steps: [true, true] });
    expect(stepped.columns).toEqual([
      [1, 1, 2, 2],
      [null, 10, 10, 30],
    ]);
  });

  it('starts with the value at the start of the range, from the sample before it', () => {
    const store = storeWith({ A: [[0, 7, 0], [10_000, 8, 0]] });
    const r = queryHistory(store, { tags: ['A'], from: 5000, to: 10_000, points: 100 });
    expect(r.t).toEqual([5000, 10_000]);
    expect(r.columns[0]).toEqual([7.5, 8]);
    expect(queryHistory(store, { tags: ['A'], from: 5000, to: 10_000, points: 100, steps: [true] }).columns[0]).toEqual([7, 8]);
  });

  it('downsamples to at most `points` rows and keeps a one-sample spike', () => {
    const n = 100_000;
    const store = storeWith({ A: seconds(n, (k) => (k === 54_321 ? 999 : k === 12_345 ? -50 : Math.sin(k / 1000))) });
    const r = queryHistory(store, { tags: ['A'], from: 0, to: (n - 1) * 1000, points: 500 });
    expect(r.raw).toBe(false);
    expect(r.t.length).toBeLessThanOrEqual(500);
    expect(r.t.length).toBe(500 - (500 % SLOTS));
    const values = r.columns[0]!.filter((v): v is number => v !== null);
    expect(Math.max(...values)).toBe(999);
    expect(Math.min(...values)).toBe(-50);
    expect([...r.t].sort((a, b) => a - b)).toEqual(r.t);
  });

  it('gives bad-quality spans back as gaps, raw and downsampled', () => {
    const pts = seconds(10_000, () => 5, (k) => (k >= 4000 && k < 6000 ? 2 : 0));
    const store = storeWith({ A: pts });
    const down = queryHistory(store, { tags: ['A'], from: 0, to: 9_999_000, points: 200 });
    const mid = down.t.map((t, i) => [t, down.columns[0]![i]] as const).filter(([t]) => t > 4_100_000 && t < 5_900_000);
    expect(mid.length).toBeGreaterThan(0);
    expect(mid.every(([, v]) => v === null)).toBe(true);
    expect(down.columns[0]![0]).toBe(5);
    expect(down.columns[0]!.at(-1)).toBe(5);
    const raw = queryHistory(store, { tags: ['A'], from: 3_999_000, to: 4_001_000, points: 100 });
    expect(raw.columns[0]).toEqual([5, null, null]);
  });

  it('holds nothing past what was recorded', () => {
    const store = storeWith({ A: [[0, 1, 0]] });
    const r = queryHistory(store, { tags: ['A'], from: 0, to: 1_000_000, points: 50 }, 500_000);
    const after = r.t.map((t, i) => [t, r.columns[0]![i]] as const).filter(([t]) => t > 500_000);
    expect(after.every(([, v]) => v === null)).toBe(true);
  });

  it('scans a time range in time order across tags (for a replay)', () => {
    const store = storeWith({ A: [[0, 1, 0], [2000, 2, 0]], B: [[1000, 10, 0], [3000, 30, 2]] });
    expect([...store.scan(store.tagNames(), 0, 2500)].map((s) => `${s.tag}@${s.t}`)).toEqual(['A@0', 'B@1000', 'A@2000']);
  });

  it('prunes samples older than the retention', () => {
    const store = storeWith({ A: seconds(100, (k) => k), B: seconds(100, (k) => k) });
    expect(store.prune(50_000)).toBe(100);
    expect(store.count('A', 0, 1e9)).toBe(50);
    expect(store.before('A', 50_000)).toBeNull();
  });
});

describe('history queries, sample buckets', () => {
  it('keeps a spike in buckets narrower than the rollup', () => {
    const store = storeWith({ A: seconds(3600, (k) => (k === 1234 ? 50 : 1)) });
    const r = queryHistory(store, { tags: ['A'], from: 0, to: 3_599_000, points: 500 });
    expect(r.raw).toBe(false);
    expect(Math.max(...r.columns[0]!.filter((v): v is number => v !== null))).toBe(50);
    expect(r.columns[0]!.every((v) => v !== null)).toBe(true);
  });
});

describe('retention', () => {
  it('the historian prunes what is older than its retention before the newest frame', async () => {
    const { Historian } = await import('./historian.ts');
    const store = new SqliteHistoryStore(openHistoryDb(null));
    const h = new Historian(store, { retentionDays: 1 / 24, log: () => {} }); // one hour
    h.catalog({ tags: [{ name: 'A', unit: 'U', desc: { en: 'a', zh: 'a' }, eu: '', lo: 0, hi: 100, decimals: 0, writable: false }], loops: [], equipment: [] });
    for (let k = 0; k <= 7200; k += 10) h.frame({ seq: k, t: k * 1000, v: [k % 100], q: [0], clock: { state: 'running', speed: 1, t: k * 1000 } });
    expect(h.prune()).toBeGreaterThan(0);
    expect(store.before('A', 3_600_000)).toBeNull();
    expect(store.count('A', 3_600_000, 7_200_000)).toBeGreaterThan(300);
    h.close();
  });
});

describe('no runaway queries', () => {
  it('widens buckets to the pre-aggregated minute when reading every sample would be too much', () => {
    const store = storeWith({ A: seconds(600, () => 1) });
    let narrow = 0;
    const spy = new Proxy(store, {
      get(target, prop) {
        if (prop === 'buckets') return (tag: string, from: number, w: number, n: number) => ((narrow += w < target.cheapBucketMs ? 1 : 0), target.buckets(tag, from, w, n));
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const tags = Array.from({ length: 32 }, () => 'A');
    const r = queryHistory(spy, { tags, from: 0, to: 14 * 86_400_000, points: 20_000 });
    expect(narrow).toBe(0);
    expect(r.t.length).toBeLessThanOrEqual(20_000);
  });
});
