/** Workshop 5 as built so far: the units in catalog order. New units are appended here. */
import { Plant } from './plant.ts';
import { R5301 } from './r5301.ts';

export interface PlantOptions {
  /** Seed of all instrument noise. Same seed and same commands ⇒ same trajectory. */
  seed: number;
  /** Plant time at start, epoch ms. */
  startT?: number;
}

/** Default plant start: 2025-01-06 08:00 China Standard Time (00:00 UTC), a day shift. */
export const DEFAULT_START_T = Date.UTC(2025, 0, 6, 0, 0, 0);

/** Creates Workshop 5 at its normal operating point (steady state). */
export function createPlant({ seed, startT = DEFAULT_START_T }: PlantOptions): Plant {
  return new Plant([new R5301({ seed })], startT);
}
