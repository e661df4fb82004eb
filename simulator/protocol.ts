/**
 * Wire types between the simulator (Socket.IO server) and the HMI server (its client).
 * This file is the only definition of these events and payloads; both sides import it.
 */
import type { SimErrorCode } from './errors.ts';

/** A bilingual text: English and Simplified Chinese. */
export interface Text {
  en: string;
  zh: string;
}

/** Quality of a value on the wire: 0 good, 1 uncertain, 2 bad. */
export type QualityCode = 0 | 1 | 2;

/** One tag of the plant, as listed in the catalog. */
export interface TagMeta {
  /** ISA-5.1 name with parameter for loops: `TIC-5301.PV`, `TIC-5301.MODE`; bare for indicators: `TI-5304`. */
  name: string;
  /** Unit the tag belongs to: `U53` etc. */
  unit: string;
  desc: Text;
  /** Engineering unit, e.g. `°C`, `m³/h`, `%`; empty for discrete tags. */
  eu: string;
  /** Instrument range low / high, engineering units. */
  lo: number;
  hi: number;
  /** Normal operating band for indicators, engineering units. */
  normal?: [number, number];
  /** Fixed decimals for display. */
  decimals: number;
  /** Discrete tags carry their state names; the wire value is the index into this list. */
  states?: string[];
  /** True when an operator may write it (subject to mode rules). */
  writable: boolean;
}

/** A controller, so that displays know which tags belong together. */
export interface LoopMeta {
  /** Loop name, e.g. `TIC-5301`; its tags are `<name>.PV/.SP/.OP/.MODE`. */
  name: string;
  unit: string;
  desc: Text;
  /** Cascade: the slave loop whose SP this loop's OP drives. */
  slave?: string;
  /** Engineering unit of OP (`%` of valve, or the slave's SP unit when cascaded). */
  opEu: string;
}

/** A piece of equipment with a discrete state tag (pump, agitator, on/off valve). */
export interface EquipmentMeta {
  /** Equipment name, e.g. `M-5301`; its state tag has the same name. */
  name: string;
  unit: string;
  desc: Text;
  /** Commands it accepts: `START`/`STOP` or `OPEN`/`CLOSE`. */
  commands: string[];
}

/** A malfunction parameter (magnitude, ramp time, delay, or its own). */
export interface MalfunctionParamMeta {
  name: string;
  desc: Text;
  eu: string;
  lo: number;
  hi: number;
  default: number;
}

/** An instructor malfunction `M01`…`M20` (reference §7.4). */
export interface MalfunctionMeta {
  id: string;
  unit: string;
  desc: Text;
  /** The expected first response, for the instructor. */
  response: Text;
  params: MalfunctionParamMeta[];
}

/** An interlock `I-01`…`I-14` (reference §7.3); its tags are `<id>.STATE` and `<id>.FO`. */
export interface InterlockMeta {
  id: string;
  unit: string;
  desc: Text;
  actions: Text;
  causes: { id: string; desc: Text }[];
}

export interface Catalog {
  tags: TagMeta[];
  loops: LoopMeta[];
  equipment: EquipmentMeta[];
  /** Instructor malfunctions (additive; absent on plants without them). */
  malfunctions?: MalfunctionMeta[];
  /** Safety interlocks (additive). */
  interlocks?: InterlockMeta[];
  /** Built-in snapshot names (additive); `snapshot list` gives the current list. */
  snapshots?: string[];
}

export type ClockRunState = 'running' | 'frozen';

/** The plant clock as the simulator reports it. */
export interface ClockState {
  state: ClockRunState;
  /** Speed multiple of real time (1…50) or 'max' for headless runs. */
  speed: number | 'max';
  /** Plant time, epoch ms. Never decreases. */
  t: number;
}

/** Values of every catalog tag after a runner tick, in catalog order. */
export interface TagFrame {
  /** Frame sequence number, +1 per frame. */
  seq: number;
  /** Plant time of the values, epoch ms. */
  t: number;
  /** Value per catalog tag (discrete: state index). */
  v: number[];
  /** Quality per catalog tag. */
  q: QualityCode[];
  clock: ClockState;
}

/** Commands the simulator accepts (validated by `parseSimCommand`). */
export type SimCommand =
  /** Write a loop parameter (`.SP`, `.OP`: number; `.MODE`: `MAN|AUTO|CAS`) or an equipment command (`START`…). */
  | { type: 'write'; tag: string; value: number | string }
  | { type: 'clock'; action: 'run' | 'freeze' }
  | { type: 'clock'; action: 'speed'; speed: number | 'max' }
  /** Inject a malfunction with optional parameters (`magnitude`, `rampS`, `delayS`, its own). */
  | { type: 'malfunction'; id: string; params?: Record<string, number> }
  | { type: 'clearMalfunction'; id: string }
  /** Bypass an interlock on or off (the server requires and audits a reason). */
  | { type: 'bypass'; interlock: string; on: boolean }
  /** Reset a tripped interlock; refused while a cause is still active. */
  | { type: 'resetInterlock'; interlock: string }
  /** Save, restore or list named snapshots; restoring keeps the plant clock. */
  | { type: 'snapshot'; action: 'save' | 'restore'; name: string }
  | { type: 'snapshot'; action: 'list' };

export type SimReply =
  | { ok: true; old?: number | string; new?: number | string; names?: string[] }
  | { ok: false; code: SimErrorCode; detail?: string };

export interface SimToServerEvents {
  /** Sent once on connect, before the first frame. */
  catalog: (catalog: Catalog) => void;
  frame: (frame: TagFrame) => void;
}

export interface ServerToSimEvents {
  command: (cmd: SimCommand, ack: (reply: SimReply) => void) => void;
}
