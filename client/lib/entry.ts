/**
 * Parsing and range-checking what an operator types into a faceplate entry, before anything is
 * sent (the server checks again). Accepts `.` or `,` as decimal separator; rounds to the tag's
 * display decimals so that the value sent is the value the confirmation shows.
 */
import type { TagMeta } from '../../server/protocol.ts';

export type EntryProblem = 'EMPTY' | 'NOT_A_NUMBER' | 'OUT_OF_RANGE';

export type EntryResult = { ok: true; value: number } | { ok: false; problem: EntryProblem };

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export function roundTo(v: number, decimals: number): number {
  const f = 10 ** Math.max(0, Math.trunc(decimals));
  const r = Math.round(Math.abs(v) * f) / f;
  return v < 0 && r !== 0 ? -r : r;
}

/** True when lo ≤ v ≤ hi. */
export function inRange(v: number, meta: Pick<TagMeta, 'lo' | 'hi'>): boolean {
  return v >= meta.lo && v <= meta.hi;
}

export function parseEntry(text: string, meta: Pick<TagMeta, 'lo' | 'hi' | 'decimals'>): EntryResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'EMPTY' };
  if (!NUMBER.test(trimmed)) return { ok: false, problem: 'NOT_A_NUMBER' };
  const value = roundTo(Number(trimmed.replace(',', '.')), meta.decimals);
  if (!Number.isFinite(value)) return { ok: false, problem: 'NOT_A_NUMBER' };
  if (!inRange(value, meta)) return { ok: false, problem: 'OUT_OF_RANGE' };
  return { ok: true, value };
}
