/**
 * Seeded pseudo-random numbers for sensor noise: mulberry32 (32-bit state) for uniforms and
 * Box–Muller for standard normals. Same seed ⇒ same sequence, on every platform.
 */

/** A stream of random numbers. */
export interface Prng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number;
}

/** 32-bit FNV-1a hash of a string, so each sensor gets its own stream from one plant seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A stream seeded by `seed` (any number; taken modulo 2³²) and an optional stream name.
 * Its state is plain fields, so a snapshot of the plant copies it.
 */
export function createPrng(seed: number, stream = ''): Prng {
  return new Mulberry32((Math.trunc(seed) ^ hashString(stream)) >>> 0);
}

class Mulberry32 implements Prng {
  state: number;
  /** Second normal of the last Box–Muller pair, NaN when none is pending. */
  spare = Number.NaN;

  constructor(state: number) {
    this.state = state;
  }

  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  }

  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = Number.NaN;
      return z;
    }
    const u1 = 1 - this.uniform(); // (0, 1], so log is finite
    const u2 = this.uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }
}
