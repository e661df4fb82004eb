/** Handlers of the historian's HTTP API: `GET /api/history` (JSON or streamed CSV) and saved trend groups. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { Services } from '../services.ts';
import type { SessionUser } from '../protocol.ts';
import { isRefusal } from '../commands/types.ts';
import type { TrendGroup } from '../history/trend-groups.ts';
import { readJson, sendError, sendJson, sendRefusal } from './respond.ts';
import { historyCsvHeader, historyCsvRows, parseHistoryQuery, HISTORY_MAX_TAGS } from './history-query.ts';

const CSV_ROWS_PER_CHUNK = 2000;

export async function getHistory(res: ServerResponse, url: URL, s: Services): Promise<void> {
  const h = s.history;
  if (!h) return sendError(res, 'HISTORY_UNAVAILABLE');
  const known = (tag: string) => s.tags.meta(tag) !== undefined || h.knows(tag);
  const now = h.recorder.knownUntil ?? s.sim.clock?.t ?? s.now();
  const q = parseHistoryQuery(url.searchParams, known, now);
  if (isRefusal(q)) return sendRefusal(res, q);
  const cols = h.query({ ...q, steps: q.tags.map((tag) => s.tags.meta(tag)?.states !== undefined) });
  if (q.format === 'json') {
    const body: Record<string, (number | null)[]> = { t: cols.t };
    q.tags.forEach((tag, i) => (body[tag] = cols.columns[i]!));
    return sendJson(res, 200, body);
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'cache-control': 'no-store',
    'content-disposition': `attachment; filename="history-${new Date(q.from).toISOString().slice(0, 10)}.csv"`,
  });
  res.write('\ufeff' + historyCsvHeader(q.tags, (tag) => s.tags.meta(tag)?.eu ?? ''));
  for (let r = 0; r < cols.t.length; r += CSV_ROWS_PER_CHUNK) {
    const ok = res.write(historyCsvRows(cols.t, cols.columns, r, Math.min(cols.t.length, r + CSV_ROWS_PER_CHUNK)));
    if (!ok) await once(res, 'drain');
  }
  res.end();
}

function parseGroup(body: unknown): TrendGroup | null {
  if (typeof body !== 'object' || body === null) return null;
  const { name, pens, spanMs } = body as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 64) return null;
  if (!Array.isArray(pens) || pens.length < 1 || pens.length > 8 || !pens.every((p) => typeof p === 'string' && p.length <= 80)) return null;
  if (typeof spanMs !== 'number' || !Number.isInteger(spanMs) || spanMs < 1000 || spanMs > 31 * 86_400_000) return null;
  return { name: name.trim(), pens: pens as string[], spanMs };
}

export function listTrendGroups(res: ServerResponse, who: SessionUser, s: Services): void {
  if (who.role === 'visitor') return sendError(res, 'NOT_AUTHORIZED', 'log in to keep trend groups');
  if (!s.trendGroups) return sendError(res, 'HISTORY_UNAVAILABLE');
  sendJson(res, 200, { ok: true, groups: s.trendGroups.list(who.user) });
}

export async function saveTrendGroup(req: IncomingMessage, res: ServerResponse, who: SessionUser, s: Services): Promise<void> {
  if (who.role === 'visitor') return sendError(res, 'NOT_AUTHORIZED', 'log in to keep trend groups');
  if (!s.trendGroups) return sendError(res, 'HISTORY_UNAVAILABLE');
  const body = await readJson(req);
  if (isRefusal(body)) return sendRefusal(res, body);
  const g = parseGroup(body);
  if (!g) return sendError(res, 'INVALID_VALUE', `name 1…64 characters, pens 1…${Math.min(8, HISTORY_MAX_TAGS)} tag names, spanMs`);
  const unknown = g.pens.find((p) => !s.tags.meta(p) && !s.history?.knows(p));
  if (unknown) return sendError(res, 'TAG_UNKNOWN', unknown);
  if (!s.trendGroups.save(who.user, g, s.now())) return sendError(res, 'OUT_OF_RANGE', 'too many trend groups');
  sendJson(res, 200, { ok: true, group: g });
}

export function deleteTrendGroup(res: ServerResponse, url: URL, who: SessionUser, s: Services): void {
  if (who.role === 'visitor') return sendError(res, 'NOT_AUTHORIZED', 'log in to keep trend groups');
  if (!s.trendGroups) return sendError(res, 'HISTORY_UNAVAILABLE');
  const name = url.searchParams.get('name');
  if (!name) return sendError(res, 'INVALID_VALUE', 'name is required');
  if (!s.trendGroups.remove(who.user, name)) return sendError(res, 'NOT_FOUND', 'no such trend group');
  sendJson(res, 200, { ok: true });
}
