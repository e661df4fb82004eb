/**
 * The event journal page's logic, framework-free: the server query (plant-time range, kind, unit,
 * tag, user, paging back by record id), the page of newest-first rows, the detail column and CSV.
 */
import type { JournalRecord } from '../../server/protocol.ts';
import { PLANT_UTC_OFFSET_MS } from './format.ts';

export type JournalKind = JournalRecord['kind'];
export const JOURNAL_KINDS: readonly JournalKind[] = ['audit', 'alarm', 'system', 'training'];

export interface JournalFilter {
  /** `datetime-local` input values in plant-local time (as the table shows), '' = open. */
  from: string;
  to: string;
  kind: JournalKind | '';
  unit: string;
  /** Substring of the target (tag or alarm id), case-insensitive. */
  tag: string;
  /** User name, case-insensitive. */
  user: string;
}

export const EMPTY_JOURNAL_FILTER: JournalFilter = { from: '', to: '', kind: '', unit: '', tag: '', user: '' };

/** Rows on one journal page. */
export const JOURNAL_PAGE = 25;

/** Most records one CSV export asks for (the server's limit). */
export const JOURNAL_CSV_LIMIT = 10_000;

/** A `datetime-local` value read as plant-local time (UTC+8) → epoch ms, or null. */
export function plantInputTime(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) return null;
  const t = Date.parse(`${text}Z`);
  return Number.isFinite(t) ? t - PLANT_UTC_OFFSET_MS : null;
}

/**
 * Query string of `GET /api/journal`: every filter is applied by the server. `before` pages back
 * from a record id; one record more than a page is asked for to know whether older ones exist.
 */
export function journalQuery(f: JournalFilter, limit = JOURNAL_PAGE + 1, before?: number): string {
  const q = new URLSearchParams();
  const from = plantInputTime(f.from);
  const to = plantInputTime(f.to);
  if (from !== null) q.set('plantFrom', String(from));
  if (to !== null) q.set('plantTo', String(to));
  if (f.kind) q.set('kind', f.kind);
  if (f.unit) q.set('unit', f.unit);
  if (f.tag.trim()) q.set('tag', f.tag.trim());
  if (f.user.trim()) q.set('user', f.user.trim());
  if (before !== undefined) q.set('before', String(before));
  q.set('limit', String(limit));
  return q.toString();
}

/** One page from the server's answer (oldest first, up to a page + 1): newest first, and whether older records exist. */
export function journalPage(records: readonly JournalRecord[], size = JOURNAL_PAGE): { rows: JournalRecord[]; hasOlder: boolean } {
  const newestFirst = [...records].reverse();
  return { rows: newestFirst.slice(0, size), hasOlder: newestFirst.length > size };
}

/** Reason, shelve duration, ISA-18.2 state change and refusal code, as one short text. */
export function recordDetail(r: JournalRecord): string {
  const parts: string[] = [];
  if (r.fromState || r.toState) parts.push(`${r.fromState ?? ''} → ${r.toState ?? ''}`);
  if (r.reason) parts.push(`“${r.reason}”`);
  if (r.durationS) parts.push(`${r.durationS} s`);
  if (r.code) parts.push(r.code);
  return parts.join(' · ');
}

const CSV_COLUMNS = ['id', 'wallT', 'plantT', 'kind', 'user', 'role', 'action', 'target', 'oldValue', 'newValue', 'result', 'code', 'source', 'reason', 'durationS', 'fromState', 'toState'] as const;

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The shown records as CSV (times ISO 8601 UTC), with a header line. */
export function journalCsv(records: readonly JournalRecord[]): string {
  const iso = (t: number | null | undefined) => (typeof t === 'number' ? new Date(t).toISOString() : '');
  const rows = records.map((r) =>
    CSV_COLUMNS.map((k) => (k === 'wallT' || k === 'plantT' ? iso(r[k]) : cell(r[k]))).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
