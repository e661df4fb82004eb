/**
 * A regulatory control loop as the operator sees it: PV, SP, OP and MODE (MAN / AUTO / CAS),
 * the mode rules for writes, bumpless transfer and cascade. The PID maths is in `pid.ts`.
 *
 * - MAN: OP is written by the operator; SP tracks PV.
 * - AUTO: SP is written by the operator; the PID computes OP.
 * - CAS (slave only): SP comes from the master's OP (0–100 % ↔ the slave's PV range).
 * - A master whose slave is not in CAS tracks it: its OP is back-calculated from the slave's SP,
 *   so closing the cascade does not bump the slave.
 * - A bad PV sheds the loop to MAN, holding its output (reference §7.4 #12).
 */
import type { LoopMeta, QualityCode, SimReply, TagMeta, Text } from '../protocol.ts';
import { checkRange, refuse, type TagPoint } from '../model/point.ts';
import { forcedBy, forcedValue, type Forces } from '../model/forces.ts';
import { clamp } from '../model/units.ts';
import { OP_MAX, OP_MIN, Pid, type PidTuning } from './pid.ts';

export const LOOP_MODES = ['MAN', 'AUTO', 'CAS'] as const;
export type LoopMode = (typeof LOOP_MODES)[number];

/** What a loop measures: a transmitter output and its quality. */
export interface Measured {
  readonly value: number;
  readonly quality: QualityCode;
}

export interface LoopConfig {
  /** Loop name, e.g. `TIC-5301`. */
  name: string;
  unit: string;
  desc: Text;
  /** PV engineering unit and range (also the range of SP). */
  eu: string;
  lo: number;
  hi: number;
  decimals: number;
  /** Normal operating band of the PV, engineering units. */
  normal?: [number, number];
  pv: Measured;
  tuning: PidTuning;
  mode: LoopMode;
  /** Initial set point, engineering units. */
  sp: number;
  /** Initial output, %. */
  op: number;
}

const PARAM_TEXT = {
  PV: { en: 'measured value', zh: '测量值' },
  SP: { en: 'set point', zh: '设定值' },
  OP: { en: 'output', zh: '输出' },
  MODE: { en: 'mode', zh: '模式' },
} as const;

export class Loop {
  readonly config: LoopConfig;
  readonly pid: Pid;
  mode: LoopMode;
  /** Set point, engineering units. */
  sp: number;
  /** What drives SP in CAS: a master loop or a ratio station (anything with an OP in %). */
  master: { readonly op: number } | undefined;
  slave: Loop | undefined;
  /** Interlocks holding the output (%), e.g. I-01 opens the CW valve fully. */
  overrides: Forces<number> = {};

  constructor(config: LoopConfig) {
    this.config = config;
    this.mode = config.mode;
    this.sp = config.sp;
    this.pid = new Pid(config.tuning, { lo: config.lo, hi: config.hi }, config.op);
  }

  /** Output, %. */
  get op(): number {
    return this.pid.out;
  }

  get name(): string {
    return this.config.name;
  }

  /** Makes `slave`'s SP follow this loop's OP when the slave is in CAS. */
  cascadeTo(slave: Loop): void {
    this.slave = slave;
    slave.master = this;
  }

  /** One execution; masters run before their slaves. */
  update(dtS: number): void {
    const { value: pv, quality } = this.config.pv;
    const pvBad = quality === 2;
    const held = forcedValue(this.overrides);
    if (held !== undefined) {
      this.mode = 'MAN';
      this.pid.track(held, this.sp, pv);
      return;
    }
    if (pvBad && this.mode !== 'MAN') this.mode = 'MAN';
    if (this.mode === 'MAN' && !pvBad) this.sp = clamp(pv, this.config.lo, this.config.hi);
    if (this.mode === 'CAS' && this.master) this.sp = this.fromPct(this.master.op);

    const slave = this.slave;
    if (slave && slave.mode !== 'CAS') {
      this.pid.track(slave.toPct(slave.sp), this.sp, pv);
    } else if (this.mode === 'MAN') {
      this.pid.track(this.pid.out, this.sp, pv);
    } else {
      this.pid.update(this.sp, pv, dtS);
    }
  }

