/**
 * Agitator motor M-5301: RUNNING / STOPPED, speed with spin-up and spin-down lags, motor current,
 * and its effect on the jacket heat-transfer coefficient. Laws are [assumption] (MODEL.md §4).
 */
import { clamp, lagFraction } from './units.ts';

export interface AgitatorSpec {
  /** Rated speed, rpm. */
  ratedRpm: number;
  /** Spin-up time constant, s. */
  upTauS: number;
  /** Spin-down (coast) time constant, s. */
  downTauS: number;
  /** Current at rated speed, A. */
  ratedA: number;
  /** Current at zero load, A. */
  noLoadA: number;
  /** Fraction of UA left with the agitator stopped (§7.4 #3: agitator trip = UA −50 %). */
  uaFloor: number;
}

export class Agitator {
  readonly spec: AgitatorSpec;
  running: boolean;
  /** Shaft speed, rpm. */
  speed: number;

  constructor(spec: AgitatorSpec, running: boolean) {
    this.spec = spec;
    this.running = running;
    this.speed = running ? spec.ratedRpm : 0;
  }

  update(dtS: number): void {
    const { ratedRpm, upTauS, downTauS } = this.spec;
    const target = this.running ? ratedRpm : 0;
    this.speed += (target - this.speed) * lagFraction(dtS, this.running ? upTauS : downTauS);
  }

  /** Motor current, A: no-load current plus a load part ∝ speed³ (power of a stirrer), 0 when off. */
  get current(): number {
    if (!this.running) return 0;
    const n = clamp(this.speed / this.spec.ratedRpm, 0, 1.5);
    return this.spec.noLoadA + (this.spec.ratedA - this.spec.noLoadA) * n ** 3;
  }

  /** Multiplier on the nominal UA: floor + (1 − floor)·√(N/N₀); exactly 1 at rated speed. */
  get uaFactor(): number {
    const n = clamp(this.speed / this.spec.ratedRpm, 0, 1.5);
    return this.spec.uaFloor + (1 - this.spec.uaFloor) * Math.sqrt(n);
  }
}
