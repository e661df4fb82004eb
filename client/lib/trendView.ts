/**
 * The time window a trend shows: following live (the last `spanMs` up to the newest sample) or a
 * fixed range (zoomed, panned, custom, or paused). Pure: every change returns a new view.
 */
export type TrendView = { kind: 'live'; spanMs: number } | { kind: 'fixed'; from: number; to: number; spanMs: number };

export const PRESETS = [
  { id: '10m', spanMs: 10 * 60_000 },
  { id: '1h', spanMs: 3_600_000 },
  { id: '8h', spanMs: 8 * 3_600_000 },
  { id: '24h', spanMs: 24 * 3_600_000 },
  { id: '7d', spanMs: 7 * 24 * 3_600_000 },
] as const;

export const MIN_SPAN_MS = 10_000;

export function live(spanMs: number): TrendView {
  return { kind: 'live', spanMs };
}

/** [from, to] in plant ms; `now` is the newest plant time known. */
export function viewRange(v: TrendView, now: number): [number, number] {
  return v.kind === 'live' ? [now - v.spanMs, now] : [v.from, v.to];
}

/** A fixed range (at least MIN_SPAN_MS wide), e.g. after a drag-zoom or a custom range. */
export function fixed(from: number, to: number): TrendView {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const mid = (a + b) / 2;
  return b - a >= MIN_SPAN_MS ? { kind: 'fixed', from: a, to: b, spanMs: b - a } : fixed(mid - MIN_SPAN_MS / 2, mid + MIN_SPAN_MS / 2);
}

/** Freezes a live view where it is now. */
export function pause(v: TrendView, now: number): TrendView {
  const [from, to] = viewRange(v, now);
  return { kind: 'fixed', from, to, spanMs: to - from };
}

/** Moves the window by `fraction` of its width (negative = back in time); never past `now`. */
export function pan(v: TrendView, now: number, fraction: number): TrendView {
  const [from, to] = viewRange(v, now);
  const shift = (to - from) * fraction;
  const end = Math.min(now, to + shift);
  return { kind: 'fixed', from: end - (to - from), to: end, spanMs: to - from };
}

/** True when the fixed view reaches the present (new samples would show). */
export function reachesNow(v: TrendView, now: number): boolean {
  return v.kind === 'live' || v.to >= now;
}

/** Plant-local time (China Standard Time, no DST) is UTC + 8 h: the time operators read everywhere. */
const PLANT_OFFSET_MS = 8 * 3_600_000;

/** Parses a `datetime-local` input value as plant-local time; null when empty or invalid. */
export function parseLocal(s: string): number | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(s)) return null;
  const t = Date.parse(`${s}Z`) - PLANT_OFFSET_MS;
  return Number.isFinite(t) ? t : null;
}

/** A `datetime-local` input value (plant-local time) for plant time `t`. */
export function toLocalInput(t: number): string {
  return new Date(t + PLANT_OFFSET_MS).toISOString().slice(0, 16);
}
