/**
 * An on/off (ESD) valve XV: commanded OPEN/CLOSE, stem travels at a constant rate (travel time),
 * position switches ZSO/ZSC give the state OPEN / CLOSED / TRAVEL. The safety system may force it;
 * losing instrument air drives it to its fail-safe position (reference §3.3, §7.3 I-13).
 */
import type { EquipmentMeta, Text } from '../protocol.ts';
import { forcedBy, forcedValue, type Forces } from './forces.ts';
import { refuse, type TagPoint } from './point.ts';

export const XV_STATES = ['CLOSED', 'OPEN', 'TRAVEL'] as const;
export const XV_COMMANDS = ['OPEN', 'CLOSE'] as const;

export interface OnOffValveSpec {
  name: string;
  unit: string;
  desc: Text;
  /** Full stroke time, s. */
  travelS: number;
  /** Position without air or power. */
  failSafe: 'open' | 'closed';
}

export class OnOffValve {
  readonly spec: OnOffValveSpec;
  /** Operator's (or sequence's) command: true = open. */
  commandOpen: boolean;
  /** Stem position, 0 closed … 1 open. */
  position: number;
  /** Interlocks holding the valve: true = open, false = closed. */
  forces: Forces<boolean> = {};
  /** Instrument air present (false drives the valve to fail-safe). */
  airOk = true;
  /** Malfunction: the stem does not move. */
  stuck = false;
  /** Start permissive for OPEN: returns what is missing, or null. */
  permissive: (() => string | null) | undefined;

  constructor(spec: OnOffValveSpec, open: boolean) {
    this.spec = spec;
    this.commandOpen = open;
    this.position = open ? 1 : 0;
  }

  /** Where the stem is going: air loss, then forces, then the command. */
  get targetOpen(): boolean {
    if (!this.airOk) return this.spec.failSafe === 'open';
    return forcedValue(this.forces) ?? this.commandOpen;
  }

  update(dtS: number): void {
    if (this.stuck) return;
    const rate = dtS / this.spec.travelS;
    this.position = this.targetOpen ? Math.min(1, this.position + rate) : Math.max(0, this.position - rate);
  }

  /** Fraction of flow the valve passes (quick-opening trim: full flow above 30 % stroke). */
  get flowFactor(): number {
    return Math.min(1, this.position / 0.3);
  }

  /** 0 CLOSED (ZSC), 1 OPEN (ZSO), 2 TRAVEL (neither). */
  get state(): number {
    if (this.position >= 1) return 1;
    if (this.position <= 0) return 0;
    return 2;
  }

  /** Releases a force: the valve stays where the interlock put it. */
  release(id: string): void {
    const v = this.forces[id];
    if (v === undefined) return;
    delete this.forces[id];
    this.commandOpen = v;
  }

  command(value: number | string): ReturnType<NonNullable<TagPoint['write']>> {
    if (value !== 'OPEN' && value !== 'CLOSE') return refuse('INVALID_VALUE', `${this.spec.name} accepts OPEN or CLOSE`);
    const open = value === 'OPEN';
    const forced = forcedValue(this.forces);
    if (forced !== undefined && forced !== open) {
      return refuse('PERMISSIVE_MISSING', `${this.spec.name} is held ${forced ? 'open' : 'closed'} by ${forcedBy(this.forces)}`);
    }
    if (open && this.permissive) {
      const missing = this.permissive();
      if (missing) return refuse('PERMISSIVE_MISSING', `${this.spec.name}: ${missing}`);
    }
    const old = XV_STATES[this.state];
    this.commandOpen = open;
    return { ok: true, old, new: open ? 'OPEN' : 'CLOSED' };
  }

  /**
   * Its tags: the position state `XV-…` (written with OPEN/CLOSE), and `XV-….CMD`, where the stem is
   * being driven (command, interlock force or fail-safe), for discrepancy alarms.
   */
  points(): TagPoint[] {
    const { name, unit, desc } = this.spec;
    return [
      {
        meta: { name, unit, desc, eu: '', lo: 0, hi: 2, decimals: 0, states: [...XV_STATES], writable: true },
        read: () => this.state,
        quality: () => 0,
        write: (v) => this.command(v),
      },
      {
        meta: {
          name: `${name}.CMD`, unit, eu: '', lo: 0, hi: 1, decimals: 0, states: ['CLOSED', 'OPEN'], writable: false,
          desc: { en: `${desc.en}: driven to`, zh: `${desc.zh}：指令位置` },
        },
        read: () => (this.targetOpen ? 1 : 0),
        quality: () => 0,
      },
    ];
  }

  equipment(): EquipmentMeta {
    const { name, unit, desc } = this.spec;
    return { name, unit, desc, commands: [...XV_COMMANDS] };
  }
}
