/**
 * The event journal and audit trail: append-only (the database refuses UPDATE and DELETE).
 * Every operator action, accepted or refused, and every system event is appended here
 * before it takes effect or is broadcast.
 */
import type { Db } from '../store/db.ts';
import type { ErrorCode, JournalRecord } from '../protocol.ts';

export type JournalEntry = Omit<JournalRecord, 'id'>;

export interface JournalQuery {
  /** Wall time range, epoch ms (inclusive). */
  from?: number;
  to?: number;
  kind?: JournalRecord['kind'];
  limit?: number;
  /** Only records older than this record id (paging back). */
  before?: number;
  /** Plant time range, epoch ms (inclusive); records without plant time are left out. */
  plantFrom?: number;
  plantTo?: number;
  /** Substring of the target (tag or alarm id), case-insensitive. */
  tag?: string;
  /** User name, case-insensitive. */
  user?: string;
  /** Only these targets (a plant unit's tags, objects, alarms and interlocks). */
  targets?: readonly string[];
}

interface Row {
  id: number;
  wall_t: number;
  plant_t: number | null;
  kind: JournalRecord['kind'];
  user: string | null;
  role: JournalRecord['role'];
  action: string;
  target: string | null;
  old_value: string | null;
  new_value: string | null;
  result: string;
  code: ErrorCode | null;
  source: string | null;
  reason: string | null;
  duration_s: number | null;
  from_state: string | null;
  to_state: string | null;
}

export const JOURNAL_MAX_LIMIT = 10_000;

export class Journal {
  readonly #insert;
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
    this.#insert = db.prepare(
      `INSERT INTO journal (wall_t, plant_t, kind, user, role, action, target, old_value, new_value, result, code, source, reason, duration_s, from_state, to_state)
       VALUES (@wallT, @plantT, @kind, @user, @role, @action, @target, @oldValue, @newValue, @result, @code, @source, @reason, @durationS, @fromState, @toState)`,
    );
  }

  /** Appends one record and returns its id. */
  append(entry: JournalEntry): number {
    return Number(this.#insert.run({ reason: null, durationS: null, fromState: null, toState: null, ...entry }).lastInsertRowid);
  }

  /** Records in time order (newest last), at most `limit`, newest ones when the limit cuts. */
  query(q: JournalQuery = {}): JournalRecord[] {
    const where: string[] = [];
    const args: Record<string, unknown> = { limit: Math.min(q.limit ?? 1000, JOURNAL_MAX_LIMIT) };
    if (q.from !== undefined) (where.push('wall_t >= @from'), (args.from = q.from));
    if (q.to !== undefined) (where.push('wall_t <= @to'), (args.to = q.to));
    if (q.kind !== undefined) (where.push('kind = @kind'), (args.kind = q.kind));
    if (q.before !== undefined) (where.push('id < @before'), (args.before = q.before));
    if (q.plantFrom !== undefined) (where.push('plant_t >= @plantFrom'), (args.plantFrom = q.plantFrom));
    if (q.plantTo !== undefined) (where.push('plant_t <= @plantTo'), (args.plantTo = q.plantTo));
    if (q.tag !== undefined) (where.push("target LIKE @tag ESCAPE '\\'"), (args.tag = `%${q.tag.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    if (q.user !== undefined) (where.push('user = @user COLLATE NOCASE'), (args.user = q.user));
    if (q.targets !== undefined) (where.push('target IN (SELECT value FROM json_each(@targets))'), (args.targets = JSON.stringify(q.targets)));
    const sql = `SELECT * FROM (SELECT * FROM journal ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                 ORDER BY id DESC LIMIT @limit) ORDER BY id`;
    return (this.#db.prepare(sql).all(args) as Row[]).map(toRecord);
  }
}

function toRecord(r: Row): JournalRecord {
  return {
    id: r.id,
    wallT: r.wall_t,
    plantT: r.plant_t,
    kind: r.kind,
    user: r.user,
    role: r.role,
    action: r.action,
    target: r.target,
    oldValue: r.old_value,
    newValue: r.new_value,
    result: r.result,
    code: r.code,
    source: r.source,
    reason: r.reason,
    durationS: r.duration_s,
    fromState: r.from_state,
    toState: r.to_state,
  };
}
