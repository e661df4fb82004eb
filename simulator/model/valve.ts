/**
 * A control valve: the actuator follows the demanded opening with a first-order lag, and the
 * flow is the inherent characteristic times the flow at full opening (reference §3.3).
 */
import { clamp, lagFraction } from './units.ts';

export type ValveCharacteristic = 'linear' | 'equal-percentage';

export interface ValveSpec {
  /** Flow at 100 % opening, m³/h. */
  maxFlow: number;
  /** Actuator time constant, s (5–9 s for liquid valves, §3.3). */
  tauS: number;
  characteristic: ValveCharacteristic;
  /** Rangeability R of an equal-percentage trim (≈ 50). */
  rangeability?: number;
}

export class ControlValve {
  readonly spec: ValveSpec;
  /** Stem position, % open. */
  position: number;
  /** Malfunction: the stem sticks where it is (§7.4 #9). */
  stuck = false;
  private lagDt = Number.NaN;
  private lagF = 0;

  constructor(spec: ValveSpec, position: number) {
    this.spec = spec;
    this.position = clamp(position, 0, 100);
  }

  /** Moves the stem towards `demand` (% open) for `dtS` seconds. */
  update(demand: number, dtS: number): void {
    if (this.stuck) return;
    const target = clamp(demand, 0, 100);
    if (dtS !== this.lagDt) {
      this.lagDt = dtS;
      this.lagF = lagFraction(dtS, this.spec.tauS);
    }
    this.position += (target - this.position) * this.lagF;
  }

  /** Flow through the valve, m³/h. */
  get flow(): number {
    return this.spec.maxFlow * flowFraction(this.position, this.spec);
  }

  /** The opening (% open) that passes `flow` m³/h: the inverse of the characteristic. */
  positionFor(flow: number): number {
    const f = clamp(flow / this.spec.maxFlow, 0, 1);
    if (this.spec.characteristic === 'linear') return 100 * f;
    const r = this.spec.rangeability ?? 50;
    return (100 * Math.log(1 + f * (r - 1))) / Math.log(r);
  }
}

/** Fraction of full flow at `position` % open: linear x, or equal-percentage (R^x − 1)/(R − 1). */
export function flowFraction(position: number, spec: ValveSpec): number {
  const x = clamp(position, 0, 100) / 100;
  if (spec.characteristic === 'linear') return x;
  const r = spec.rangeability ?? 50;
  return (Math.pow(r, x) - 1) / (r - 1);
}
