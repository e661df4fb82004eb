/**
 * Per-minute rollups (pure): what long-range trends read instead of every sample. One row per
 * tag and plant minute holds its first and last sample, min and max of the good ones, and counts.
 */
import type { QualityCode } from '../../simulator/protocol.ts';
import type { IdSample } from './store.ts';

/** Rollup granularity, ms. */
export const ROLLUP_MS = 60_000;
/** Rollup levels, ms: minutes, and ten minutes for week-long views. */
export const ROLLUP_LEVELS_MS = [ROLLUP_MS, 10 * ROLLUP_MS] as const;
/** Buckets at least this wide are read from the rollup. */
export const ROLLUP_MIN_BUCKET_MS = ROLLUP_MS;

export interface Rollup {
  tag_id: number;
  m: number;
  n: number;
  t0: number;
  v0: number;
  q0: QualityCode;
  t1: number;
  v1: number;
  q1: QualityCode;
  lo: number | null;
  hi: number | null;
  bad: number;
}

export type RollupRow = [number, number, number, number, number, QualityCode, number, number, QualityCode, number | null, number | null, number];

export function rollupOf(s: IdSample, m: number): Rollup {
  const good = s.q !== 2;
  return { tag_id: s.id, m, n: 1, t0: s.t, v0: s.v, q0: s.q, t1: s.t, v1: s.v, q1: s.q, lo: good ? s.v : null, hi: good ? s.v : null, bad: good ? 0 : 1 };
}

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** `a` and `b` together (b may be earlier or later). */
/** Adds a later sample to `r` in place (the write path, where samples come sorted by time). */
export function addToRollup(r: Rollup, t: number, v: number, q: QualityCode): void {
  r.n++;
  r.t1 = t;
  r.v1 = v;
  r.q1 = q;
  if (q === 2) r.bad++;
  else {
    r.lo = r.lo === null ? v : Math.min(r.lo, v);
    r.hi = r.hi === null ? v : Math.max(r.hi, v);
  }
}

export function mergeRollup(a: Rollup, b: Rollup): Rollup {
  const first = b.t0 < a.t0 ? b : a;
  const last = b.t1 > a.t1 ? b : a;
  return {
    tag_id: a.tag_id, m: a.m, n: a.n + b.n,
    t0: first.t0, v0: first.v0, q0: first.q0, t1: last.t1, v1: last.v1, q1: last.q1,
    lo: minOf(a.lo, b.lo), hi: maxOf(a.hi, b.hi), bad: a.bad + b.bad,
  };
}
