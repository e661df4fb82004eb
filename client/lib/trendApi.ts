/** The server calls a trend page makes besides history: trend groups, journal markers, alarm limits, CSV. */
import type { JournalRecord } from '../../server/protocol.ts';
import { historyUrl } from './history.ts';
import { actionMarkers, parseAlarmLimits, type ActionMarker, type AlarmLimit } from './trendMarks.ts';

export interface TrendGroup {
  name: string;
  pens: string[];
  spanMs: number;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function json(fetchFn: Fetch, url: string, init?: RequestInit): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetchFn(url, { credentials: 'same-origin', ...init });
    const body = (await res.json()) as Record<string, unknown>;
    return res.ok ? body : null;
  } catch (err) {
    console.warn(`request failed: ${url}`, err);
    return null;
  }
}

/** The user's saved groups (empty for visitors or when the server cannot say). */
export async function listGroups(fetchFn: Fetch = fetch): Promise<TrendGroup[]> {
  const body = await json(fetchFn, '/api/trend-groups');
  return Array.isArray(body?.groups) ? (body.groups as TrendGroup[]) : [];
}

export async function saveGroup(g: TrendGroup, fetchFn: Fetch = fetch): Promise<boolean> {
  return (await json(fetchFn, '/api/trend-groups', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(g) })) !== null;
}

export async function deleteGroup(name: string, fetchFn: Fetch = fetch): Promise<boolean> {
  return (await json(fetchFn, `/api/trend-groups?${new URLSearchParams({ name })}`, { method: 'DELETE' })) !== null;
}

/** Operator actions and alarm transitions in [from, to] (logged-in users only; none otherwise). */
export async function fetchMarkers(from: number, to: number, fetchFn: Fetch = fetch): Promise<ActionMarker[]> {
  const q = new URLSearchParams({ from: String(Math.floor(from)), to: String(Math.ceil(to)), limit: '1000' });
  const body = await json(fetchFn, `/api/journal?${q}`);
  return Array.isArray(body?.records) ? actionMarkers(body.records as JournalRecord[]) : [];
}

/** Alarm limits, when the alarm system offers them (`GET /api/alarms`); none otherwise. */
export async function fetchAlarmLimits(fetchFn: Fetch = fetch): Promise<AlarmLimit[]> {
  return parseAlarmLimits(await json(fetchFn, '/api/alarms'));
}

/** The server's CSV of these pens over [from, to]. */
export function csvUrl(tags: readonly string[], from: number, to: number, points = 20_000): string {
  return `${historyUrl(tags, from, to, points)}&format=csv`;
}
