/**
 * `npm run bench`: measured figures, printed as a table and written to bench-results.json.
 * Nothing here asserts a time; the numbers go into issue notes.
 */
import { writeFileSync } from 'node:fs';
import { createPlant } from '../../simulator/index.ts';
import { connect, login, startRig } from '../integration/harness.ts';
import type { CommandReply } from '../../server/protocol.ts';

interface Row {
  name: string;
  value: number;
  unit: string;
  target?: string;
}
const rows: Row[] = [];

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

// 1. Headless plant speed: plant seconds per wall second at 'max'.
{
  const plant = createPlant({ seed: 1 });
  const plantS = 4 * 3600;
  const t0 = performance.now();
  plant.step(plantS);
  const wallS = (performance.now() - t0) / 1000;
  rows.push({ name: 'plant speed at max (4 h of plant time)', value: Math.round(plantS / wallS), unit: 'plant s / wall s', target: '≥ 1000' });
}

// 2. Command round trip through the whole chain: console → server (audit) → simulator → ack.
{
  const rig = await startRig();
  const cookie = await login(rig.server, 'operator');
  const c = await connect(rig.server, cookie);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    const r: CommandReply = await c.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.SP', value: i % 2 ? 116.8 : 116.9 });
    if (!r.ok) throw new Error(`command refused: ${r.code}`);
    times.push(performance.now() - t0);
  }
  rows.push({ name: 'command round trip p50 (300 SP writes)', value: +quantile(times, 0.5).toFixed(2), unit: 'ms' });
  rows.push({ name: 'command round trip p99', value: +quantile(times, 0.99).toFixed(2), unit: 'ms' });

  // 3. Snapshot size a new console receives.
  rows.push({ name: 'snapshot size', value: JSON.stringify(c.snapshots[0]).length, unit: 'bytes' });
  c.close();
  await rig.stop();
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(width)}  value        unit              target`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padEnd(11)}  ${r.unit.padEnd(16)}  ${r.target ?? ''}`);
writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
console.log('\nwritten to bench-results.json');
process.exit(0);
