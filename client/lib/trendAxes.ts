/** One y-axis per engineering unit: which scale each pen draws on, and each scale's range. */
import type { TagMeta } from '../../server/protocol.ts';

export interface TrendScale {
  /** uPlot scale key. */
  key: string;
  /** Engineering unit shown on the axis ('' for states). */
  eu: string;
  /** Union of the instrument ranges of its pens. */
  lo: number;
  hi: number;
  decimals: number;
  /** Axis side: left for the first, then right, alternating. */
  side: 'left' | 'right';
}

export function scaleKey(meta: Pick<TagMeta, 'eu' | 'states'>): string {
  return meta.states ? 'state' : `eu:${meta.eu}`;
}

export function trendScales(pens: readonly TagMeta[]): TrendScale[] {
  const scales = new Map<string, TrendScale>();
  for (const m of pens) {
    const key = scaleKey(m);
    const s = scales.get(key);
    const lo = m.states ? -0.5 : m.lo;
    const hi = m.states ? m.states.length - 0.5 : m.hi;
    if (s) {
      s.lo = Math.min(s.lo, lo);
      s.hi = Math.max(s.hi, hi);
      s.decimals = Math.max(s.decimals, m.decimals);
    } else {
      scales.set(key, { key, eu: m.states ? '' : m.eu, lo, hi, decimals: m.states ? 0 : m.decimals, side: scales.size % 2 === 0 ? 'left' : 'right' });
    }
  }
  return [...scales.values()];
}
