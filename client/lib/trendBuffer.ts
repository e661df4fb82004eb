/**
 * Trend samples over a sliding window of plant time, kept in a ring and turned into uPlot's
 * columnar AlignedData ([x seconds ascending, ...series with null for gaps]).
 */
import { Ring } from './ring.ts';

/** uPlot's columnar data: x in seconds, then one column per series (null = gap). */
export type TrendData = [number[], ...(number | null)[][]];

export class TrendBuffer {
  readonly series: number;
  readonly windowMs: number;
  #ring: Ring;
  /** Incremented on every change, so a renderer can tell whether to redraw. */
  version = 0;
  #listeners = new Set<() => void>();

  /** `capacity` rows of (t, ...series); older rows fall off when it is full or out of the window. */
  constructor(series: number, windowMs: number, capacity: number) {
    this.series = series;
    this.windowMs = windowMs;
    this.#ring = new Ring(capacity, series + 1);
  }

  get length(): number {
    return this.#ring.length;
  }

  /** Plant time of the newest sample (epoch ms), or null when empty. */
  get latest(): number | null {
    return this.#ring.length === 0 ? null : this.#ring.at(this.#ring.length - 1, 0);
  }

  /**
   * Adds a sample at plant time `t`. A sample at the same time as the newest replaces it, one
   * older than the newest is ignored (the plant clock never runs backwards).
   */
  push(t: number, values: readonly (number | null)[]): void {
    const latest = this.latest;
    if (!Number.isFinite(t) || (latest !== null && t < latest)) return;
    const row = [t, ...Array.from({ length: this.series }, (_, i) => values[i] ?? Number.NaN)];
    if (latest === t) this.#ring.replaceLast(row);
    else this.#ring.push(row);
    this.#trim(t);
    this.#changed();
  }

  /** Calls `fn` after every change; returns the function that stops it. */
  onChange(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #changed(): void {
    this.version++;
    for (const fn of this.#listeners) fn();
  }

  /** Ends the line here: the next sample is not joined to the previous one (e.g. after an outage). */
  gap(): void {
    const latest = this.latest;
    if (latest === null || this.#lastRowEmpty()) return;
    this.push(latest + 1, []);
  }

  #lastRowEmpty(): boolean {
    const last = this.#ring.length - 1;
    for (let s = 1; s <= this.series; s++) if (!Number.isNaN(this.#ring.at(last, s))) return false;
    return true;
  }

  /**
   * Inserts older samples (from the historian) before the first one held: rows at or after the
   * oldest held sample are ignored, so live samples always win. Rows must be in ascending time.
   */
  backfill(rows: readonly (readonly [number, readonly (number | null)[]])[]): void {
    const oldest = this.#ring.length === 0 ? Infinity : this.#ring.at(0, 0);
    const older = rows.filter(([t]) => Number.isFinite(t) && t < oldest);
    if (older.length === 0) return;
    const held = Array.from({ length: this.#ring.length }, (_, i) =>
      Array.from({ length: this.series + 1 }, (_, c) => this.#ring.at(i, c)),
    );
    this.#ring.clear();
    for (const [t, values] of older) this.#ring.push([t, ...Array.from({ length: this.series }, (_, i) => values[i] ?? Number.NaN)]);
    for (const row of held) this.#ring.push(row);
    const latest = this.latest;
    if (latest !== null) this.#trim(latest);
    this.#changed();
  }

  clear(): void {
    this.#ring.clear();
    this.#changed();
  }

  #trim(now: number): void {
    const from = now - this.windowMs;
    let drop = 0;
    // keep one row before the window start so the line enters the chart from its left edge
    while (drop + 1 < this.#ring.length && this.#ring.at(drop + 1, 0) <= from) drop++;
    this.#ring.dropOldest(drop);
  }

  /** The x range to show, in seconds: the window ending at the newest sample. */
  xRange(): [number, number] | null {
    const latest = this.latest;
    return latest === null ? null : [(latest - this.windowMs) / 1000, latest / 1000];
  }

  /** New arrays in uPlot's AlignedData layout. */
  toData(): TrendData {
    const n = this.#ring.length;
    const xs = new Array<number>(n);
    const ys = Array.from({ length: this.series }, () => new Array<number | null>(n));
    for (let i = 0; i < n; i++) {
      xs[i] = this.#ring.at(i, 0) / 1000;
      for (let s = 0; s < this.series; s++) {
        const v = this.#ring.at(i, s + 1);
        ys[s]![i] = Number.isNaN(v) ? null : v;
      }
    }
    return [xs, ...ys];
  }
}

/**
 * The y range to show: the data's range padded by 10 %, at least `minSpanFraction` of the
 * instrument range wide, kept inside the instrument range.
 */
export function trendYRange(
  dataMin: number | null,
  dataMax: number | null,
  lo: number,
  hi: number,
  minSpanFraction = 0.05,
): [number, number] {
  if (dataMin === null || dataMax === null || !Number.isFinite(dataMin) || !Number.isFinite(dataMax)) return [lo, hi];
  const full = hi - lo;
  const minSpan = full * minSpanFraction;
  const pad = (dataMax - dataMin) * 0.1;
  let min = dataMin - pad;
  let max = dataMax + pad;
  if (max - min < minSpan) {
    const mid = (min + max) / 2;
    min = mid - minSpan / 2;
    max = mid + minSpan / 2;
  }
  if (min < lo) [min, max] = [lo, Math.min(hi, lo + (max - min))];
  if (max > hi) [min, max] = [Math.max(lo, hi - (max - min)), hi];
  return [min, max];
}
