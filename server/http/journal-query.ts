/** Parsing `GET /api/journal` parameters, and the journal as CSV. */
import { refusal, type Refusal } from '../errors.ts';
import { JOURNAL_MAX_LIMIT, type JournalQuery } from '../journal/journal.ts';
import type { JournalRecord } from '../protocol.ts';

const KINDS: readonly JournalRecord['kind'][] = ['audit', 'system', 'alarm', 'training'];

/** Times are epoch ms or ISO 8601. */
export function parseTime(x: string): number | null {
  const t = /^\d+$/.test(x) ? Number(x) : Date.parse(x);
  return Number.isFinite(t) ? t : null;
}

export function parseJournalQuery(p: URLSearchParams): JournalQuery | Refusal {
  const q: JournalQuery = {};
  for (const key of ['from', 'to'] as const) {
    const raw = p.get(key);
    if (raw === null) continue;
    const t = parseTime(raw);
    if (t === null) return refusal('INVALID_VALUE', `${key} must be epoch ms or an ISO time`);
    q[key] = t;
  }
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) return refusal('OUT_OF_RANGE', 'from is after to');
  const kind = p.get('kind');
  if (kind !== null) {
    if (!(KINDS as readonly string[]).includes(kind)) return refusal('INVALID_VALUE', `kind: ${KINDS.join(', ')}`);
    q.kind = kind as JournalRecord['kind'];
  }
  const limit = p.get('limit');
  if (limit !== null) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > JOURNAL_MAX_LIMIT) return refusal('OUT_OF_RANGE', `limit 1…${JOURNAL_MAX_LIMIT}`);
    q.limit = n;
  }
  return q;
}

const COLUMNS: (keyof JournalRecord)[] = ['id', 'wallT', 'plantT', 'kind', 'user', 'role', 'action', 'target', 'oldValue', 'newValue', 'result', 'code', 'source', 'reason', 'durationS', 'fromState', 'toState'];

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  // a typed reason like "=cmd()" must not run as a formula in a spreadsheet
  if (typeof v === 'string' && /^[=+\-@]/.test(s) && Number.isNaN(Number(s))) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function journalCsv(records: JournalRecord[]): string {
  const head = ['id', 'wall time', 'plant time', ...COLUMNS.slice(3)].join(',');
  const iso = (t: number | null) => (t === null ? '' : new Date(t).toISOString());
  const rows = records.map((r) => [r.id, iso(r.wallT), iso(r.plantT), ...COLUMNS.slice(3).map((k) => r[k])].map(cell).join(','));
  return [head, ...rows].join('\r\n') + '\r\n';
}
