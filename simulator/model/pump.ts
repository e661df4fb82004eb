/**
 * Centrifugal pumps: run / stop / trip, a quadratic curve H = H0 − k·Q², motor current from the
 * hydraulic power, and an A/B pair whose standby starts itself on low discharge pressure
 * (reference §3.3 "Pump", [assumption] for the auto-start practice).
 */
import type { EquipmentMeta, Text } from '../protocol.ts';
import { forcedBy, forcedValue, type Forces } from './forces.ts';
import { refuse, type TagPoint } from './point.ts';
import { clamp, lagFraction } from './units.ts';

export const PUMP_STATES = ['STOPPED', 'RUNNING', 'TRIPPED'] as const;
export const PUMP_COMMANDS = ['START', 'STOP'] as const;

export interface PumpSpec {
  name: string;
  unit: string;
  desc: Text;
  /** Shut-off head as discharge pressure, MPa(g). */
  h0: number;
  /** Curve coefficient, MPa/(m³/h)². */
  k: number;
  /** Current at the rated point, A, and at zero flow, A. */
  ratedA: number;
  noLoadA: number;
  /** Rated flow, m³/h. */
  ratedFlow: number;
  /** Run-up time constant, s. */
  tauS: number;
}

export class Pump {
  readonly spec: PumpSpec;
  running: boolean;
  tripped = false;
  /** Speed as a fraction of rated (run-up / run-down lag). */
  speed: number;
  /** Interlocks holding the pump stopped. */
  forces: Forces<boolean> = {};
  permissive: (() => string | null) | undefined;

  constructor(spec: PumpSpec, running: boolean) {
    this.spec = spec;
    this.running = running;
    this.speed = running ? 1 : 0;
  }

  update(dtS: number): void {
    if (forcedValue(this.forces) === false) this.running = false;
    const target = this.running && !this.tripped ? 1 : 0;
    this.speed += (target - this.speed) * lagFraction(dtS, this.spec.tauS);
    if (target === 0 && this.speed < 1e-3) this.speed = 0;
  }

  /** Trips the motor (overload, undervoltage, malfunction); needs a START to run again. */
  trip(): void {
    if (!this.running) return;
    this.running = false;
    this.tripped = true;
  }

  /** Discharge pressure at flow q (m³/h), MPa(g): affinity laws on the speed. */
  pressureAt(q: number): number {
    const s = this.speed;
    return Math.max(0, this.spec.h0 * s * s - this.spec.k * q * q);
  }

  /** Motor current at flow q, A: no-load + part ∝ hydraulic power (p·q) relative to the rated point. */
  currentAt(q: number): number {
    if (this.speed <= 0) return 0;
    const { h0, k, ratedFlow, ratedA, noLoadA } = this.spec;
    const ratedPower = (h0 - k * ratedFlow * ratedFlow) * ratedFlow;
    return noLoadA * this.speed + (ratedA - noLoadA) * clamp((this.pressureAt(q) * q) / ratedPower, 0, 2);
  }

  get state(): number {
    if (this.tripped) return 2;
    return this.running ? 1 : 0;
  }

  command(value: number | string): ReturnType<NonNullable<TagPoint['write']>> {
    if (value !== 'START' && value !== 'STOP') return refuse('INVALID_VALUE', `${this.spec.name} accepts START or STOP`);
    const old = PUMP_STATES[this.state];
    if (value === 'START') {
      if (forcedValue(this.forces) === false) return refuse('PERMISSIVE_MISSING', `${this.spec.name} is held stopped by ${forcedBy(this.forces)}`);
      const missing = this.permissive?.();
      if (missing) return refuse('PERMISSIVE_MISSING', `${this.spec.name}: ${missing}`);
    }
    this.running = value === 'START';
    this.tripped = false;
    return { ok: true, old, new: PUMP_STATES[this.state] };
  }

  point(): TagPoint {
    const { name, unit, desc } = this.spec;
    return {
      meta: { name, unit, desc, eu: '', lo: 0, hi: 2, decimals: 0, states: [...PUMP_STATES], writable: true },
      read: () => this.state,
      quality: () => 0,
      write: (v) => this.command(v),
    };
  }

  equipment(): EquipmentMeta {
    const { name, unit, desc } = this.spec;
    return { name, unit, desc, commands: [...PUMP_COMMANDS] };
  }
}

/**
 * Duty A + standby B into one discharge line through a control valve. The line flow solves
 * q² = a·p(q) with a = (Qmax·f(x))²/pRef, p(q) = H0·s² − k·q² (closed form).
 */
export class PumpPair {
  readonly a: Pump;
  readonly b: Pump;
  /** Standby auto-start threshold on discharge pressure, MPa(g), and confirmation time, s. */
  readonly lowP: number;
  readonly confirmS: number;
  autoStart = true;
  /** Discharge pressure, MPa(g); flow, m³/h. */
  pressure = 0;
  flow = 0;
  private lowForS = 0;

  constructor(a: Pump, b: Pump, lowP: number, confirmS = 2) {
    this.a = a;
    this.b = b;
    this.lowP = lowP;
    this.confirmS = confirmS;
  }

  /**
   * Solves the line for a valve passing `cvFlow` m³/h at the reference pressure `pRef` MPa, then
   * starts the standby if pressure stays low while a pump is wanted.
   */
  update(dtS: number, cvFlow: number, pRef: number): void {
    this.a.update(dtS);
    this.b.update(dtS);
    const s = Math.max(this.a.speed, this.b.speed);
    const h0 = this.a.spec.h0 * s * s;
    const k = this.a.spec.k;
    const aCoef = (cvFlow * cvFlow) / pRef;
    this.flow = Math.sqrt((aCoef * h0) / (1 + aCoef * k));
    this.pressure = Math.max(0, h0 - k * this.flow * this.flow);
    const wanted = this.a.running || this.b.running || this.a.tripped || this.b.tripped;
    if (this.autoStart && wanted && this.pressure < this.lowP) {
      this.lowForS += dtS;
      if (this.lowForS >= this.confirmS) {
        const starting = [this.a, this.b].some((p) => p.running && p.speed < 0.9);
        const standby = [this.a, this.b].find((p) => !p.running && !p.tripped && forcedValue(p.forces) === undefined);
        if (standby && !starting) standby.running = true;
        this.lowForS = 0;
      }
    } else {
      this.lowForS = 0;
    }
  }

  /** Current of each pump, A (the running one carries the flow). */
  currentOf(p: Pump): number {
    const share = this.a.speed + this.b.speed > 0 ? p.speed / (this.a.speed + this.b.speed) : 0;
    return p.currentAt(this.flow * share);
  }
}
