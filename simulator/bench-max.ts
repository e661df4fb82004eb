/**
 * How fast the plant runs headless: `npx tsx simulator/bench-max.ts [plantHours]`.
 * Prints plant seconds per wall second (the speed ceiling of 'max').
 */
import { runFor } from './model/plant.ts';
import { createPlant } from './model/workshop5.ts';

const hours = Number(process.argv[2] ?? 24);
const plant = createPlant({ seed: 1 });
runFor(plant, 600); // warm-up
const t0 = performance.now();
runFor(plant, hours * 3600);
const wallS = (performance.now() - t0) / 1000;
const ratio = (hours * 3600) / wallS;
console.log(`${hours} plant h in ${wallS.toFixed(3)} wall s: ${Math.round(ratio).toLocaleString('en')} plant s per wall s (${(ratio / 0.5 / 1e3).toFixed(0)}k steps/s)`);
