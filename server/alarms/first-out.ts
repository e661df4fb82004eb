/**
 * First-out per trip group: of the alarms that can trip one interlock group, the one that became
 * active first (the cause; the rest usually follow from the trip). The group re-arms when every
 * member is inactive and back to Normal (or out of the annunciation cycle).
 */
import { stateOf, type AlarmState } from './types.ts';

export interface Activation {
  alarm: string;
  /** Plant time of the activation, ms. */
  t: number;
}

/** The first-out after a batch of activations: unchanged if one is set, else the earliest. */
export function firstOutAfter(current: string | null, activations: Activation[]): string | null {
  if (current !== null || activations.length === 0) return current;
  let first = activations[0]!;
  for (const a of activations) if (a.t < first.t) first = a;
  return first.alarm;
}

/** True when no member keeps the group tripped: all inactive and none waiting for ack or reset. */
export function groupCleared(members: Iterable<AlarmState>): boolean {
  for (const s of members) {
    if (s.active) return false;
    const shown = stateOf(s);
    if (shown !== 'Normal' && shown === s.core) return false;
  }
  return true;
}
