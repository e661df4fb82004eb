/**
 * The horn (audible annunciation): it sounds while any alarm of a sounding priority is
 * Unacknowledged and became so after the last silence. Silencing is not acknowledging: the alarms
 * stay Unacknowledged, and a new one sounds the horn again.
 */
import { stateOf, type AlarmConfig, type AlarmState, type Priority } from './types.ts';

export const DEFAULT_HORN_PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium'];

export function hornSounding(
  alarms: Iterable<readonly [AlarmConfig, AlarmState]>,
  silencedAt: number,
  sounding: ReadonlySet<Priority>,
): boolean {
  for (const [cfg, s] of alarms) {
    if (sounding.has(cfg.priority) && s.unackSince > silencedAt && stateOf(s) === 'Unacknowledged') return true;
  }
  return false;
}
