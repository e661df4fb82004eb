/**
 * A transmitter: first-order lag on the true value, Gaussian noise from a seeded stream, and the
 * fault modes an instructor can inject (reference §3.3 "Sensor model", §7.4 #10–#12).
 */
import type { QualityCode } from '../protocol.ts';
import { createPrng, type Prng } from './prng.ts';
import { clamp, lagFraction } from './units.ts';

export type SensorFault =
  | { kind: 'none' }
  /** Constant offset, engineering units. */
  | { kind: 'bias'; offset: number }
  /** Offset growing at `ratePerS` engineering units per second from the moment it is set. */
  | { kind: 'drift'; ratePerS: number }
  /** Output holds the value it had when the fault was set; quality stays good. */
  | { kind: 'freeze' }
  /** Output stuck at `value` (engineering units); quality stays good (§7.4 #18). */
  | { kind: 'stuck'; value: number }
  /** Signal out of range (below 0 % or above 100 % of span), quality bad. */
  | { kind: 'fail'; to: 'high' | 'low' };

export interface SensorSpec {
  /** Instrument name, e.g. `TT-5301`; also names its noise stream. */
  name: string;
  /** Instrument range, engineering units. */
  lo: number;
  hi: number;
  /** Time constant of the measurement lag, s. */
  lagS: number;
  /** Noise standard deviation: absolute part, engineering units. */
  noiseAbs: number;
  /** Noise standard deviation: part proportional to the reading (0.005 = 0.5 % of reading). */
  noiseRel: number;
}

/** A transmitter's output saturates just outside its range (4–20 mA signal 3.8…20.5 mA). */
const UNDER_RANGE = 0.0125; // fraction of span below lo
const OVER_RANGE = 0.03125; // fraction of span above hi
/** A failed transmitter reads well outside the range. */
const FAIL_MARGIN = 0.0625; // fraction of span beyond lo / hi

export class Sensor {
  readonly spec: SensorSpec;
  /** Output, engineering units. */
  value: number;
  quality: QualityCode = 0;
  fault: SensorFault = { kind: 'none' };
  /** Lagged true value, engineering units. */
  private lagged: number;
  private driftOffset = 0; // engineering units
  /** Lag factor for the last step length (steps are almost always equal). */
  private lagDt = Number.NaN;
  private lagF = 0;
  private readonly rng: Prng;

  constructor(spec: SensorSpec, seed: number, initial: number) {
    this.spec = spec;
    this.rng = createPrng(seed, spec.name);
    this.lagged = initial;
    this.value = initial;
    this.quality = this.qualityOf(initial);
  }

  setFault(fault: SensorFault): void {
    this.fault = fault;
    this.driftOffset = 0;
  }

  /** Measures `trueValue` (engineering units) after `dtS` seconds. */
  update(trueValue: number, dtS: number): void {
    const { lo, hi, lagS, noiseAbs, noiseRel } = this.spec;
    if (dtS !== this.lagDt) {
      this.lagDt = dtS;
      this.lagF = lagFraction(dtS, lagS);
    }
    this.lagged += (trueValue - this.lagged) * this.lagF;
    // Draw every step whatever the fault, so a fault does not shift the noise that follows.
    // A noiseless instrument draws nothing (its stream is its own, so no other sensor changes).
    const noise = noiseAbs === 0 && noiseRel === 0 ? 0 : this.rng.normal() * (noiseAbs + noiseRel * Math.abs(this.lagged));
    const span = hi - lo;
    let reading = this.lagged + noise;
    switch (this.fault.kind) {
      case 'none':
        break;
      case 'bias':
        reading += this.fault.offset;
        break;
      case 'drift':
        this.driftOffset += this.fault.ratePerS * dtS;
        reading += this.driftOffset;
        break;
      case 'freeze':
        return;
      case 'stuck':
        this.value = this.fault.value;
        this.quality = this.qualityOf(this.value);
        return;
      case 'fail':
        this.value = this.fault.to === 'high' ? hi + FAIL_MARGIN * span : lo - FAIL_MARGIN * span;
        this.quality = 2;
        return;
      default:
        return assertNever(this.fault);
    }
    this.value = clamp(reading, lo - UNDER_RANGE * span, hi + OVER_RANGE * span);
    this.quality = this.qualityOf(this.value);
  }

  /** Good inside the range, uncertain when saturated outside it. */
  private qualityOf(value: number): QualityCode {
    return value < this.spec.lo || value > this.spec.hi ? 1 : 0;
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled sensor fault ${JSON.stringify(x)}`);
}
