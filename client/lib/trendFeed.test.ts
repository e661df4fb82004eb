import { describe, expect, it } from 'vitest';
import type { TagState } from '../../server/protocol.ts';
import type { HistoryRow } from './history.ts';
import { TrendFeed, type FeedListener } from './trendFeed.ts';

const UP = { socket: true, simulator: 'connected', stale: false } as const;

function rig(history: (from: number, to: number) => HistoryRow[]) {
  let listener: FeedListener = () => {};
  const feed = new TrendFeed(
    {
      subscribe: (fn) => ((listener = fn), () => {}),
      fetchHistory: async (_tags, from, to) => history(from, to).filter(([t]) => t >= from && t <= to),
      comms: () => UP,
    },
    ['A'],
  );
  const send = (t: number, v: number, kind: 'snapshot' | 'delta' = 'delta') =>
    listener({ A: { v, q: 'good', t } as TagState }, t, kind);
  return { feed, send };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const everySecond = (from: number, to: number): HistoryRow[] =>
  Array.from({ length: Math.floor((to - from) / 1000) + 1 }, (_, k) => [from + k * 1000, [(from + k * 1000) / 1000]]);

describe('trend feed', () => {
  it('shows history and live as one line', async () => {
    const { feed, send } = rig((from, to) => everySecond(Math.ceil(from / 1000) * 1000, to));
    feed.start(10_000, 100);
    send(100_000, 100, 'snapshot');
    await settle();
    send(101_000, 101);
    const [x, y] = feed.series.data();
    expect(x.at(0)).toBe(90);
    expect(x.at(-1)).toBe(101);
    expect(y!.every((v) => v !== null)).toBe(true);
  });

  it('fills the hole after a reconnect from the historian', async () => {
    const { feed, send } = rig((from, to) => everySecond(Math.ceil(from / 1000) * 1000, to));
    feed.start(5000, 100);
    send(100_000, 100, 'snapshot');
    await settle();
    send(101_000, 101);
    send(130_000, 130, 'snapshot'); // reconnect 29 s later
    expect(feed.series.data()[1]).toContain(null); // the hole shows until it is filled
    await settle();
    const [x, y] = feed.series.data();
    expect(y!.every((v) => v !== null)).toBe(true);
    const gaps = x.slice(1).map((t, i) => t - x[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1);
  });
});
