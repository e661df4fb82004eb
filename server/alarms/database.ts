/**
 * The alarm database (workshop5-alarms.json): every alarm of the plant with its rationalization,
 * designed-suppression rule and tag binding. Validated on load; a problem names the file, the
 * alarm and the field, and the server does not start with an invalid database.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAlarmConfig } from './config-schema.ts';
import { PRIORITIES, type AlarmConfig, type Priority } from './types.ts';

export const DEFAULT_ALARM_DB = join(dirname(fileURLToPath(import.meta.url)), 'workshop5-alarms.json');

/** Bilingual text. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** ISA-18.2 rationalization of one alarm. */
export interface Rationale {
  cause: Bilingual;
  consequence: Bilingual;
  /** Corrective action. */
  action: Bilingual;
  /** Time the operator has to respond before the consequence, s. */
  timeToRespondS: number;
}

/** One term of a designed-suppression rule; the alarm is suppressed while every term holds. */
export type SuppressTerm =
  | { tag: string; is: string }
  | { tag: string; isNot: string }
  | { system: 'simulator-link'; is: 'lost' };

/** Where an alarm's inputs come from (defaults: the tag itself, or `<tag>.PV` / `<tag>.SP` for loops). */
export interface Source {
  pv?: string;
  sp?: string;
  target?: string;
  /** System alarms: fed by the server's own state, not by a tag. */
  system?: 'simulator-link' | 'stale';
}

export interface DbAlarm extends AlarmConfig {
  /** Plant unit, e.g. `U53`. */
  unit: string;
  /** Interlock this alarm trips, e.g. `I-01` (reference §7.3). */
  interlock?: string;
  suppressWhen?: SuppressTerm[];
  source?: Source;
  rationale: Rationale;
}

export interface AlarmDatabase {
  file: string;
  /** Priorities that sound the horn. */
  horn: Priority[];
  alarms: DbAlarm[];
}

const DB_FIELDS = new Set(['unit', 'interlock', 'suppressWhen', 'source', 'rationale']);

export class AlarmDatabaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid alarm database:\n  ${problems.join('\n  ')}`);
  }
}

export function loadAlarmDatabase(file: string = DEFAULT_ALARM_DB): AlarmDatabase {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AlarmDatabaseError([`${file}: cannot be read as JSON (${(e as Error).message})`]);
  }
  const r = parseAlarmDatabase(file, json);
  if (Array.isArray(r)) throw new AlarmDatabaseError(r);
  return r;
}

export function parseAlarmDatabase(file: string, json: unknown): AlarmDatabase | string[] {
  const problems: string[] = [];
  const o = json as Record<string, unknown>;
  if (typeof json !== 'object' || json === null) return [`${file}: must be an object`];
  if (o.schemaVersion !== 1) problems.push(`${file}: schemaVersion: must be 1`);
  const horn = (o.horn as { priorities?: unknown } | undefined)?.priorities;
  if (!Array.isArray(horn) || !horn.every((p) => (PRIORITIES as readonly unknown[]).includes(p)))
    problems.push(`${file}: horn.priorities: must be a list of ${PRIORITIES.join(', ')}`);
  if (!Array.isArray(o.alarms)) return [...problems, `${file}: alarms: must be an array`];
  const seen = new Set<string>();
  const alarms: DbAlarm[] = [];
  o.alarms.forEach((raw: unknown, i: number) => {
    const a = raw as Record<string, unknown>;
    const name = typeof a?.id === 'string' ? a.id : `alarms[${i}]`;
    const err = (field: string, what: string) => problems.push(`${file}: alarm ${name}: ${field}: ${what}`);
    const cfg = parseAlarmConfig(raw, DB_FIELDS);
    if (Array.isArray(cfg)) {
      for (const p of cfg) err(p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 2));
      return;
    }
    if (seen.has(cfg.id)) err('id', 'is not unique');
    seen.add(cfg.id);
    const before = problems.length;
    if (typeof a.unit !== 'string' || a.unit.length === 0) err('unit', 'must be a unit name like U53');
    if (a.interlock !== undefined && (typeof a.interlock !== 'string' || !/^I-\d\d$/.test(a.interlock))) err('interlock', 'must be I-01…I-14');
    checkRationale(a.rationale, err);
    checkSuppression(a.suppressWhen, err);
    checkSource(a.source, err);
    if (problems.length === before) alarms.push({ ...(a as object), ...cfg } as DbAlarm);
  });
  return problems.length > 0 ? problems : { file, horn: horn as Priority[], alarms };
}

function text(x: unknown): boolean {
  const t = x as Bilingual | undefined;
  return typeof t?.zh === 'string' && t.zh.length > 0 && typeof t.en === 'string' && t.en.length > 0;
}

function checkRationale(x: unknown, err: (f: string, w: string) => void): void {
  const r = x as Record<string, unknown> | undefined;
  if (typeof r !== 'object' || r === null) return err('rationale', 'must give cause, consequence, action and timeToRespondS');
  for (const k of ['cause', 'consequence', 'action']) if (!text(r[k])) err(`rationale.${k}`, 'must be { zh, en } with both texts');
  if (typeof r.timeToRespondS !== 'number' || !(r.timeToRespondS > 0)) err('rationale.timeToRespondS', 'must be a number of seconds > 0');
}

function checkSuppression(x: unknown, err: (f: string, w: string) => void): void {
  if (x === undefined) return;
  if (!Array.isArray(x) || x.length === 0) return err('suppressWhen', 'must be a non-empty list of terms');
  x.forEach((t: Record<string, unknown>, i) => {
    const f = `suppressWhen[${i}]`;
    if (typeof t !== 'object' || t === null) return err(f, 'must be an object');
    if ('system' in t) {
      if (t.system !== 'simulator-link' || t.is !== 'lost') err(f, 'a system term is { "system": "simulator-link", "is": "lost" }');
    } else if (typeof t.tag !== 'string' || (typeof t.is !== 'string') === (typeof t.isNot !== 'string')) {
      err(f, 'must be { tag, is } or { tag, isNot } with a state name');
    }
  });
}

function checkSource(x: unknown, err: (f: string, w: string) => void): void {
  if (x === undefined) return;
  const s = x as Record<string, unknown>;
  if (typeof s !== 'object' || s === null) return err('source', 'must be an object');
  for (const k of ['pv', 'sp', 'target']) if (s[k] !== undefined && typeof s[k] !== 'string') err(`source.${k}`, 'must be a tag name');
  if (s.system !== undefined && s.system !== 'simulator-link' && s.system !== 'stale') err('source.system', 'must be simulator-link or stale');
}
