/**
 * Trend queries over any HistoryStore: columns `{ t, per tag }` with at most `points` rows.
 * Small ranges come back raw; long ones are cut into buckets, each giving its first, min, max
 * and last sample (so every spike survives) plus a gap slot that is null when the bucket held
 * bad quality. Between samples a value holds (exception compression stored it within its
 * deadband); bad quality, missing data and time past what was recorded come back as null.
 */
import type { HistoryStore } from './store.ts';
import { MAX_INTERVAL_MS } from './compress.ts';

export interface HistoryRequest {
  tags: string[];
  /** Plant time, epoch ms, inclusive. */
  from: number;
  to: number;
  /** Most rows to return (≥ 5). */
  points: number;
  /** Per tag: true for discrete tags, whose value steps (holds) between samples instead of a straight line. */
  steps?: boolean[];
}

export interface HistoryColumns {
  /** Plant time of each row, epoch ms, ascending. */
  t: number[];
  /** One column per requested tag, same length as t; null = gap. */
  columns: (number | null)[][];
  /** True when the rows are the stored samples, not bucket summaries. */
  raw: boolean;
}

/** A value holds at most this long after its sample (twice the recorder's maximum interval). */
export const HOLD_LIMIT_MS = 2 * MAX_INTERVAL_MS;
/** Rows per bucket when downsampling: first, min/max, max/min, gap slot, last. */
export const SLOTS = 5;
/**
 * Most samples one query may read one by one (at up to 2 samples per plant second per tag);
 * beyond it, buckets are widened to what the store has pre-aggregated, so no query runs away.
 */
export const RAW_SCAN_BUDGET = 2_000_000;

interface Held {
  t: number;
  v: number | null;
}

const heldAt = (h: Held | null, t: number, end: number): number | null =>
  h === null || h.v === null || t > end || t - h.t > HOLD_LIMIT_MS ? null : h.v;

const valueOf = (s: { v: number; q: number }): number | null => (s.q === 2 ? null : s.v);

/**
 * Runs a request. `knownUntil` is the plant time up to which data were recorded (the recorder's
 * last frame); past it nothing is held. Without it, the latest sample of the requested tags is used.
 */
export function queryHistory(store: HistoryStore, req: HistoryRequest, knownUntil?: number): HistoryColumns {
  const { tags, from, to, points } = req;
  const latest = Math.max(...tags.map((tag) => store.latest(tag)?.t ?? Number.NEGATIVE_INFINITY));
  const end = Math.min(to, knownUntil ?? latest);
  const carry = tags.map((tag): Held | null => {
    const b = store.before(tag, from);
    return b ? { t: b.t, v: valueOf(b) } : null;
  });
  if (tags.every((tag) => store.count(tag, from, to, points + 1) <= points)) {
    const raw = rawColumns(store, tags, from, to, end, carry, req.steps ?? []);
    if (raw.t.length <= points) return raw;
  }
  return bucketColumns(store, tags, from, to, end, points, carry);
}

/**
 * Raw rows: every tag's own samples, and at the other tags' sample times its value on the straight
 * line between its samples (the historian stored it because it left the deadband), or held for
 * discrete tags; null where it was bad, before its first sample, or past what was recorded.
 */
function rawColumns(
  store: HistoryStore,
  tags: string[],
  from: number,
  to: number,
  end: number,
  carry: (Held | null)[],
  steps: boolean[],
): HistoryColumns {
  const series = tags.map((tag) => store.range(tag, from, to));
  const times = new Set<number>();
  for (const s of series) for (const t of s.t) times.add(t);
  if (carry.some((c) => c !== null)) times.add(from);
  const lastT = Math.max(from, ...times);
  if (end > lastT) times.add(end);
  const t = [...times].sort((a, b) => a - b);
  const columns = series.map((s, i) => {
    const pts: Held[] = carry[i] ? [carry[i]!] : [];
    for (let k = 0; k < s.t.length; k++) pts.push({ t: s.t[k]!, v: s.q[k] === 2 ? null : s.v[k]! });
    const col = new Array<number | null>(t.length);
    let j = -1; // pts[j] is the last point at or before t[r]
    for (let r = 0; r < t.length; r++) {
      const tr = t[r]!;
      while (j + 1 < pts.length && pts[j + 1]!.t <= tr) j++;
      const cur = pts[j];
      const next = pts[j + 1];
      if (!cur || cur.v === null) col[r] = null;
      else if (cur.t === tr) col[r] = cur.v;
      else if (!steps[i] && next && next.v !== null && next.t - cur.t <= HOLD_LIMIT_MS)
        col[r] = cur.v + ((next.v - cur.v) * (tr - cur.t)) / (next.t - cur.t);
      else col[r] = heldAt(cur, tr, Math.max(end, cur.t));
    }
    return col;
  });
  return { t, columns, raw: true };
}

function bucketColumns(
  store: HistoryStore,
  tags: string[],
  from: number,
  to: number,
  end: number,
  points: number,
  carry: (Held | null)[],
): HistoryColumns {
  const span = to - from + 1;
  let n = Math.max(1, Math.min(Math.floor(points / SLOTS), Math.floor(span / SLOTS)));
  if (Math.ceil(span / n) < store.cheapBucketMs && tags.length * (span / 1000) * 2 > RAW_SCAN_BUDGET)
    n = Math.max(1, Math.floor(span / store.cheapBucketMs));
  const w = Math.ceil(span / n);
  const t: number[] = [];
  for (let k = 0; k < n; k++) for (let s = 0; s < SLOTS; s++) t.push(from + k * w + Math.floor((s * w) / SLOTS));
  const columns = tags.map((tag, i) => {
    const stats = store.buckets(tag, from, w, n);
    const col = new Array<number | null>(t.length);
    let held = carry[i]!;
    for (let k = 0; k < n; k++) {
      const b = stats[k];
      const r = k * SLOTS;
      if (!b) {
        for (let s = 0; s < SLOTS; s++) col[r + s] = heldAt(held, t[r + s]!, end);
        continue;
      }
      const first = valueOf(b.first);
      const last = valueOf(b.last);
      const falling = first !== null && last !== null && last < first;
      col[r] = first;
      col[r + 1] = falling ? b.max : b.min;
      col[r + 2] = falling ? b.min : b.max;
      col[r + 3] = b.bad > 0 ? null : col[r + 2]!;
      col[r + 4] = last;
      held = { t: b.last.t, v: last };
    }
    return col;
  });
  return { t, columns, raw: false };
}
