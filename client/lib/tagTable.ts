/**
 * The client's copy of the live tag table, and the pure update applied for every `tags` event.
 * The table is immutable: an update returns a new object (unchanged tags keep their identity, so
 * readers of a tag that did not change see the same object).
 */
import type { Quality, TagDelta, TagState } from '../../server/protocol.ts';

/** Tag name → current state. */
export type TagTable = Readonly<Record<string, TagState>>;

const QUALITIES: readonly Quality[] = ['good', 'uncertain', 'bad'];

/** True when `x` has the shape of a TagState (finite value and time, known quality). */
export function isTagState(x: unknown): x is TagState {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.v === 'number' &&
    Number.isFinite(s.v) &&
    typeof s.t === 'number' &&
    Number.isFinite(s.t) &&
    QUALITIES.includes(s.q as Quality)
  );
}

function sameState(a: TagState | undefined, b: TagState): boolean {
  return a !== undefined && a.v === b.v && a.q === b.q && a.t === b.t;
}

/**
 * Applies a delta to a table: every well-formed entry of `delta.c` replaces the tag's state
 * (last value wins). Malformed entries are skipped. Returns `table` itself when nothing changed.
 */
export function applyDelta(table: TagTable, delta: TagDelta): TagTable {
  let next: Record<string, TagState> | null = null;
  for (const [name, state] of Object.entries(delta.c)) {
    if (!isTagState(state) || sameState(table[name], state)) continue;
    next ??= { ...table };
    next[name] = { v: state.v, q: state.q, t: state.t };
  }
  return next ?? table;
}

/** The table a snapshot defines (malformed entries dropped). */
export function tableFromSnapshot(tags: Record<string, TagState>): TagTable {
  return applyDelta({}, { c: tags });
}

/** Latest plant time (epoch ms) among the delta's entries, or null when it has none. */
export function latestTime(delta: TagDelta): number | null {
  let latest: number | null = null;
  for (const state of Object.values(delta.c)) {
    if (isTagState(state) && (latest === null || state.t > latest)) latest = state.t;
  }
  return latest;
}

/** The later of two plant times (either may be unknown); the plant clock never runs backwards. */
export function laterTime(a: number | null, b: number | null | undefined): number | null {
  if (b === null || b === undefined || !Number.isFinite(b)) return a;
  return a === null || b > a ? b : a;
}
