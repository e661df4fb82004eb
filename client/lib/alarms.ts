/**
 * Alarm display logic, framework-free: priority marks (colour + shape + number), ordering for the
 * banner and the summary, counts, filters, the client's copy of the alarm list, shelve choices.
 * The server decides every state; this module only orders and draws what it sent.
 */
import type { AlarmDelta, AlarmView } from '../../server/protocol.ts';
import type { AlarmStateName, Priority } from '../../server/alarms/types.ts';

export const PRIORITY_ORDER: readonly Priority[] = ['critical', 'high', 'medium', 'low'];

/** Priority number drawn in the mark: critical 1 … low 4. */
export function priorityNumber(p: Priority): 1 | 2 | 3 | 4 {
  return (PRIORITY_ORDER.indexOf(p) + 1) as 1 | 2 | 3 | 4;
}

/** Alarm priority colours (style guide); used only for alarm marks. */
export const PRIORITY_COLOUR: Record<Priority, string> = {
  critical: '#D50000',
  high: '#FF7A00',
  medium: '#F2C800',
  low: '#00A3C4',
};

export type MarkShape = 'triangle' | 'diamond' | 'square' | 'circle';

/** Shape per priority: inverted triangle 1, diamond 2, square 3, circle 4. */
export const PRIORITY_SHAPE: Record<Priority, MarkShape> = {
  critical: 'triangle',
  high: 'diamond',
  medium: 'square',
  low: 'circle',
};

/** SVG path of a mark shape in a 16 × 16 box. */
export function shapePath(shape: MarkShape): string {
  switch (shape) {
    case 'triangle':
      return 'M1 2 H15 L8 15 Z';
    case 'diamond':
      return 'M8 0.5 L15.5 8 L8 15.5 L0.5 8 Z';
    case 'square':
      return 'M1.5 1.5 H14.5 V14.5 H1.5 Z';
    case 'circle':
      return 'M8 1 A7 7 0 1 1 7.99 1 Z';
  }
}

const UNACKED: readonly AlarmStateName[] = ['Unacknowledged', 'RTN Unacknowledged', 'Latched Unacknowledged'];
const HIDDEN: readonly AlarmStateName[] = ['Shelved', 'Suppressed by Design', 'Out of Service'];

export function isUnacked(state: AlarmStateName): boolean {
  return UNACKED.includes(state);
}

/** Shelved, suppressed or out of service: not annunciated, listed in the hidden tab. */
export function isHidden(state: AlarmStateName): boolean {
  return HIDDEN.includes(state);
}

/** The grey letter of a hidden alarm: S(helved), D(esign suppressed), O(ut of service). */
export function hiddenLetter(state: AlarmStateName): 'S' | 'D' | 'O' | '' {
  return state === 'Shelved' ? 'S' : state === 'Suppressed by Design' ? 'D' : state === 'Out of Service' ? 'O' : '';
}

/** How a mark is drawn: filled and steady, filled and flashing, outline flashing (RTN unacked), or a grey letter. */
export interface MarkLook {
  priority: Priority;
  number: 1 | 2 | 3 | 4;
  shape: MarkShape;
  colour: string;
  flashing: boolean;
  outline: boolean;
  hidden: 'S' | 'D' | 'O' | '';
}

export function markLook(a: Pick<AlarmView, 'priority' | 'state'>): MarkLook {
  return {
    priority: a.priority,
    number: priorityNumber(a.priority),
    shape: PRIORITY_SHAPE[a.priority],
    colour: PRIORITY_COLOUR[a.priority],
    flashing: isUnacked(a.state),
    outline: a.state === 'RTN Unacknowledged',
    hidden: hiddenLetter(a.state),
  };
}

/** Priority first (critical first), then newest first, then id for a stable order. */
export function byPriorityThenTime(a: AlarmView, b: AlarmView): number {
  return priorityNumber(a.priority) - priorityNumber(b.priority) || b.t - a.t || a.id.localeCompare(b.id);
}

/** The banner's alarms: the `n` most important annunciated ones (active or unacknowledged). */
export function bannerAlarms(list: readonly AlarmView[], n = 5): AlarmView[] {
  return list.filter((a) => a.annunciated).sort(byPriorityThenTime).slice(0, n);
}

export type PriorityCounts = Record<Priority, number>;

