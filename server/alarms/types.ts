/**
 * Types of the alarm engine: configuration (one alarm of the alarm database or a scenario file),
 * runtime state, inputs and events. States are the ISA-18.2 names, spelled exactly (DESIGN.md §3).
 */

export const ALARM_TYPES = ['HI', 'HIHI', 'LO', 'LOLO', 'ROC_POS', 'ROC_NEG', 'DEV_HI', 'DEV_LO', 'BAD_PV', 'DISCREPANCY'] as const;
export type AlarmType = (typeof ALARM_TYPES)[number];

export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The six states of the annunciation cycle (ISA-18.2 A–D plus the two latched states). */
export const CORE_STATES = [
  'Normal',
  'Unacknowledged',
  'Acknowledged',
  'RTN Unacknowledged',
  'Latched Unacknowledged',
  'Latched Acknowledged',
] as const;
export type CoreState = (typeof CORE_STATES)[number];

/** States in which the alarm is not annunciated, whatever its condition. */
export const OVERLAY_STATES = ['Shelved', 'Suppressed by Design', 'Out of Service'] as const;
export type OverlayState = (typeof OVERLAY_STATES)[number];

export type AlarmStateName = CoreState | OverlayState;
export const STATE_NAMES: readonly AlarmStateName[] = [...CORE_STATES, ...OVERLAY_STATES];

/** One alarm as configured (scenario-format.md "AlarmConfig"). */
export interface AlarmConfig {
  /** `<tag>.<TYPE>`, e.g. `TIC-5301.HIHI`. */
  id: string;
  tag: string;
  type: AlarmType;
  /** Engineering units; ROC: EU per second; DEV: allowed deviation; null for BAD_PV / DISCREPANCY. */
  limit: number | null;
  /** Engineering units (on the deviation for DEV, on the rate for ROC). */
  deadband: number;
  /** Activating condition must hold this long, s. */
  onDelayS: number;
  /** Clearing condition must hold this long, s. */
  offDelayS: number;
  /** After return to normal it needs ack and then reset. */
  latching: boolean;
  priority: Priority;
  /** flow | level | pressure | temperature | composition | discrete | … */
  measurement: string;
  /** Instrument range, engineering units; null when not applicable. */
  rangeLo: number | null;
  rangeHi: number | null;
  /** Longest shelve allowed, s. */
  maxShelveS: number;
  /** ROC only: rate = (pv(t) − pv(t − window)) / window, s. */
  rocWindowS?: number;
  /** DISCREPANCY only: how long feedback may disagree with target, s. */
  expectedTimeS?: number;
  /** DISCREPANCY only: allowed |pv − target|, engineering units. */
  tolerance?: number;
  /** Interlock (trip) group for first-out, e.g. `SD-R5301`. */
  tripGroup?: string;
}

/** The latest measurement of a tag as the engine sees it. Values hold until the next sample. */
export interface AlarmInput {
  pv: number | null;
  quality: 'good' | 'uncertain' | 'bad';
  /** Setpoint, for DEV alarms. */
  sp: number | null;
  /** Commanded target, for DISCREPANCY alarms. */
  target: number | null;
}

/** Runtime state of one alarm. Plain data (persisted as JSON); never mutated by the engine. */
export interface AlarmState {
  /** The annunciation cycle; frozen while an overlay (shelved, suppressed, out of service) holds. */
  core: CoreState;
  /** Condition active, after deadband and delays. */
  active: boolean;
  /** Plant time (epoch ms) since which the raw condition has disagreed with `active`; null if it agrees. */
  pendingSince: number | null;
  /** Shelf expiry, plant epoch ms; null when not shelved. */
  shelvedUntil: number | null;
  shelveReason: string | null;
  suppressed: boolean;
  outOfService: boolean;
  /** Plant time the alarm last entered Unacknowledged (the horn sounds for newer ones), ms; 0 never. */
  unackSince: number;
  /** Plant time the condition last became active, ms; 0 never. */
  activeSince: number;
  /** Plant time of the last change of the displayed state, ms. */
  changedAt: number;
  /** Activation times within the chattering window, ms. */
  activations: number[];
  /** ≥ 3 activations in 60 s. */
  chattering: boolean;
  /** ROC only: recent samples [t ms, pv], oldest first. */
  history: [number, number][];
}

export type TransitionCause =
  | 'condition'
  | 'ack'
  | 'reset'
  | 'shelve'
  | 'unshelve'
  | 'shelf-expired'
  | 'suppress'
  | 'unsuppress'
  | 'removeFromService'
  | 'returnToService';

export type AlarmEvent =
  /** The displayed state changed. */
  | { kind: 'transition'; alarm: string; t: number; from: AlarmStateName; to: AlarmStateName; cause: TransitionCause }
  /** The chattering flag changed. */
  | { kind: 'chattering'; alarm: string; t: number; on: boolean }
  /** The alarm was the first in its trip group to activate. */
  | { kind: 'first-out'; alarm: string; t: number; group: string };

export interface Evaluation {
  next: AlarmState;
  events: AlarmEvent[];
}

export function initialState(): AlarmState {
  return {
    core: 'Normal',
    active: false,
    pendingSince: null,
    shelvedUntil: null,
    shelveReason: null,
    suppressed: false,
    outOfService: false,
    unackSince: 0,
    activeSince: 0,
    changedAt: 0,
    activations: [],
    chattering: false,
    history: [],
  };
}

/** The ISA-18.2 state shown: an overlay wins over the annunciation cycle (OOS > suppressed > shelved). */
export function stateOf(s: AlarmState): AlarmStateName {
  if (s.outOfService) return 'Out of Service';
  if (s.suppressed) return 'Suppressed by Design';
  if (s.shelvedUntil !== null) return 'Shelved';
  return s.core;
}

/** True for the five states shown to the operator as an alarm. */
export function isAnnunciated(state: AlarmStateName): boolean {
  switch (state) {
    case 'Unacknowledged':
    case 'Acknowledged':
    case 'RTN Unacknowledged':
    case 'Latched Unacknowledged':
    case 'Latched Acknowledged':
      return true;
    case 'Normal':
    case 'Shelved':
    case 'Suppressed by Design':
    case 'Out of Service':
      return false;
    default:
      return assertNever(state);
  }
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`);
}
