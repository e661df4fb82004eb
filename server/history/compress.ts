/**
 * Exception compression (pure): a sample is stored when it leaves the tag's deadband around the
 * last stored value, when its quality changes, or when the maximum interval has passed since the
 * last stored sample (so a flat value still gets points). Before a stored jump, the last sample
 * held back is stored too, so a step stays a step and does not become a slow ramp.
 */
import type { QualityCode, TagMeta } from '../../simulator/protocol.ts';

/** One sample as the historian keeps it. */
export interface Sample {
  /** Index of the tag in the compressor's tag list. */
  i: number;
  /** Plant time, epoch ms. */
  t: number;
  /** Value in engineering units (discrete: state index). */
  v: number;
  /** 0 good, 1 uncertain, 2 bad. */
  q: QualityCode;
}

/** Fraction of the instrument range that counts as "no change" for analog tags. */
export const DEADBAND_FRACTION = 0.001;
/** Longest plant time between two stored samples of a tag, ms. */
export const MAX_INTERVAL_MS = 60_000;

/** The deadband of a tag, engineering units: 0.1 % of its range; discrete tags store every change. */
export function deadbandOf(meta: Pick<TagMeta, 'lo' | 'hi' | 'states'>): number {
  if (meta.states) return 0;
  const span = meta.hi - meta.lo;
  return Number.isFinite(span) && span > 0 ? span * DEADBAND_FRACTION : 0;
}

export class Compressor {
  readonly deadbands: Float64Array;
  readonly maxIntervalMs: number;
  #lastT: Float64Array;
  #lastV: Float64Array;
  #lastQ: Int8Array;
  #heldT: Float64Array;
  #heldV: Float64Array;
  #heldQ: Int8Array;

  constructor(deadbands: readonly number[], maxIntervalMs = MAX_INTERVAL_MS) {
    const n = deadbands.length;
    this.deadbands = Float64Array.from(deadbands);
    this.maxIntervalMs = maxIntervalMs;
    this.#lastT = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    this.#lastV = new Float64Array(n);
    this.#lastQ = new Int8Array(n).fill(-1);
    this.#heldT = new Float64Array(n).fill(Number.NaN);
    this.#heldV = new Float64Array(n);
    this.#heldQ = new Int8Array(n);
  }

  get size(): number {
    return this.deadbands.length;
  }

  /** Offers one sample; pushes onto `out` what must be stored (0, 1 or 2 samples). */
  offer(i: number, t: number, v: number, q: QualityCode, out: Sample[]): void {
    const lastT = this.#lastT[i]!;
    if (!(t > lastT)) {
      // same time as the last stored sample: only a quality change is worth a correction
      if (t === lastT && q !== this.#lastQ[i]) this.#store(i, t, v, q, out);
      return;
    }
    const moved =
      q !== this.#lastQ[i] ||
      (q !== 2 && Math.abs(v - this.#lastV[i]!) > this.deadbands[i]!) ||
      Number.isNaN(v) !== Number.isNaN(this.#lastV[i]!);
    if (!moved && t - lastT < this.maxIntervalMs) {
      this.#heldT[i] = t;
      this.#heldV[i] = v;
      this.#heldQ[i] = q;
      return;
    }
    const heldT = this.#heldT[i]!;
    if (moved && heldT > lastT) out.push({ i, t: heldT, v: this.#heldV[i]!, q: this.#heldQ[i] as QualityCode });
    this.#store(i, t, v, q, out);
  }

  /** Forces a sample into storage (e.g. a bad-quality marker when the source is lost). */
  force(i: number, t: number, v: number, q: QualityCode, out: Sample[]): void {
    if (t < this.#lastT[i]!) return;
    this.#store(i, t, v, q, out);
  }

  /** Plant time of the last stored sample of tag `i` (-Infinity before the first). */
  lastT(i: number): number {
    return this.#lastT[i]!;
  }

  lastV(i: number): number {
    return this.#lastV[i]!;
  }

  #store(i: number, t: number, v: number, q: QualityCode, out: Sample[]): void {
    out.push({ i, t, v, q });
    this.#lastT[i] = t;
    this.#lastV[i] = v;
    this.#lastQ[i] = q;
    this.#heldT[i] = Number.NaN;
  }
}
