/**
 * A trend's samples as uPlot columns (x in seconds ascending, one column per pen, null = gap),
 * kept in plain arrays that uPlot draws without copying. History and live samples live in the
 * same columns: history fills what lies before the live samples, or a hole left by an outage.
 */
import type { HistoryRow } from './history.ts';

export type TrendColumns = [number[], ...(number | null)[][]];

export class TrendSeries {
  readonly pens: number;
  readonly maxRows: number;
  x: number[] = [];
  y: (number | null)[][];
  /** Incremented on every change, so a renderer can tell whether to redraw. */
  version = 0;

  constructor(pens: number, maxRows = 60_000) {
    this.pens = pens;
    this.maxRows = maxRows;
    this.y = Array.from({ length: pens }, () => []);
  }

  get length(): number {
    return this.x.length;
  }

  /** Plant time (ms) of the newest row, or null. */
  get latest(): number | null {
    return this.x.length === 0 ? null : this.x[this.x.length - 1]! * 1000;
  }

  /** uPlot's AlignedData over these columns (same arrays, no copy). */
  data(): TrendColumns {
    return [this.x, ...this.y];
  }

  /** A live sample at plant time `t` (ms): appended, or replacing a row at the same time; older ones are ignored. */
  append(t: number, values: readonly (number | null)[]): void {
    const x = t / 1000;
    const n = this.x.length;
    if (!Number.isFinite(x) || (n > 0 && x < this.x[n - 1]!)) return;
    if (n > 0 && x === this.x[n - 1]) for (let p = 0; p < this.pens; p++) this.y[p]![n - 1] = values[p] ?? null;
    else {
      this.x.push(x);
      for (let p = 0; p < this.pens; p++) this.y[p]!.push(values[p] ?? null);
      if (this.x.length > this.maxRows) this.#drop(0, this.x.length - this.maxRows);
    }
    this.version++;
  }

  /** Ends the line after the newest row (until something fills the hole). */
  breakAfterLatest(): void {
    const latest = this.latest;
    if (latest !== null) this.append(latest + 1, []);
  }

  /** Replaces every row with t < `until` (ms) by `rows` (history) with t < `until`. */
  replaceBefore(rows: readonly HistoryRow[], until: number): void {
    this.#drop(0, this.#index(until / 1000));
    this.#insert(0, rows.filter(([t]) => t < until));
  }

  /** Replaces rows strictly between `from` and `to` (ms) by `rows` in that open interval. */
  fillBetween(rows: readonly HistoryRow[], from: number, to: number): void {
    const a = this.#index(from / 1000, true);
    const b = this.#index(to / 1000);
    this.#drop(a, b - a);
    this.#insert(a, rows.filter(([t]) => t > from && t < to));
  }

  clear(): void {
    this.#drop(0, this.x.length);
  }

  /** First row index with x ≥ s (or > s when `after`). */
  #index(s: number, after = false): number {
    let lo = 0;
    let hi = this.x.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after ? this.x[mid]! <= s : this.x[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #drop(at: number, count: number): void {
    if (count <= 0) return;
    this.x.splice(at, count);
    for (const col of this.y) col.splice(at, count);
    this.version++;
  }

  #insert(at: number, rows: readonly HistoryRow[]): void {
    if (rows.length === 0) return;
    this.x.splice(at, 0, ...rows.map(([t]) => t / 1000));
    this.y.forEach((col, p) => col.splice(at, 0, ...rows.map(([, v]) => v[p] ?? null)));
    this.version++;
  }
}
