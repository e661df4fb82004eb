/**
 * PID in ISA (standard) form on percent of span (reference §3.3):
 *   OP = reset + Kc·[(β·SP − PV) + τD·d(γ·SP − PV)/dt],  reset' = Kc/τI·(SP − PV)
 * for reverse action (direct action flips the sign of every term). `reset` holds the bias and the
 * integral; at an output limit it is back-calculated so the output leaves the limit as soon as the
 * error reverses (anti-reset-windup). While the loop is not computing (manual, tracking) `track`
 * back-calculates it from the current output, so the next computed output starts there (bumpless).
 * The derivative acts through a first-order filter with time constant α·τD.
 */
import { clamp, lagFraction } from '../model/units.ts';

export type Action = 'direct' | 'reverse';

export interface PidTuning {
  /** Controller gain, % of output span per % of PV span. */
  kc: number;
  /** Integral (reset) time, s; Infinity for P-only. */
  tiS: number;
  /** Derivative time, s; 0 for none. */
  tdS: number;
  /** Set-point weight on the proportional term. */
  beta: number;
  /** Set-point weight on the derivative term. */
  gamma: number;
  /** Direct: output rises as PV rises. Reverse: output rises as PV falls. */
  action: Action;
  /** Derivative filter factor α (filter time constant α·τD). */
  alpha?: number;
}

/** PV span the percentages are taken on, engineering units. */
export interface Span {
  lo: number;
  hi: number;
}

export const OP_MIN = 0; // %
export const OP_MAX = 100; // %

export class Pid {
  readonly tuning: PidTuning;
  readonly span: Span;
  /** Output, %. */
  out: number;
  /** Bias plus integral, %. */
  reset: number;
  /** Filtered derivative of (γ·SP − PV), % per s. */
  private dFilt = 0;
  /** Last (γ·SP − PV), %. */
  private dPrev: number | undefined;

  constructor(tuning: PidTuning, span: Span, out: number) {
    this.tuning = tuning;
    this.span = span;
    this.out = out;
    this.reset = out;
  }

  /** One controller execution of `dtS` seconds; returns the new output, %. */
  update(sp: number, pv: number, dtS: number): number {
    const { kc, tiS, tdS, beta, gamma } = this.tuning;
    const sign = this.tuning.action === 'reverse' ? 1 : -1;
    const spPct = this.pct(sp);
    const pvPct = this.pct(pv);
    const dNow = gamma * spPct - pvPct;

    if (tdS > 0 && this.dPrev !== undefined) {
      const raw = (dNow - this.dPrev) / dtS;
      this.dFilt += (raw - this.dFilt) * lagFraction(dtS, (this.tuning.alpha ?? 0.1) * tdS);
    }
    this.dPrev = dNow;

    const integralActive = Number.isFinite(tiS);
    if (integralActive) this.reset += (sign * kc * (spPct - pvPct) * dtS) / tiS;
    const pd = sign * kc * (beta * spPct - pvPct + tdS * this.dFilt);
    const raw = this.reset + pd;
    this.out = clamp(raw, OP_MIN, OP_MAX);
    if (integralActive && raw !== this.out) this.reset = this.out - pd;
    return this.out;
  }

  /** Holds the output at `out` (manual or tracking) so a later `update` continues from it. */
  track(out: number, sp: number, pv: number): void {
    const { kc, beta, gamma } = this.tuning;
    const sign = this.tuning.action === 'reverse' ? 1 : -1;
    this.out = clamp(out, OP_MIN, OP_MAX);
    this.dFilt = 0;
    this.dPrev = gamma * this.pct(sp) - this.pct(pv);
    this.reset = this.out - sign * kc * (beta * this.pct(sp) - this.pct(pv));
  }

  private pct(x: number): number {
    return ((x - this.span.lo) / (this.span.hi - this.span.lo)) * 100;
  }
}
