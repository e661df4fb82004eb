/**
 * Wire types between the HMI server and browsers (Socket.IO events and HTTP bodies).
 * The client imports this file; no event name is typed anywhere else.
 */
import type { Catalog, ClockState, SimCommand, Text } from '../simulator/protocol.ts';
import type { ErrorCode } from './errors.ts';
import type { AlarmStateName, AlarmType, Priority } from './alarms/types.ts';

export type { Catalog, ClockState, TagMeta, LoopMeta, EquipmentMeta, Text } from '../simulator/protocol.ts';
export type { ErrorCode } from './errors.ts';

export const ROLES = ['visitor', 'operator', 'supervisor', 'instructor', 'engineer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Quality = 'good' | 'uncertain' | 'bad';

/** Current state of one tag. */
export interface TagState {
  /** Value in engineering units (discrete: state index). */
  v: number;
  q: Quality;
  /** Plant time of the value, epoch ms. */
  t: number;
}

export type LinkState = 'connected' | 'disconnected';

/** Where the plant data come from, and how fresh they are. */
export interface SystemState {
  simulator: LinkState;
  /** Plant clock as last reported; null before the first frame. */
  clock: ClockState | null;
  /** True when the simulator link is up but no frame arrived within the stale period. */
  stale: boolean;
}

export interface SessionUser {
  user: string;
  role: Role;
}

/** Sent to a browser on connect (and after every reconnect): everything it shows. */
export interface Snapshot {
  catalog: Catalog;
  tags: Record<string, TagState>;
  system: SystemState;
  /** Who this connection is; visitors have `user: 'visitor'`. */
  session: SessionUser;
  /** Alarms that are not Normal, and the horn. */
  alarms?: AlarmSnapshot;
}

/** Changes since the last delta, coalesced per server tick; last value wins. */
export interface TagDelta {
  /** Changed tags. */
  c: Record<string, TagState>;
}

/** A command as sent by a browser or HTTP client (validated by the command registry). */
export type Command =
  /** Plant commands, passed on to the simulator (bypass also needs a reason, for the audit). */
  | Exclude<SimCommand, { type: 'bypass' }>
  | (Extract<SimCommand, { type: 'bypass' }> & { reason: string })
  /** Alarm actions, performed by the server's alarm system. */
  | { type: 'ack' | 'reset' | 'unshelve' | 'removeFromService' | 'returnToService'; alarm: string; reason?: string }
  | { type: 'shelve'; alarm: string; durationS: number; reason: string }
  | { type: 'silenceHorn' };

export type CommandReply =
  | { ok: true; old?: number | string; new?: number | string; names?: string[] }
  | { ok: false; code: ErrorCode; message: string; detail?: string };

export interface ServerToClientEvents {
  snapshot: (s: Snapshot) => void;
  tags: (d: TagDelta) => void;
  system: (s: SystemState) => void;
  alarms: (d: AlarmDelta) => void;
}

export interface ClientToServerEvents {
  command: (cmd: Command, ack: (reply: CommandReply) => void) => void;
}

/** `GET /api/health` */
export interface Health {
  ok: true;
  simulator: LinkState;
  tags: number;
  uptimeS: number;
  /** Alarms configured, and those not evaluated because their tags are not in the plant catalog (yet). */
  alarms?: { configured: number; unbound: number };
}

/** One journal record (`GET /api/journal`). */
export interface JournalRecord {
  id: number;
  /** Wall time, epoch ms. */
  wallT: number;
  /** Plant time, epoch ms (null when the plant clock was unknown). */
  plantT: number | null;
  kind: 'audit' | 'system' | 'alarm' | 'training';
  user: string | null;
  role: Role | 'system' | null;
  /** What was done: `write`, `clock`, `login`, `simulator-link` … */
  action: string;
  /** Tag, alarm, or other target. */
  target: string | null;
  oldValue: string | null;
  newValue: string | null;
  /** `accepted`, `rejected`, `failed`, or for system events what happened. */
  result: string;
  code: ErrorCode | null;
  /** Where the action came from: `api`, `socket`, `faceplate`… */
  source: string | null;
  /** Alarm actions and transitions: reason given (shelve, out of service), shelve duration s, ISA-18.2 states before / after. */
  reason?: string | null;
  durationS?: number | null;
  fromState?: string | null;
  toState?: string | null;
}

/** One alarm as the console shows it (`GET /api/alarms`, snapshot, deltas). */
export interface AlarmView {
  /** `<tag>.<TYPE>` */
  id: string;
  tag: string;
  type: AlarmType;
  priority: Priority;
  /** ISA-18.2 state name. */
  state: AlarmStateName;
  /** Shown to the operator as an alarm (the first five states). */
  annunciated: boolean;
  /** Condition active after deadband and delays. */
  active: boolean;
  /** Limit, engineering units (ROC: EU/s; DEV: deviation); null for BAD_PV / DISCREPANCY. */
  limit: number | null;
  /** Plant unit, e.g. `U53`. */
  unit: string;
  /** Plant time of the last state change, epoch ms. */
  t: number;
  /** Plant time the condition last became active, epoch ms; null if never. */
  activeSince: number | null;
  /** Shelf expiry, plant epoch ms; null when not shelved. */
  shelvedUntil: number | null;
  shelveReason: string | null;
  chattering: boolean;
  /** First alarm of its trip group to activate. */
  firstOut: boolean;
  /** Cause, from the rationalization. */
  desc: Text;
}

export interface HornState {
  /** True while an unacknowledged alarm of a sounding priority has not been silenced. */
  sounding: boolean;
}

export interface AlarmSnapshot {
  /** Every alarm that is not Normal. */
  alarms: AlarmView[];
  horn: HornState;
}

/** Alarms whose view changed (a Normal one leaves the list), and the horn. */
export interface AlarmDelta {
  c: AlarmView[];
  horn: HornState;
}

/** One configured alarm as the console shows it in faceplates and alarm help (`GET /api/alarms/config`). */
export interface AlarmConfigView {
  id: string;
  tag: string;
  type: AlarmType;
  priority: Priority;
  /** Engineering units (ROC: EU/s; DEV: deviation); null for BAD_PV / DISCREPANCY. */
  limit: number | null;
  deadband: number;
  /** Plant unit, e.g. `U53`. */
  unit: string;
  /** Longest shelve allowed, s. */
  maxShelveS: number;
  latching: boolean;
  /** Interlock this alarm trips, e.g. `I-01`. */
  interlock: string | null;
  /** ISA-18.2 rationalization: cause, consequence, corrective action (bilingual), time to respond (s). */
  rationale: { cause: Text; consequence: Text; action: Text; timeToRespondS: number };
}
