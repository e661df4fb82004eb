/**
 * `npm run bench`: every benchmark module in this folder, printed as one table and written to
 * bench-results.json. Nothing here asserts a time; the figures go into issue notes.
 * A module exports `bench(): Promise<BenchRow[]>`; add it to SUITES.
 */
import { writeFileSync } from 'node:fs';
import type { BenchRow } from './row.ts';
import { bench as plant } from './plant.ts';
import { bench as commands, benchLinkLoss } from './commands.ts';

const SUITES: [string, () => Promise<BenchRow[]>][] = [
  ['plant', plant],
  ['commands', commands],
  ['link loss', benchLinkLoss],
  ['history', (await import('./history.ts')).bench],
  ['alarms', async () => (await import('./alarms.ts')).bench()],
];

const rows: BenchRow[] = [];
for (const [name, run] of SUITES) {
  process.stderr.write(`[bench] ${name}…\n`);
  rows.push(...(await run()));
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(width)}  ${'value'.padEnd(11)}  ${'unit'.padEnd(18)}  target`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padEnd(11)}  ${r.unit.padEnd(18)}  ${r.target ?? ''}`);
writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
console.log('\nwritten to bench-results.json');
process.exit(0);