/** Annunciated alarms per priority. */
export function priorityCounts(list: readonly AlarmView[]): PriorityCounts {
  const c: PriorityCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const a of list) if (a.annunciated) c[a.priority]++;
  return c;
}

/** The alarm list after a delta: changed views replace old ones, Normal ones leave. */
export function applyAlarmDelta(list: readonly AlarmView[], delta: Pick<AlarmDelta, 'c'>): AlarmView[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  for (const a of delta.c) {
    if (a.state === 'Normal') byId.delete(a.id);
    else byId.set(a.id, a);
  }
  return [...byId.values()];
}

/** Highest-priority unacknowledged annunciated alarm among the horn's priorities: the tone to sound. */
export function hornPriority(list: readonly AlarmView[]): Priority | null {
  let best: Priority | null = null;
  for (const a of list) {
    if (!a.annunciated || !isUnacked(a.state)) continue;
    if (best === null || priorityNumber(a.priority) < priorityNumber(best)) best = a.priority;
  }
  return best;
}

/** The object whose faceplate shows an alarm's tag: `TIC-5301.PV` → `TIC-5301`. */
export function alarmObject(tag: string): string {
  return tag.replace(/\.(PV|SP|OP|MODE)$/, '');
}

/** The mark to draw beside an object: its most important annunciated alarm, else a hidden one, else null. */
export function objectAlarm(list: readonly AlarmView[], object: string): AlarmView | null {
  const mine = list.filter((a) => alarmObject(a.tag) === alarmObject(object));
  return mine.filter((a) => a.annunciated).sort(byPriorityThenTime)[0] ?? mine.sort(byPriorityThenTime)[0] ?? null;
}

// ---- summary: tabs, filters, sorting ----

export type AlarmTab = 'active' | 'hidden';

export interface AlarmFilter {
  tab: AlarmTab;
  /** '' = all */
  unit: string;
  priority: Priority | '';
  state: AlarmStateName | '';
}

export const NO_FILTER: AlarmFilter = { tab: 'active', unit: '', priority: '', state: '' };

export function filterAlarms(list: readonly AlarmView[], f: AlarmFilter): AlarmView[] {
  return list.filter(
    (a) =>
      (f.tab === 'hidden' ? isHidden(a.state) : !isHidden(a.state)) &&
      (f.unit === '' || a.unit === f.unit) &&
      (f.priority === '' || a.priority === f.priority) &&
      (f.state === '' || a.state === f.state),
  );
}

export type SortKey = 'time' | 'priority' | 'tag' | 'unit' | 'state';
export interface AlarmSort {
  key: SortKey;
  /** true: ascending */
  asc: boolean;
}

export const DEFAULT_SORT: AlarmSort = { key: 'priority', asc: true };

export function sortAlarms(list: readonly AlarmView[], s: AlarmSort): AlarmView[] {
  const cmp: Record<SortKey, (a: AlarmView, b: AlarmView) => number> = {
    time: (a, b) => a.t - b.t,
    priority: (a, b) => priorityNumber(a.priority) - priorityNumber(b.priority) || b.t - a.t,
    tag: (a, b) => a.tag.localeCompare(b.tag),
    unit: (a, b) => a.unit.localeCompare(b.unit),
    state: (a, b) => a.state.localeCompare(b.state),
  };
  const sign = s.asc ? 1 : -1;
  return [...list].sort((a, b) => sign * cmp[s.key](a, b) || a.id.localeCompare(b.id));
}

/** Rows of page `page` (0-based) of `size` rows, and how many pages there are (at least 1). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * size, p * size + size), pages, page: p };
}

/** Shelve durations offered (s): the usual steps up to the alarm's maximum, and the maximum itself. */
export function shelveChoices(maxS: number): number[] {
  const steps = [300, 900, 1800, 3600, 7200, 14400, 28800].filter((s) => s < maxS);
  return maxS > 0 ? [...steps, maxS] : [];
}

/** A duration as `15 min` / `2 h` / `45 s`. */
export function formatDuration(s: number): string {
  if (s >= 3600 && s % 3600 === 0) return `${s / 3600} h`;
  if (s >= 60 && s % 60 === 0) return `${s / 60} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${s} s`;
}

/** Units that have alarms in the list, sorted. */
export function unitsOf(list: readonly { unit: string }[]): string[] {
  return [...new Set(list.map((a) => a.unit))].sort();
}
