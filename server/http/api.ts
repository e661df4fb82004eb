/** The HTTP API of DESIGN.md §3: health, tags, session, commands, journal. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../services.ts';
import { CLEAR_SESSION_COOKIE, SESSION_COOKIE, readCookie, sessionCookie } from '../auth/sessions.ts';
import { isRefusal } from '../commands/types.ts';
import { displayValue } from '../commands/plant-reply.ts';
import type { Health, JournalRecord, SessionUser } from '../protocol.ts';
import { readJson, sendError, sendJson, sendRefusal, statusOf } from './respond.ts';
import { journalCsv, parseJournalQuery, unitTargets } from './journal-query.ts';
import { deleteTrendGroup, getHistory, listTrendGroups, saveTrendGroup } from './history-api.ts';
import { getAlarmConfig, getAlarmKpi, getAlarms } from '../alarms/api.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, who: SessionUser, s: Services) => Promise<void> | void;

const ROUTES: Record<string, Handler> = {
  'GET /api/health': (_req, res, _url, _who, s) => {
    const body: Health = { ok: true, simulator: s.system().simulator, tags: s.tags.size, uptimeS: Math.round((s.now() - s.startedAt) / 1000) };
    body.alarms = { configured: s.alarms.database.alarms.length, unbound: s.alarms.unbound.length };
    sendJson(res, 200, body);
  },

  'GET /api/tags': (_req, res, _url, _who, s) => {
    const tags = s.tags.catalog.tags.map((meta) => {
      const st = s.tags.get(meta.name)!;
      return { ...meta, value: st.v, ...(meta.states ? { state: displayValue(meta, st.v) } : {}), quality: st.q, t: st.t };
    });
    sendJson(res, 200, { ok: true, tags });
  },

  'GET /api/session': (_req, res, _url, who) => sendJson(res, 200, { ok: true, ...who }),

  'POST /api/session': async (req, res, _url, _who, s) => {
    const body = await readJson(req);
    if (isRefusal(body)) return sendRefusal(res, body);
    const { user, password } = (body ?? {}) as Record<string, unknown>;
    if (typeof user !== 'string' || typeof password !== 'string' || user.length > 64 || password.length > 256)
      return sendError(res, 'INVALID_COMMAND', 'user and password must be strings');
    const found = s.users.verify(user, password);
    s.auditLogin(user, found, 'login');
    if (!found) return sendError(res, 'BAD_CREDENTIALS');
    sendJson(res, 200, { ok: true, ...found }, { 'set-cookie': sessionCookie(s.sessions.create(found)) });
  },

  'DELETE /api/session': (req, res, _url, who, s) => {
    s.sessions.destroy(readCookie(req.headers.cookie, SESSION_COOKIE));
    if (who.role !== 'visitor') s.auditLogin(who.user, who, 'logout');
    sendJson(res, 200, { ok: true }, { 'set-cookie': CLEAR_SESSION_COOKIE });
  },

  'POST /api/commands': async (req, res, _url, who, s) => {
    const body = await readJson(req);
    const actor = { ...who, source: 'api' };
    const reply = isRefusal(body) ? s.commands.reject(actor, body) : await s.commands.execute(body, actor);
    sendJson(res, reply.ok ? 200 : statusOf(reply.code), reply);
  },

  'GET /api/journal': (_req, res, url, who, s) => {
    if (who.role === 'visitor') return sendError(res, 'NOT_AUTHORIZED', 'log in to read the journal');
    const q = parseJournalQuery(url.searchParams, (unit) => unitTargets(unit, s.tags.catalog, s.alarms.database.alarms));
    if (isRefusal(q)) return sendRefusal(res, q);
    const records: JournalRecord[] = s.journal.query(q);
    if (url.searchParams.get('format') === 'csv') {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="journal.csv"' });
      return void res.end(journalCsv(records));
    }
    sendJson(res, 200, { ok: true, records });
  },

  'GET /api/history': (_req, res, url, _who, s) => getHistory(res, url, s),
  'GET /api/trend-groups': (_req, res, _url, who, s) => listTrendGroups(res, who, s),
  'POST /api/trend-groups': (req, res, _url, who, s) => saveTrendGroup(req, res, who, s),
  'DELETE /api/trend-groups': (_req, res, url, who, s) => deleteTrendGroup(res, url, who, s),

  'GET /api/alarms': (_req, res, _url, _who, s) => getAlarms(res, s),
  'GET /api/alarms/kpi': (_req, res, url, _who, s) => getAlarmKpi(res, url, s),
  'GET /api/alarms/config': (_req, res, _url, _who, s) => getAlarmConfig(res, s),
};

export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, s: Services): Promise<void> {
  const route = ROUTES[`${req.method} ${url.pathname}`];
  if (!route) return sendError(res, 'NOT_FOUND', `${req.method} ${url.pathname}`);
  const who = s.sessions.resolve(readCookie(req.headers.cookie, SESSION_COOKIE));
  await route(req, res, url, who, s);
}
