/** `GET /api/alarms` and `GET /api/alarms/kpi?from&to` (DESIGN.md §3). */
import type { ServerResponse } from 'node:http';
import { isRefusal } from '../commands/types.ts';
import { parseJournalQuery } from '../http/journal-query.ts';
import { sendJson, sendRefusal } from '../http/respond.ts';
import type { Services } from '../services.ts';
import type { AlarmConfigView } from '../protocol.ts';

/** Every alarm that is not Normal (incl. shelved, suppressed, out of service), the horn, and unbound alarms. */
export function getAlarms(res: ServerResponse, s: Services): void {
  const a = s.alarms;
  sendJson(res, 200, { ok: true, alarms: a.list(), horn: { sounding: a.set.hornSounding }, configured: a.database.alarms.length, unbound: a.unbound });
}

/** KPIs over plant time `from`…`to` (epoch ms or ISO; default the last 24 h of plant time). */
export function getAlarmKpi(res: ServerResponse, url: URL, s: Services): void {
  const q = parseJournalQuery(new URLSearchParams([...url.searchParams].filter(([k]) => k === 'from' || k === 'to')));
  if (isRefusal(q)) return sendRefusal(res, q);
  sendJson(res, 200, { ok: true, ...s.alarms.kpis(q.from, q.to) });
}

/** `GET /api/alarms/config`: what the console shows about every configured alarm (limits, shelve maximum, rationalization). */
export function getAlarmConfig(res: ServerResponse, s: Services): void {
  const alarms: AlarmConfigView[] = s.alarms.database.alarms.map((a) => ({
    id: a.id, tag: a.tag, type: a.type, priority: a.priority, limit: a.limit, deadband: a.deadband, unit: a.unit,
    maxShelveS: a.maxShelveS, latching: a.latching, interlock: a.interlock ?? null, rationale: a.rationale,
  }));
  sendJson(res, 200, { ok: true, alarms });
}
