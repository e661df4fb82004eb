/**
 * The event journal page's logic, framework-free: the server query (time range and kind), the
 * filters the server does not offer (unit, tag, user), newest-first paging, the detail column and CSV.
 */
import type { JournalRecord } from '../../server/protocol.ts';

export type JournalKind = JournalRecord['kind'];
export const JOURNAL_KINDS: readonly JournalKind[] = ['audit', 'alarm', 'system', 'training'];

export interface JournalFilter {
  /** `datetime-local` input values (browser-local wall time), '' = open. */
  from: string;
  to: string;
  kind: JournalKind | '';
  unit: string;
  /** Substring of the target (tag or alarm id), case-insensitive. */
  tag: string;
  /** Exact user name, case-insensitive. */
  user: string;
}

export const EMPTY_JOURNAL_FILTER: JournalFilter = { from: '', to: '', kind: '', unit: '', tag: '', user: '' };

/** How many records one query fetches (the newest ones). */
export const JOURNAL_FETCH = 2000;

/** Query string of `GET /api/journal` for the server-side part of the filter. */
export function journalQuery(f: JournalFilter, limit = JOURNAL_FETCH): string {
  const q = new URLSearchParams();
  const from = f.from ? Date.parse(f.from) : NaN;
  const to = f.to ? Date.parse(f.to) : NaN;
  if (Number.isFinite(from)) q.set('from', String(from));
  if (Number.isFinite(to)) q.set('to', String(to));
  if (f.kind) q.set('kind', f.kind);
  q.set('limit', String(limit));
  return q.toString();
}

/** The object a journal target belongs to: an alarm id `TIC-5301.HI` or a tag `TIC-5301.SP` → `TIC-5301`. */
export function targetObject(target: string): string {
  return target.replace(/\.[A-Z_]+$/, '');
}

/** Records that pass the client-side filters, newest first. `unitOf` names the plant unit of a tag or object. */
export function filterJournal(
  records: readonly JournalRecord[],
  f: Pick<JournalFilter, 'unit' | 'tag' | 'user'>,
  unitOf: (name: string) => string | undefined,
): JournalRecord[] {
  const tag = f.tag.trim().toLowerCase();
  const user = f.user.trim().toLowerCase();
  return records
    .filter((r) => {
      if (user && (r.user ?? '').toLowerCase() !== user) return false;
      if (tag && !(r.target ?? '').toLowerCase().includes(tag)) return false;
      if (f.unit) {
        if (r.target === null) return false;
        if ((unitOf(r.target) ?? unitOf(targetObject(r.target))) !== f.unit) return false;
      }
      return true;
    })
    .reverse();
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
