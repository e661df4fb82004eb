import { describe, expect, it, vi } from 'vitest';
import { fetchHistory, historyUrl, parseHistory } from './history.ts';

const TAGS = ['TIC-5301.PV', 'TIC-5301.SP'];

describe('historian back-fill', () => {
  it('builds the query', () => {
    expect(historyUrl(TAGS, 1000.4, 2000.2, 600)).toBe('/api/history?tags=TIC-5301.PV%2CTIC-5301.SP&from=1000&to=2001&points=600');
  });

  it('turns columns into ascending rows', () => {
    const body = { t: [2000, 1000], 'TIC-5301.PV': [117, null], 'TIC-5301.SP': [116.9, 116.9] };
    expect(parseHistory(body, TAGS)).toEqual([
      [1000, [null, 116.9]],
      [2000, [117, 116.9]],
    ]);
  });

  it('refuses bodies that are not these columns', () => {
    expect(parseHistory(null, TAGS)).toBeNull();
    expect(parseHistory({ t: [1], 'TIC-5301.PV': [1] }, TAGS)).toBeNull();
    expect(parseHistory({ t: [1, 2], 'TIC-5301.PV': [1], 'TIC-5301.SP': [1, 2] }, TAGS)).toBeNull();
    expect(parseHistory({ t: ['1'], 'TIC-5301.PV': [1], 'TIC-5301.SP': [1] }, TAGS)).toBeNull();
    expect(parseHistory({ t: [1], 'TIC-5301.PV': ['x'], 'TIC-5301.SP': [1] }, TAGS)).toBeNull();
  });

  it('gives null when there is no historian', async () => {
    const notFound = vi.fn(async () => new Response('{"ok":false,"code":"NOT_FOUND"}', { status: 404 }));
    await expect(fetchHistory(TAGS, 0, 1, 10, notFound)).resolves.toBeNull();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const down = vi.fn(async () => Promise.reject(new TypeError('offline')));
    await expect(fetchHistory(TAGS, 0, 1, 10, down)).resolves.toBeNull();
  });

  it('gives the rows when there is one', async () => {
    const ok = vi.fn(async () => new Response(JSON.stringify({ t: [5], 'TIC-5301.PV': [1], 'TIC-5301.SP': [2] })));
    await expect(fetchHistory(TAGS, 0, 10, 10, ok)).resolves.toEqual([[5, [1, 2]]]);
  });
});
