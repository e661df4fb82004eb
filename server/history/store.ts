/**
 * The historian's storage seam. Callers (recorder, queries, replay, first-start fill) use only
 * this interface, so another store (PostgreSQL) can replace SQLite without touching them.
 * Times are plant time, epoch ms; quality 0 good, 1 uncertain, 2 bad.
 */
import type { QualityCode } from '../../simulator/protocol.ts';

/** One stored sample of a named tag. */
export interface TagSample {
  tag: string;
  /** Plant time, epoch ms. */
  t: number;
  /** Engineering units (discrete: state index); meaningless when q = 2. */
  v: number;
  q: QualityCode;
}

/** Samples to write, by tag id (see `tagId`). */
export interface IdSample {
  id: number;
  t: number;
  v: number;
  q: QualityCode;
}

/** Raw samples of one tag, ascending time, as parallel columns. */
export interface SampleColumns {
  t: number[];
  v: number[];
  q: QualityCode[];
}

/** What one time bucket of one tag holds (aggregated by the store, where the data are). */
export interface BucketStats {
  /** Number of samples in the bucket. */
  n: number;
  /** First and last sample in time. */
  first: { t: number; v: number; q: QualityCode };
  last: { t: number; v: number; q: QualityCode };
  /** Min and max of the good or uncertain samples; null when every sample is bad. */
  min: number | null;
  max: number | null;
  /** Number of bad-quality samples. */
  bad: number;
}

export interface HistoryStore {
  /** Buckets at least this wide (ms) are cheap (pre-aggregated); narrower ones read every sample. */
  readonly cheapBucketMs: number;
  /** The id of a tag name, created on first use. */
  tagId(name: string): number;
  /** True when the tag has ever been recorded. */
  hasTag(name: string): boolean;
  /** Every recorded tag name (e.g. for a replay of everything). */
  tagNames(): string[];
  /** True when no sample is stored at all (first start). */
  isEmpty(): boolean;
  /** Writes samples in one batch (any order; same tag and time replaces). */
  write(samples: readonly IdSample[]): void;
  /** Number of samples of `tag` with from ≤ t ≤ to, counting no further than `limit`. */
  count(tag: string, from: number, to: number, limit?: number): number;
  /** Samples of `tag` with from ≤ t ≤ to, ascending. */
  range(tag: string, from: number, to: number): SampleColumns;
  /** The last sample of `tag` with t < `t`, or null. */
  before(tag: string, t: number): { t: number; v: number; q: QualityCode } | null;
  /** The last sample of `tag` at all, or null. */
  latest(tag: string): { t: number; v: number; q: QualityCode } | null;
  /** Aggregates of `tag` in `buckets` equal buckets [from + k·w, from + (k+1)·w); null for an empty bucket. */
  buckets(tag: string, from: number, widthMs: number, buckets: number): (BucketStats | null)[];
  /** Every sample of `tags` with from ≤ t ≤ to in time order (for a replay), lazily. */
  scan(tags: readonly string[], from: number, to: number): IterableIterator<TagSample>;
  /** Deletes samples older than `before`; returns how many. */
  prune(before: number): number;
  close(): void;
}
