/**
 * Live and history as one line: loads a window from the historian, appends every live update,
 * and after a reconnect (a new snapshot) fills the hole from the historian. Framework-free; the
 * tag store, the history fetch and the comms state are injected.
 */
import type { TagState } from '../../server/protocol.ts';
import type { HistoryRow } from './history.ts';
import { plotRow, type Comms } from './quality.ts';
import { TrendSeries } from './trendSeries.ts';

export type FeedListener = (table: Readonly<Record<string, TagState>>, plantT: number, kind: 'snapshot' | 'delta') => void;

export interface FeedDeps {
  subscribe(fn: FeedListener): () => void;
  fetchHistory(tags: readonly string[], from: number, to: number, points: number): Promise<HistoryRow[] | null>;
  comms(): Comms;
}

export class TrendFeed {
  readonly tags: readonly string[];
  readonly series: TrendSeries;
  #lastLive: number | null = null;
  #loadSeq = 0;
  #stop: (() => void) | null = null;
  #changed: () => void;

  constructor(
    readonly deps: FeedDeps,
    tags: readonly string[],
    /** Called after every change (a renderer schedules a redraw). */
    onChange: () => void = () => {},
  ) {
    this.tags = tags;
    this.series = new TrendSeries(tags.length);
    this.#changed = onChange;
  }

  /** Starts following live updates; the first snapshot or delta loads `initialSpanMs` of history. */
  start(initialSpanMs: number, points: number): () => void {
    let first = true;
    this.#stop = this.deps.subscribe((table, plantT, kind) => {
      const comms = this.deps.comms();
      if (first) {
        first = false;
        void this.load(plantT - initialSpanMs, plantT, points);
      } else if (kind === 'snapshot' && this.#lastLive !== null) {
        // a reconnect: show the hole until the historian fills it
        this.series.breakAfterLatest();
        void this.#fillHole(this.#lastLive, plantT, points);
      }
      this.series.append(plantT, plotRow(table, this.tags, comms));
      this.#lastLive = plantT;
      this.#changed();
    });
    return () => this.stop();
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  /** Loads [from, to) from the historian; rows from `to` on (live samples) stay as they are. */
  async load(from: number, to: number, points: number): Promise<boolean> {
    const seq = ++this.#loadSeq;
    const rows = await this.deps.fetchHistory(this.tags, from, to, points);
    if (seq !== this.#loadSeq || rows === null) return false;
    this.series.replaceBefore(rows, to);
    this.#changed();
    return true;
  }

  async #fillHole(from: number, to: number, points: number): Promise<void> {
    const rows = await this.deps.fetchHistory(this.tags, from, to, points);
    if (rows === null) return;
    this.series.fillBetween(rows, from, to);
    this.#changed();
  }
}
