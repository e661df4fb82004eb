/**
 * Alarm-system KPIs (standards §2) from the journal's alarm transitions, each beside its EEMUA 191 /
 * ISA-18.2 target. Pure: records and the window in, figures out. Counting rule: annunciated
 * activations are transitions into Unacknowledged (A→B, D→B and returns from shelve/suppression/OOS
 * with the condition active); acks, shelves and other events are not counted. Times are plant time.
 */
import { CHATTER_COUNT, CHATTER_WINDOW_MS } from './chatter.ts';
import type { Priority } from './types.ts';

export interface TransitionRecord {
  /** Plant time, epoch ms. */
  t: number;
  alarm: string;
  from: string;
  to: string;
}

export interface Kpi {
  name: string;
  value: number | string;
  unit: string;
  /** The target, in words. */
  target: string;
  /** Whether the value meets the target (null when the target is a report, not a limit). */
  meets: boolean | null;
  source: string;
}

const TEN_MIN = 600_000;
const DAY = 86_400_000;
/** An alarm that clears within this time of activating is fleeting (PAS: "within a few seconds"). */
export const FLEETING_MS = 5_000;
const OVERLAYS = ['Shelved', 'Suppressed by Design', 'Out of Service'] as const;
const CLEARED = new Set(['RTN Unacknowledged', 'Normal', 'Latched Unacknowledged', 'Latched Acknowledged']);

