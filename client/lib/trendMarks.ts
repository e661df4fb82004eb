/**
 * What a trend draws besides its pens: alarm limits (dashed lines in priority colours) and
 * operator-action markers from the journal. Both are parsed defensively from server answers.
 */
import type { JournalRecord } from '../../server/protocol.ts';

/** Alarm priority colours (style guide): 1 critical … 4 low. Used only for alarm marks. */
export const PRIORITY_COLOURS: Record<1 | 2 | 3 | 4, string> = { 1: '#D50000', 2: '#FF7A00', 3: '#F2C800', 4: '#00A3C4' };

export interface AlarmLimit {
  /** Tag the limit applies to. */
  tag: string;
  /** Alarm id, e.g. `TIC-5301.HI`. */
  id: string;
  /** Limit, engineering units. */
  value: number;
  priority: 1 | 2 | 3 | 4;
}

const ABSOLUTE = ['HI', 'HIHI', 'LO', 'LOLO'];

const PRIORITY_NAMES: Record<string, 1 | 2 | 3 | 4> = { critical: 1, high: 2, medium: 3, low: 4 };

/** A priority as 1…4, from a number or a name (`critical`, `high`, `medium`, `low`). */
function priorityOf(p: unknown): 1 | 2 | 3 | 4 | null {
  if (p === 1 || p === 2 || p === 3 || p === 4) return p;
  return typeof p === 'string' ? (PRIORITY_NAMES[p] ?? null) : null;
}

/**
 * Limits from whatever the alarm system offers (e.g. `GET /api/alarms` entries or alarm
 * definitions) that carry `{ id, tag?, limit|setpoint|value, priority }`. Entries without a
 * numeric limit are skipped; the tag defaults to the id without its last `.TYPE`.
 */
export function parseAlarmLimits(body: unknown): AlarmLimit[] {
  const list = Array.isArray(body) ? body : typeof body === 'object' && body !== null ? ((body as Record<string, unknown>).alarms ?? (body as Record<string, unknown>).definitions) : null;
  if (!Array.isArray(list)) return [];
  const out: AlarmLimit[] = [];
  for (const a of list as Record<string, unknown>[]) {
    if (typeof a !== 'object' || a === null || typeof a.id !== 'string') continue;
    const value = [a.limit, a.setpoint, a.value].find((x): x is number => typeof x === 'number' && Number.isFinite(x));
    const priority = priorityOf(a.priority);
    const type = typeof a.type === 'string' ? a.type : a.id.slice(a.id.lastIndexOf('.') + 1);
    // only absolute limits are lines on the value axis (not deviations or rates of change)
    if (value === undefined || priority === null || !ABSOLUTE.includes(type)) continue;
    const tag = typeof a.tag === 'string' ? a.tag : a.id.slice(0, a.id.lastIndexOf('.'));
    out.push({ tag, id: a.id, value, priority });
  }
  return out;
}

export interface ActionMarker {
  /** Plant time, epoch ms. */
  t: number;
  /** What happened, for the hover text: who, what, old → new. */
  text: string;
}

/** Markers for journal records that have a plant time: operator actions and alarm transitions. */
export function actionMarkers(records: readonly JournalRecord[]): ActionMarker[] {
  return records
    .filter((r) => r.plantT !== null && (r.kind === 'audit' || r.kind === 'alarm') && r.action !== 'login' && r.action !== 'logout')
    .map((r) => {
      const change = r.oldValue !== null || r.newValue !== null ? ` ${r.oldValue ?? ''} → ${r.newValue ?? ''}` : '';
      const who = r.user ? `${r.user}: ` : '';
      return { t: r.plantT!, text: `${who}${r.action} ${r.target ?? ''}${change} (${r.result})`.replace(/\s+/g, ' ').trim() };
    })
    .sort((a, b) => a.t - b.t);
}

/** The marker nearest to `t` within `tolerance` ms, or null. */
export function markerNear(markers: readonly ActionMarker[], t: number, tolerance: number): ActionMarker | null {
  let best: ActionMarker | null = null;
  for (const m of markers) if (Math.abs(m.t - t) <= tolerance && (!best || Math.abs(m.t - t) < Math.abs(best.t - t))) best = m;
  return best;
}
