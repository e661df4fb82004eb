/** Parsing `GET /api/history` parameters, and history columns as CSV. */
import { refusal, type Refusal } from '../errors.ts';
import type { HistoryRequest } from '../history/query.ts';
import { parseTime } from './journal-query.ts';

export const HISTORY_MAX_TAGS = 32;
export const HISTORY_MIN_POINTS = 5;
export const HISTORY_MAX_POINTS = 20_000;
export const HISTORY_DEFAULT_POINTS = 1000;
/** Longest range one request may span, ms (a year). */
export const HISTORY_MAX_RANGE_MS = 366 * 86_400_000;
export const HISTORY_DEFAULT_RANGE_MS = 3_600_000;

export interface HistoryParams extends HistoryRequest {
  format: 'json' | 'csv';
}

/**
 * The request, or a refusal. `known(tag)` says whether a tag exists; `now` is the plant time a
 * missing `to` means.
 */
export function parseHistoryQuery(p: URLSearchParams, known: (tag: string) => boolean, now: number): HistoryParams | Refusal {
  const rawTags = p.get('tags');
  if (rawTags === null || rawTags.trim() === '') return refusal('INVALID_VALUE', 'tags=A,B is required');
  const tags = [...new Set(rawTags.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
  if (tags.length === 0) return refusal('INVALID_VALUE', 'tags=A,B is required');
  if (tags.length > HISTORY_MAX_TAGS) return refusal('TOO_MANY_TAGS', `at most ${HISTORY_MAX_TAGS}`);
  const unknown = tags.find((t) => !known(t));
  if (unknown !== undefined) return refusal('TAG_UNKNOWN', unknown.slice(0, 80));
  const times: Partial<Record<'from' | 'to', number>> = {};
  for (const key of ['from', 'to'] as const) {
    const raw = p.get(key);
    if (raw === null || raw === '') continue;
    const t = parseTime(raw);
    if (t === null || Math.abs(t) > 8.64e15) return refusal('INVALID_VALUE', `${key} must be epoch ms or an ISO time`);
    times[key] = Math.round(t);
  }
  const to = times.to ?? now;
  const from = times.from ?? to - HISTORY_DEFAULT_RANGE_MS;
  if (from > to) return refusal('OUT_OF_RANGE', 'from is after to');
  if (to - from > HISTORY_MAX_RANGE_MS) return refusal('RANGE_TOO_LONG', 'at most 366 days');
  let points = HISTORY_DEFAULT_POINTS;
  const rawPoints = p.get('points');
  if (rawPoints !== null) {
    points = /^\d{1,9}$/.test(rawPoints) ? Number(rawPoints) : Number.NaN;
    if (!Number.isInteger(points)) return refusal('INVALID_VALUE', 'points must be a whole number');
    if (points < HISTORY_MIN_POINTS || points > HISTORY_MAX_POINTS) return refusal('OUT_OF_RANGE', `points ${HISTORY_MIN_POINTS}…${HISTORY_MAX_POINTS}`);
  }
  const format = p.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return refusal('INVALID_VALUE', 'format: json, csv');
  return { tags, from, to, points, format };
}

function cell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV header: ISO time, then each tag with its unit. */
export function historyCsvHeader(tags: readonly string[], unitOf: (tag: string) => string): string {
  return ['time (UTC ISO 8601)', ...tags.map((t) => (unitOf(t) ? `${t} [${unitOf(t)}]` : t))].map(cell).join(',') + '\r\n';
}

/** CSV lines for rows [start, end) of the columns (empty cell = no good value). */
export function historyCsvRows(t: readonly number[], columns: readonly (number | null)[][], start: number, end: number): string {
  let out = '';
  for (let r = start; r < end; r++) {
    out += new Date(t[r]!).toISOString();
    for (const col of columns) {
      const v = col[r];
      out += v === null || v === undefined ? ',' : `,${v}`;
    }
    out += '\r\n';
  }
  return out;
}
