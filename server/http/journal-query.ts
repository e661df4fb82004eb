/** Parsing `GET /api/journal` parameters, and the journal as CSV. */
import { refusal, type Refusal } from '../errors.ts';
import { JOURNAL_MAX_LIMIT, type JournalQuery } from '../journal/journal.ts';
import type { Catalog, JournalRecord } from '../protocol.ts';

const KINDS: readonly JournalRecord['kind'][] = ['audit', 'system', 'alarm', 'training'];

/** Times are epoch ms or ISO 8601. */
export function parseTime(x: string): number | null {
  const t = /^\d+$/.test(x) ? Number(x) : Date.parse(x);
  return Number.isFinite(t) ? t : null;
}

const MAX_TEXT = 64; // characters of a tag, user or unit filter

/**
 * `from`/`to` (wall time) and `plantFrom`/`plantTo` (plant time): epoch ms or ISO; `kind`; `limit`;
 * `before` (record id, paging back); `tag` (substring), `user`, `unit` (text, ≤ 64 characters).
 * The unit becomes `targets` through `unitTargets` (the caller knows the plant).
 */
export function parseJournalQuery(p: URLSearchParams, unitTargets: (unit: string) => string[] = () => []): JournalQuery | Refusal {
  const q: JournalQuery = {};
  for (const key of ['from', 'to', 'plantFrom', 'plantTo'] as const) {
    const raw = p.get(key);
    if (raw === null) continue;
    const t = parseTime(raw);
    if (t === null) return refusal('INVALID_VALUE', `${key} must be epoch ms or an ISO time`);
    q[key] = t;
  }
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) return refusal('OUT_OF_RANGE', 'from is after to');
  if (q.plantFrom !== undefined && q.plantTo !== undefined && q.plantFrom > q.plantTo) return refusal('OUT_OF_RANGE', 'plantFrom is after plantTo');
  const before = p.get('before');
  if (before !== null) {
    const n = Number(before);
    if (!/^\d+$/.test(before) || !Number.isSafeInteger(n) || n < 1) return refusal('INVALID_VALUE', 'before must be a record id');
    q.before = n;
  }
  for (const key of ['tag', 'user', 'unit'] as const) {
    const raw = p.get(key)?.trim();
    if (raw === undefined || raw === '') continue;
    if (raw.length > MAX_TEXT) return refusal('INVALID_VALUE', `${key}: at most ${MAX_TEXT} characters`);
    if (key === 'unit') q.targets = unitTargets(raw);
    else q[key] = raw;
  }
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

/** Every journal target of a plant unit: its tags, loops, equipment, interlocks and alarm ids. */
export function unitTargets(unit: string, catalog: Catalog, alarms: readonly { id: string; unit?: string }[]): string[] {
  const named = [...catalog.tags, ...catalog.loops, ...catalog.equipment, ...(catalog.interlocks ?? [])]
    .filter((x) => x.unit === unit)
    .map((x) => ('id' in x ? x.id : x.name));
  return [...new Set([...named, ...alarms.filter((a) => a.unit === unit).map((a) => a.id)])];
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
