/**
 * The historian shell: a store, the recorder fed by the server's frame handling, a flush timer,
 * retention pruning and the first-start fill. Queries flush first, so they see every frame.
 */
import type { Catalog, TagFrame } from '../../simulator/protocol.ts';
import { fillHistory, type FillResult } from './fill.ts';
import { queryHistory, type HistoryColumns, type HistoryRequest } from './query.ts';
import { Recorder } from './recorder.ts';
import type { HistoryStore } from './store.ts';

export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface HistorianOptions {
  /** Keep this many days of plant time (default 30). */
  retentionDays?: number;
  /** Wall ms between buffer flushes (default 1000). */
  flushMs?: number;
  /** Wall ms between retention prunes (default 1 h). */
  pruneMs?: number;
  /** Fill this many hours on first start (empty database), ending at the first live frame; 0 = off. */
  fillHours?: number;
  log?: (line: string) => void;
}

export class Historian {
  readonly store: HistoryStore;
  readonly recorder: Recorder;
  readonly retentionMs: number;
  /** The first-start fill, once it ran (or is running). */
  fill: Promise<FillResult> | null = null;
  #fillHours: number;
  #closed = false;
  #timers: ReturnType<typeof setInterval>[] = [];
  #log: (line: string) => void;

  constructor(store: HistoryStore, opts: HistorianOptions = {}) {
    this.store = store;
    this.recorder = new Recorder(store);
    this.retentionMs = (opts.retentionDays ?? DEFAULT_RETENTION_DAYS) * DAY_MS;
    this.#log = opts.log ?? ((line) => console.log(line));
    this.#fillHours = opts.fillHours && store.isEmpty() ? opts.fillHours : 0;
    const flush = setInterval(() => this.#safely('flush', () => this.recorder.flush()), opts.flushMs ?? 1000);
    const prune = setInterval(() => this.#safely('prune', () => this.prune()), opts.pruneMs ?? 3_600_000);
    flush.unref();
    prune.unref();
    this.#timers.push(flush, prune);
  }

  catalog(c: Catalog): void {
    this.recorder.setCatalog(c);
  }

  frame(f: TagFrame): void {
    if (this.#fillHours > 0 && this.fill === null) this.#startFill(f.t);
    const first = this.recorder.knownUntil === null;
    this.recorder.frame(f);
    if (first) this.#safely('prune', () => this.prune());
  }

  link(up: boolean): void {
    if (!up) this.recorder.sourceLost();
  }

  /** Every requested tag's columns, with whatever is buffered written first. */
  query(req: HistoryRequest): HistoryColumns {
    this.recorder.flush();
    return queryHistory(this.store, req, this.recorder.knownUntil ?? undefined);
  }

  /** True when the tag was ever recorded (the HTTP layer also asks the live catalog). */
  knows(tag: string): boolean {
    return this.store.hasTag(tag);
  }

  /** Drops samples older than the retention before the newest recorded time; returns how many. */
  prune(): number {
    const now = this.recorder.knownUntil;
    if (now === null) return 0;
    this.recorder.flush();
    return this.store.prune(now - this.retentionMs);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const t of this.#timers) clearInterval(t);
    try {
      this.recorder.sourceLost();
      this.recorder.flush();
    } catch (err) {
      console.error('[history] last flush failed', err);
    }
    this.store.close();
  }

  #startFill(endT: number): void {
    this.fill = fillHistory(this.store, { endT, hours: this.#fillHours, log: this.#log, cancelled: () => this.#closed });
    this.fill.catch((err: unknown) => console.error('[history] first-start fill failed', err));
  }

  #safely(what: string, fn: () => void): void {
    if (this.#closed) return;
    try {
      fn();
    } catch (err) {
      console.error(`[history] ${what} failed`, err);
    }
  }
}
