/** Headless plant speed: plant seconds per wall second at 'max'. */
import { createPlant } from '../../simulator/index.ts';
import type { BenchRow } from './row.ts';

export async function bench(): Promise<BenchRow[]> {
  const plant = createPlant({ seed: 1 });
  const plantS = 4 * 3600;
  const t0 = performance.now();
  plant.step(plantS);
  const wallS = (performance.now() - t0) / 1000;
  return [{ name: 'plant speed at max (4 h of plant time)', value: Math.round(plantS / wallS), unit: 'plant s / wall s', target: '≥ 1000' }];
}
