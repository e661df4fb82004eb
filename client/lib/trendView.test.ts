import { describe, expect, it } from 'vitest';
import { fixed, live, MIN_SPAN_MS, pan, parseLocal, pause, reachesNow, toLocalInput, viewRange } from './trendView.ts';

describe('trend view', () => {
  it('follows the newest sample when live, holds still when paused', () => {
    const v = live(600_000);
    expect(viewRange(v, 1_000_000)).toEqual([400_000, 1_000_000]);
    const p = pause(v, 1_000_000);
    expect(viewRange(p, 2_000_000)).toEqual([400_000, 1_000_000]);
    expect(reachesNow(p, 2_000_000)).toBe(false);
  });

  it('pans by a fraction of the width and never into the future', () => {
    const v = live(600_000);
    expect(viewRange(pan(v, 1_000_000, -0.5), 1_000_000)).toEqual([100_000, 700_000]);
    expect(viewRange(pan(v, 1_000_000, 0.5), 1_000_000)).toEqual([400_000, 1_000_000]);
  });

  it('orders a zoom range and keeps it at least the minimum span', () => {
    expect(viewRange(fixed(5000, 1000), 0)).toEqual([3000 - MIN_SPAN_MS / 2, 3000 + MIN_SPAN_MS / 2]);
    expect(viewRange(fixed(1000, 50_000), 0)).toEqual([1000, 50_000]);
  });

  it('reads and writes datetime-local values', () => {
    const t = parseLocal('2025-01-06T08:30')!;
    expect(t).toBe(Date.UTC(2025, 0, 6, 0, 30)); // plant-local is UTC+8
    expect(toLocalInput(t)).toBe('2025-01-06T08:30');
    expect(parseLocal('yesterday')).toBeNull();
  });
});
