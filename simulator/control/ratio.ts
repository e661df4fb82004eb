/**
 * A ratio station (FFIC): PV = controlled flow / wild flow; in AUTO its output is the slave's set
 * point, ratio × wild flow, as % of the slave's range; in MAN the operator sets the output.
 */
import type { LoopMeta, Text } from '../protocol.ts';
import { checkRange, refuse, type TagPoint } from '../model/point.ts';
import { clamp } from '../model/units.ts';
import type { Measured } from './loop.ts';

const MODES = ['MAN', 'AUTO', 'CAS'] as const;

export interface RatioConfig {
  name: string;
  unit: string;
  desc: Text;
  /** Ratio engineering unit and range, e.g. kg/m³ 0–60. */
  eu: string;
  lo: number;
  hi: number;
  normal?: [number, number];
  /** Wild flow (not controlled here) and controlled flow, as measured. */
  wild: Measured;
  controlled: Measured;
  /** Range of the slave's SP, for the OP in %. */
  slaveLo: number;
  slaveHi: number;
  /** Slave name for the catalog. */
  slave: string;
  ratio: number;
}

export class RatioStation {
  readonly config: RatioConfig;
  mode: 'MAN' | 'AUTO' = 'AUTO';
  /** Ratio set point, EU. */
  sp: number;
  private manualOp = 0;

  constructor(config: RatioConfig) {
    this.config = config;
    this.sp = config.ratio;
    this.manualOp = this.autoOp();
  }

  get name(): string {
    return this.config.name;
  }

  /** Output, % of the slave's range. */
  get op(): number {
    return this.mode === 'AUTO' ? this.autoOp() : this.manualOp;
  }

  get pv(): number {
    const w = this.config.wild.value;
    return w > 0.05 ? clamp(this.config.controlled.value / w, this.config.lo, this.config.hi) : 0;
  }

  private autoOp(): number {
    const { slaveLo, slaveHi } = this.config;
    return clamp(((this.sp * Math.max(0, this.config.wild.value) - slaveLo) / (slaveHi - slaveLo)) * 100, 0, 100);
  }

  meta(): LoopMeta {
    const { name, unit, desc, slave } = this.config;
    return { name, unit, desc, slave, opEu: '%' };
  }

  points(): TagPoint[] {
    const { name, unit, desc, eu, lo, hi, normal } = this.config;
    const m = (p: string, en: string, zh: string) => ({ name: `${name}.${p}`, unit, desc: { en: `${desc.en} — ${en}`, zh: `${desc.zh} ${zh}` } });
    const pvMeta = { ...m('PV', 'measured value', '测量值'), eu, lo, hi, decimals: 1, writable: false, ...(normal ? { normal } : {}) };
    const spMeta = { ...m('SP', 'set point', '设定值'), eu, lo, hi, decimals: 1, writable: true };
    const opMeta = { ...m('OP', 'output', '输出'), eu: '%', lo: 0, hi: 100, decimals: 1, writable: true };
    return [
      { meta: pvMeta, read: () => this.pv, quality: () => Math.max(this.config.wild.quality, this.config.controlled.quality) as 0 | 1 | 2 },
      {
        meta: spMeta, read: () => this.sp, quality: () => 0,
        write: (v) => {
          if (typeof v !== 'number') return refuse('INVALID_VALUE', `${name}.SP must be a number`);
          if (this.mode !== 'AUTO') return refuse('MODE_FORBIDS', `${name}.SP is writable in AUTO only`);
          const bad = checkRange(spMeta, v);
          if (bad) return bad;
          const old = this.sp;
          this.sp = v;
          return { ok: true, old, new: v };
        },
      },
      {
        meta: opMeta, read: () => this.op, quality: () => 0,
        write: (v) => {
          if (typeof v !== 'number') return refuse('INVALID_VALUE', `${name}.OP must be a number`);
          if (this.mode !== 'MAN') return refuse('MODE_FORBIDS', `${name}.OP is writable in MAN only`);
          const bad = checkRange(opMeta, v);
          if (bad) return bad;
          const old = this.manualOp;
          this.manualOp = v;
          return { ok: true, old, new: v };
        },
      },
      {
        meta: { ...m('MODE', 'mode', '模式'), eu: '', lo: 0, hi: 2, decimals: 0, states: [...MODES], writable: true },
        read: () => MODES.indexOf(this.mode), quality: () => 0,
        write: (v) => {
          if (v !== 'MAN' && v !== 'AUTO') return refuse(v === 'CAS' ? 'MODE_FORBIDS' : 'INVALID_VALUE', `${name}.MODE is MAN or AUTO`);
          const old = this.mode;
          if (v === 'MAN') this.manualOp = this.op;
          this.mode = v;
          return { ok: true, old, new: v };
        },
      },
    ];
  }
}