export function alarmKpis(
  records: readonly TransitionRecord[],
  priorityOf: (alarm: string) => Priority | undefined,
  window: { from: number; to: number },
  current: readonly { alarm: string; active: boolean; activeSince: number }[],
): Kpi[] {
  const { from, to } = window;
  const inWindow = records.filter((r) => r.t >= from && r.t <= to);
  const activations = inWindow.filter((r) => r.to === 'Unacknowledged');
  const total = activations.length;
  const periods = Math.max(1, Math.ceil((to - from) / TEN_MIN));
  const perPeriod = new Array<number>(periods).fill(0);
  for (const a of activations) perPeriod[Math.min(periods - 1, Math.floor((a.t - from) / TEN_MIN))]!++;
  const peak = Math.max(0, ...perPeriod);
  const over10 = perPeriod.filter((n) => n > 10).length;
  const floods = floodsOf(perPeriod, from, to);

  const byAlarm = new Map<string, number[]>();
  for (const a of activations) (byAlarm.get(a.alarm) ?? byAlarm.set(a.alarm, []).get(a.alarm)!).push(a.t);
  const top = [...byAlarm].map(([alarm, ts]) => ({ alarm, n: ts.length })).sort((a, b) => b.n - a.n || a.alarm.localeCompare(b.alarm)).slice(0, 10);
  const chattering = [...byAlarm.values()].filter(hasChatter).length;
  const fleeting = fleetingAlarms(inWindow);
  const stale = current.filter((c) => c.active && c.activeSince > 0 && c.activeSince < to - DAY).length;
  const prio = (p: Priority) => (total === 0 ? 0 : round((activations.filter((a) => priorityOf(a.alarm) === p).length / total) * 100));

  const kpis: Kpi[] = [
    { name: 'annunciated alarms', value: total, unit: 'alarms', target: '≈150/day acceptable, ≤300/day manageable', meets: total <= ((to - from) / DAY) * 300 || total === 0, source: 'ISA-18.2 (alarmkpi); Inductive' },
    { name: 'average per 10 min', value: round(total / periods), unit: 'alarms/10 min', target: '≤ 1 (EEMUA 191 normal operation; 2 manageable)', meets: total / periods <= 1, source: 'EEMUA 191 via ASM; Nimmo' },
    { name: 'peak per 10 min', value: peak, unit: 'alarms/10 min', target: '≤ 10', meets: peak <= 10, source: 'EEMUA 191 after a major upset; alarmkpi' },
    { name: '10-min periods over 10 alarms', value: round((over10 / periods) * 100), unit: '%', target: '< 1 %', meets: over10 / periods < 0.01, source: 'ISA-18.2 (alarmkpi)' },
    { name: 'floods', value: floods.count, unit: 'floods', target: '≤ 20 per week, long-term 0', meets: floods.count === 0, source: 'ISA-18.2 flood: start > 10 in 10 min, end < 5 (ProSys); Inductive' },
    { name: 'time in flood', value: round(floods.ms / 1000), unit: 's', target: '< 1 % of the time', meets: floods.ms / Math.max(1, to - from) < 0.01, source: 'ProSys; alarmkpi' },
    { name: 'top-10 alarms share of load', value: total === 0 ? 0 : round((top.reduce((s, x) => s + x.n, 0) / total) * 100), unit: '%', target: 'each ≈ 1–5 % of the load, with an action plan', meets: null, source: 'alarmkpi' },
    ...top.map((x, i) => ({ name: `top ${i + 1}: ${x.alarm}`, value: x.n, unit: `alarms (${round((x.n / total) * 100)} %)`, target: '≤ 5 % of the load', meets: x.n / total <= 0.05, source: 'alarmkpi' })),
    { name: 'chattering alarms', value: chattering, unit: 'alarms', target: '0 (≥ 3 activations in 60 s)', meets: chattering === 0, source: 'PAS; Inductive; alarmkpi' },
    { name: 'fleeting alarms', value: fleeting, unit: 'alarms', target: `0 (cleared within ${FLEETING_MS / 1000} s)`, meets: fleeting === 0, source: 'PAS; alarmkpi' },
    { name: 'stale alarms (active > 24 h)', value: stale, unit: 'alarms', target: '≤ 20 per week, long-term 0', meets: stale === 0, source: 'Inductive; Intelligent Plant' },
    { name: 'priority critical+high', value: round(prio('critical') + prio('high')), unit: '% of annunciated', target: '≈ 5 %', meets: null, source: 'ISA-18.2 / IEC 62682 via exida; Nimmo' },
    { name: 'priority medium', value: prio('medium'), unit: '% of annunciated', target: '≈ 15 %', meets: null, source: 'ISA-18.2 / IEC 62682 via exida' },
    { name: 'priority low', value: prio('low'), unit: '% of annunciated', target: '≈ 80 %', meets: null, source: 'ISA-18.2 / IEC 62682 via exida' },
  ];
  for (const state of OVERLAYS) {
    const d = overlayTime(records, state, from, to);
    kpis.push(
      { name: `${state}: entries`, value: d.count, unit: 'times', target: 'report; shelving past its maximum is refused by design', meets: null, source: 'standards §2; OPC UA MaxTimeShelved' },
      { name: `${state}: total time`, value: round(d.ms / 1000), unit: 's', target: 'report', meets: null, source: 'standards §2' },
    );
  }
  return kpis;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Floods on 10-min periods: one starts in a period with > 10 alarms and ends in the first with < 5. */
function floodsOf(perPeriod: number[], from: number, to: number): { count: number; ms: number } {
  let count = 0;
  let ms = 0;
  let inFlood = false;
  perPeriod.forEach((n, i) => {
    if (!inFlood && n > 10) (inFlood = true), count++;
    else if (inFlood && n < 5) inFlood = false;
    if (inFlood) ms += Math.min(TEN_MIN, to - (from + i * TEN_MIN));
  });
  return { count, ms };
}

function hasChatter(times: number[]): boolean {
  for (let i = 0; i + CHATTER_COUNT - 1 < times.length; i++) if (times[i + CHATTER_COUNT - 1]! - times[i]! <= CHATTER_WINDOW_MS) return true;
  return false;
}

function fleetingAlarms(records: readonly TransitionRecord[]): number {
  const since = new Map<string, number>();
  const fleeting = new Set<string>();
  for (const r of records) {
    const start = since.get(r.alarm);
    if (r.to === 'Unacknowledged') since.set(r.alarm, r.t);
    else if (start === undefined || r.to === 'Acknowledged') continue;
    else {
      // cleared by the condition (not by shelving etc.) soon after it activated
      if (CLEARED.has(r.to) && r.t - start <= FLEETING_MS) fleeting.add(r.alarm);
      since.delete(r.alarm);
    }
  }
  return fleeting.size;
}

/** Entries into `state` within the window, and the time spent in it (clipped to the window). */
function overlayTime(records: readonly TransitionRecord[], state: string, from: number, to: number): { count: number; ms: number } {
  const entered = new Map<string, number>();
  let count = 0;
  let ms = 0;
  const close = (start: number, end: number) => (ms += Math.max(0, Math.min(end, to) - Math.max(start, from)));
  for (const r of records) {
    if (r.t > to) break;
    if (r.to === state) {
      entered.set(r.alarm, r.t);
      if (r.t >= from) count++;
    } else if (r.from === state && entered.has(r.alarm)) {
      close(entered.get(r.alarm)!, r.t);
      entered.delete(r.alarm);
    }
  }
  for (const start of entered.values()) close(start, to);
  return { count, ms };
}
