/**
 * Alarm what-if: re-evaluates recorded history against an alarm database and counts what it would
 * have annunciated, with the KPIs. Run once with the current database and once with an alternative
 * to prove a deadband or delay change before deploying it. It drives the same AlarmService the live
 * server uses (binding, designed suppression, timers), on an in-memory database, fed sample by
 * sample in plant-time order; values hold between samples as the historian's compression implies.
 */
import type { Catalog } from '../../simulator/protocol.ts';
import type { HistoryStore } from '../history/store.ts';
import { Journal } from '../journal/journal.ts';
import type { Quality } from '../protocol.ts';
import { openDb } from '../store/db.ts';
import { TagTable } from '../tags/tag-table.ts';
import type { AlarmDatabase } from './database.ts';
import type { Kpi } from './kpi.ts';
import { AlarmService } from './service.ts';

const QUALITY: readonly Quality[] = ['good', 'uncertain', 'bad'];
/** Plant-time step between evaluations, ms (the live plant publishes every 0.5–1 s). */
const TICK_MS = 1000;

export interface ReplayResult {
  /** Annunciations (transitions into Unacknowledged) per alarm id. */
  perAlarm: Map<string, number>;
  total: number;
  kpis: Kpi[];
  /** Samples read from the historian. */
  samples: number;
}

export function replayAlarms(store: HistoryStore, catalog: Catalog, database: AlarmDatabase, from: number, to: number): ReplayResult {
  const db = openDb(null);
  const tags = new TagTable();
  tags.setCatalog(catalog);
  tags.setLink(true);
  const service = new AlarmService({ db, journal: new Journal(db), tags, database, now: () => 0, onChange: () => undefined, log: () => undefined });
  service.onCatalog(catalog);
  service.onSystem({ simulator: 'connected', clock: null, stale: false });

  const names = catalog.tags.map((t) => t.name).filter((n) => store.hasTag(n));
  for (const n of names) {
    const b = store.before(n, from);
    if (b) tags.applySample(n, b.v, QUALITY[b.q] ?? 'bad', b.t);
  }
  // Time passes in steps of TICK_MS between samples, as the live server's frames do, so that
  // delays and shelves expire when they would have.
  let samples = 0;
  let t: number | null = null;
  const advanceTo = (until: number) => {
    if (t === null) return;
    service.onFrame(t);
    for (let k = t + TICK_MS; k < until; k += TICK_MS) service.onFrame(k);
  };
  for (const s of store.scan(names, from, to)) {
    if (t !== null && s.t !== t) advanceTo(s.t);
    t = s.t;
    tags.applySample(s.tag, s.v, QUALITY[s.q] ?? 'bad', s.t);
    samples++;
  }
  advanceTo(to + 1);

  const rows = db
    .prepare("SELECT target AS alarm, count(*) AS n FROM journal WHERE kind = 'alarm' AND to_state = 'Unacknowledged' GROUP BY target")
    .all() as { alarm: string; n: number }[];
  const perAlarm = new Map(rows.map((r) => [r.alarm, r.n]));
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const kpis = service.kpis(from, to).kpis;
  db.close();
  return { perAlarm, total, kpis, samples };
}

/** The comparison as printed lines: per alarm that differs, the total, and the KPIs side by side. */
export function formatComparison(current: ReplayResult, alternative: ReplayResult): string[] {
  const ids = [...new Set([...current.perAlarm.keys(), ...alternative.perAlarm.keys()])].sort();
  const w = Math.max(24, ...ids.map((id) => id.length));
  const lines = [`${'alarm'.padEnd(w)}  current  alternative  change`];
  for (const id of ids) {
    const a = current.perAlarm.get(id) ?? 0;
    const b = alternative.perAlarm.get(id) ?? 0;
    lines.push(`${id.padEnd(w)}  ${String(a).padStart(7)}  ${String(b).padStart(11)}  ${signed(b - a)}`);
  }
  lines.push(`${'TOTAL'.padEnd(w)}  ${String(current.total).padStart(7)}  ${String(alternative.total).padStart(11)}  ${signed(alternative.total - current.total)}`);
  lines.push('', `${'KPI'.padEnd(36)}  ${'current'.padStart(10)}  ${'alternative'.padStart(11)}  target`);
  const alt = new Map(alternative.kpis.map((k) => [k.name, k]));
  for (const k of current.kpis) {
    if (k.name.startsWith('top ')) continue; // the per-alarm table above says it better
    const b = alt.get(k.name);
    lines.push(`${k.name.padEnd(36)}  ${String(k.value).padStart(10)}  ${String(b?.value ?? '—').padStart(11)}  ${k.target} [${k.unit}]`);
  }
  return lines;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
