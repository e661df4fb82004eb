/**
 * The annunciation cycle of ISA-18.2 (standards §1.2) as pure functions over the six core states.
 * Overlays (shelved, suppressed by design, out of service) are handled by the callers.
 */
import { assertNever, type CoreState } from './types.ts';

/** The core state after the (debounced) condition became active or cleared. */
export function onCondition(core: CoreState, active: boolean, latching: boolean): CoreState {
  switch (core) {
    case 'Normal':
    case 'RTN Unacknowledged':
    case 'Latched Unacknowledged':
    case 'Latched Acknowledged':
      return active ? 'Unacknowledged' : core;
    case 'Unacknowledged':
      return active ? core : latching ? 'Latched Unacknowledged' : 'RTN Unacknowledged';
    case 'Acknowledged':
      return active ? core : latching ? 'Latched Acknowledged' : 'Normal';
    default:
      return assertNever(core);
  }
}

/** The core state after an operator acknowledge; unchanged where ack has nothing to do. */
export function onAck(core: CoreState): CoreState {
  switch (core) {
    case 'Unacknowledged':
      return 'Acknowledged';
    case 'RTN Unacknowledged':
      return 'Normal';
    case 'Latched Unacknowledged':
      return 'Latched Acknowledged';
    case 'Normal':
    case 'Acknowledged':
    case 'Latched Acknowledged':
      return core;
    default:
      return assertNever(core);
  }
}

/** After an overlay ends: Unacknowledged if the condition is active at that moment, else Normal. */
export function onRelease(active: boolean): CoreState {
  return active ? 'Unacknowledged' : 'Normal';
}
