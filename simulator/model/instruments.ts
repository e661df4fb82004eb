/**
 * Helpers that turn a unit's instrument list into sensors, loops and tag points, so each unit file
 * holds its physics and its tag table, not plumbing.
 */
import { Loop, type LoopMode } from '../control/loop.ts';
import type { PidTuning } from '../control/pid.ts';
import type { QualityCode, TagMeta, Text } from '../protocol.ts';
import { indicatorPoint, type TagPoint } from './point.ts';
import { Sensor } from './sensor.ts';

/** A measured indicator: tag data, transmitter lag/noise, and the true value it measures. */
export interface IndicatorDef {
  tag: string;
  desc: Text;
  eu: string;
  lo: number;
  hi: number;
  normal?: [number, number];
  decimals: number;
  /** Transmitter lag, s; noise: absolute (EU) and relative to the reading. */
  lagS: number;
  noiseAbs?: number;
  noiseRel?: number;
  truth: () => number;
}

export class Indicators {
  readonly defs: readonly IndicatorDef[];
  readonly sensors: Sensor[];
  readonly unit: string;

  constructor(unit: string, defs: readonly IndicatorDef[], seed: number) {
    this.unit = unit;
    this.defs = defs;
    this.sensors = defs.map(
      (d) => new Sensor({ name: d.tag, lo: d.lo, hi: d.hi, lagS: d.lagS, noiseAbs: d.noiseAbs ?? 0, noiseRel: d.noiseRel ?? 0 }, seed, d.truth()),
    );
  }

  update(dtS: number): void {
    const { defs, sensors } = this;
    for (let i = 0; i < defs.length; i++) sensors[i]!.update(defs[i]!.truth(), dtS);
  }

  points(): TagPoint[] {
    return this.defs.map((d, i) => {
      const meta: TagMeta = { name: d.tag, unit: this.unit, desc: d.desc, eu: d.eu, lo: d.lo, hi: d.hi, decimals: d.decimals, writable: false };
      if (d.normal) meta.normal = d.normal;
      return indicatorPoint(meta, this.sensors[i]!);
    });
  }

  sensorEntries(): [string, Sensor][] {
    return this.defs.map((d, i) => [d.tag, this.sensors[i]!]);
  }

  /** The sensor of one tag (throws if absent: a wiring error). */
  sensor(tag: string): Sensor {
    const i = this.defs.findIndex((d) => d.tag === tag);
    if (i < 0) throw new Error(`no indicator ${tag}`);
    return this.sensors[i]!;
  }
}

/** A calculated or discrete point with no transmitter (counters, states, computed values). */
export function calcPoint(meta: Omit<TagMeta, 'writable'>, read: () => number, quality: () => QualityCode = () => 0): TagPoint {
  return { meta: { ...meta, writable: false }, read, quality };
}

export interface LoopDef {
  name: string;
  desc: Text;
  eu: string;
  lo: number;
  hi: number;
  decimals: number;
  normal?: [number, number];
  tuning: PidTuning;
  mode: LoopMode;
  sp: number;
  op: number;
  /** Transmitter of the PV. */
  lagS: number;
  noiseAbs?: number;
  noiseRel?: number;
  /** True PV, engineering units. */
  truth: () => number;
}

/** A loop with its own transmitter; `measure` updates the transmitter from the truth. */
export class MeasuredLoop {
  readonly loop: Loop;
  readonly sensor: Sensor;
  readonly def: LoopDef;

  constructor(unit: string, def: LoopDef, seed: number) {
    this.def = def;
    this.sensor = new Sensor(
      { name: `${def.name}.PV`, lo: def.lo, hi: def.hi, lagS: def.lagS, noiseAbs: def.noiseAbs ?? 0, noiseRel: def.noiseRel ?? 0 },
      seed,
      def.truth(),
    );
    const cfg = { name: def.name, unit, desc: def.desc, eu: def.eu, lo: def.lo, hi: def.hi, decimals: def.decimals, pv: this.sensor, tuning: def.tuning, mode: def.mode, sp: def.sp, op: def.op };
    this.loop = new Loop(def.normal ? { ...cfg, normal: def.normal } : cfg);
  }

  measure(dtS: number): void {
    this.sensor.update(this.def.truth(), dtS);
  }
}

/** Standard tunings of §7.2 on % of span. */
export const FLOW_PI: PidTuning = { kc: 0.5, tiS: 12, tdS: 0, beta: 1, gamma: 0, action: 'reverse' };
export const SLOW_PI = (tiS: number, action: 'direct' | 'reverse', kc = 1): PidTuning => ({ kc, tiS, tdS: 0, beta: 1, gamma: 0, action });
export const P_ONLY = (kc: number, action: 'direct' | 'reverse'): PidTuning => ({ kc, tiS: Infinity, tdS: 0, beta: 1, gamma: 0, action });