  writeMode(value: number | string): SimReply {
    if (typeof value !== 'string' || !isLoopMode(value)) {
      return refuse('INVALID_VALUE', `${this.name}.MODE must be one of ${LOOP_MODES.join(', ')}`);
    }
    if (forcedValue(this.overrides) !== undefined) {
      return refuse('INTERLOCK_ACTIVE', `${this.name} is held by ${forcedBy(this.overrides)}`);
    }
    if (value === 'CAS' && !this.master) {
      return refuse('MODE_FORBIDS', `${this.name} has no cascade master`);
    }
    if (value !== 'MAN' && this.config.pv.quality === 2) {
      return refuse('MODE_FORBIDS', `${this.name}.PV is bad; only MAN is allowed`);
    }
    const old = this.mode;
    this.mode = value;
    return { ok: true, old, new: value };
  }

  writeSp(value: number | string): SimReply {
    if (typeof value !== 'number') return refuse('INVALID_VALUE', `${this.name}.SP must be a number`);
    if (this.mode !== 'AUTO') return refuse('MODE_FORBIDS', `${this.name}.SP is writable in AUTO only (mode ${this.mode})`);
    const outOfRange = checkRange(this.spMeta(), value);
    if (outOfRange) return outOfRange;
    const old = this.sp;
    this.sp = value;
    return { ok: true, old, new: value };
  }

  writeOp(value: number | string): SimReply {
    if (typeof value !== 'number') return refuse('INVALID_VALUE', `${this.name}.OP must be a number`);
    if (forcedValue(this.overrides) !== undefined) {
      return refuse('INTERLOCK_ACTIVE', `${this.name} is held by ${forcedBy(this.overrides)}`);
    }
    if (this.mode !== 'MAN') return refuse('MODE_FORBIDS', `${this.name}.OP is writable in MAN only (mode ${this.mode})`);
    if (this.slave && this.slave.mode !== 'CAS') {
      return refuse('MODE_FORBIDS', `${this.name}.OP tracks ${this.slave.name} while it is not in CAS`);
    }
    const outOfRange = checkRange(this.opMeta(), value);
    if (outOfRange) return outOfRange;
    const old = this.pid.out;
    this.pid.track(value, this.sp, this.config.pv.value);
    return { ok: true, old, new: this.pid.out };
  }

  /** The four tag points PV, SP, OP, MODE, in that order. */
  points(): TagPoint[] {
    const pv = this.config.pv;
    return [
      { meta: this.pvMeta(), read: () => pv.value, quality: () => pv.quality },
      { meta: this.spMeta(), read: () => this.sp, quality: () => 0, write: (v) => this.writeSp(v) },
      { meta: this.opMeta(), read: () => this.pid.out, quality: () => 0, write: (v) => this.writeOp(v) },
      {
        meta: this.modeMeta(),
        read: () => LOOP_MODES.indexOf(this.mode),
        quality: () => 0,
        write: (v) => this.writeMode(v),
      },
    ];
  }

  meta(): LoopMeta {
    const { name, unit, desc } = this.config;
    return this.slave ? { name, unit, desc, slave: this.slave.name, opEu: '%' } : { name, unit, desc, opEu: '%' };
  }

  /** A value in the PV range as % of span. */
  toPct(x: number): number {
    return ((x - this.config.lo) / (this.config.hi - this.config.lo)) * 100;
  }

  /** % of span as a value in the PV range. */
  fromPct(pct: number): number {
    return this.config.lo + (clamp(pct, OP_MIN, OP_MAX) / 100) * (this.config.hi - this.config.lo);
  }

  private paramMeta(param: keyof typeof PARAM_TEXT): Pick<TagMeta, 'name' | 'unit' | 'desc'> {
    const { name, unit, desc } = this.config;
    const p = PARAM_TEXT[param];
    return { name: `${name}.${param}`, unit, desc: { en: `${desc.en} — ${p.en}`, zh: `${desc.zh} ${p.zh}` } };
  }

  private pvMeta(): TagMeta {
    const { eu, lo, hi, decimals, normal } = this.config;
    const meta: TagMeta = { ...this.paramMeta('PV'), eu, lo, hi, decimals, writable: false };
    if (normal) meta.normal = normal;
    return meta;
  }

  private spMeta(): TagMeta {
    const { eu, lo, hi, decimals } = this.config;
    return { ...this.paramMeta('SP'), eu, lo, hi, decimals, writable: true };
  }

  private opMeta(): TagMeta {
    return { ...this.paramMeta('OP'), eu: '%', lo: OP_MIN, hi: OP_MAX, decimals: 1, writable: true };
  }

  private modeMeta(): TagMeta {
    return { ...this.paramMeta('MODE'), eu: '', lo: 0, hi: LOOP_MODES.length - 1, decimals: 0, states: [...LOOP_MODES], writable: true };
  }
}

function isLoopMode(x: string): x is LoopMode {
  return (LOOP_MODES as readonly string[]).includes(x);
}
