/**
 * Formatting of live values: fixed decimals per tag, the same digits in both languages
 * ('.' as decimal point, no grouping, ASCII minus).
 */
import type { ClockState, TagMeta, TagState } from '../../server/protocol.ts';

/** Shown where there is no value (nothing received yet). */
export const NO_VALUE = '—';

/** `v` with exactly `decimals` decimals; never "-0.0". */
export function formatNumber(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return NO_VALUE;
  const d = Math.min(Math.max(Math.trunc(decimals), 0), 10);
  const text = v.toFixed(d);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Name of a discrete state (`MAN`, `RUNNING`), or undefined when the index is not a state. */
export function stateName(v: number, meta: Pick<TagMeta, 'states'> | undefined): string | undefined {
  return meta?.states?.[v];
}

/**
 * The text of a live value: discrete tags give their state name, analog tags a fixed-decimal
 * number. No unit, no quality mark.
 */
export function formatValue(state: TagState | undefined, meta: TagMeta | undefined): string {
  if (state === undefined) return NO_VALUE;
  if (meta?.states) return stateName(state.v, meta) ?? NO_VALUE;
  return formatNumber(state.v, meta?.decimals ?? 2);
}

/** Appends an engineering unit when there is one: `116.9 °C`. */
export function withUnit(text: string, eu: string | undefined): string {
  return eu ? `${text} ${eu}` : text;
}

/** An instrument range: `0.0–250.0 °C`. */
export function formatRange(meta: Pick<TagMeta, 'lo' | 'hi' | 'decimals' | 'eu'>): string {
  return withUnit(`${formatNumber(meta.lo, meta.decimals)}–${formatNumber(meta.hi, meta.decimals)}`, meta.eu);
}

/** Offset of plant-local time (Hebi, China Standard Time, no DST) from UTC. */
export const PLANT_UTC_OFFSET_MS = 8 * 3600_000;

/** Plant time as `YYYY-MM-DD HH:mm:ss` in plant-local time. */
export function formatPlantTime(t: number): string {
  if (!Number.isFinite(t)) return NO_VALUE;
  const iso = new Date(t + PLANT_UTC_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** Plant-local `HH:mm` (`HH:mm:ss` with `seconds`), for trend axes. */
export function formatPlantClock(t: number, seconds = false): string {
  return formatPlantTime(t).slice(11, seconds ? 19 : 16);
}

/** Speed of the plant clock: `×1`, `×10`, `×max`. */
export function formatSpeed(speed: ClockState['speed']): string {
  return speed === 'max' ? '×max' : `×${formatNumber(speed, Number.isInteger(speed) ? 0 : 1)}`;
}

/** The two end labels of a bar: `0.0` and `250.0 °C`. */
export function scaleEnds(meta: Pick<TagMeta, 'lo' | 'hi' | 'decimals' | 'eu'>): [string, string] {
  return [formatNumber(meta.lo, meta.decimals), withUnit(formatNumber(meta.hi, meta.decimals), meta.eu)];
}
