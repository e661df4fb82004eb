/**
 * Horn tones per priority (Web Audio). Pure description of what to play; the player lives in
 * state/horn.svelte.ts. Critical is fast and high, low is slow and low: the ear tells them apart.
 */
import type { Priority } from '../../server/alarms/types.ts';

export interface HornPattern {
  /** Tone frequency, Hz. */
  hz: number;
  /** Beeps in one burst. */
  beeps: number;
  /** Length of one beep and of the gap after it, s. */
  beepS: number;
  /** The burst repeats every `periodS` seconds while the horn sounds. */
  periodS: number;
}

export const HORN_PATTERNS: Record<Priority, HornPattern> = {
  critical: { hz: 1040, beeps: 3, beepS: 0.15, periodS: 1.2 },
  high: { hz: 880, beeps: 2, beepS: 0.2, periodS: 2 },
  medium: { hz: 660, beeps: 1, beepS: 0.3, periodS: 3 },
  low: { hz: 520, beeps: 1, beepS: 0.3, periodS: 5 },
};

/** Start and stop times (s after the burst begins) of each beep of a pattern. */
export function beepTimes(p: HornPattern): { on: number; off: number }[] {
  return Array.from({ length: p.beeps }, (_, i) => ({ on: i * 2 * p.beepS, off: i * 2 * p.beepS + p.beepS }));
}
