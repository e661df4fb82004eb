/** Command round trip through the whole chain: console → server (audit) → simulator → ack. */
import { connect, login, startRig } from '../integration/harness.ts';
import type { CommandReply } from '../../server/protocol.ts';
import { quantile, type BenchRow } from './row.ts';

export async function bench(): Promise<BenchRow[]> {
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
  const snapshotBytes = JSON.stringify(c.snapshots[0]).length;
  c.close();
  await rig.stop();
  return [
    { name: 'command round trip p50 (300 SP writes)', value: +quantile(times, 0.5).toFixed(2), unit: 'ms' },
    { name: 'command round trip p99', value: +quantile(times, 0.99).toFixed(2), unit: 'ms' },
    { name: 'snapshot size for a new console', value: snapshotBytes, unit: 'bytes' },
  ];
}

/** Simulator loss → every value bad at a console: what the operator waits for, ms (issue target < 3 s). */
export async function benchLinkLoss(): Promise<BenchRow[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const rig = await startRig();
    const c = await connect(rig.server);
    const t0 = performance.now();
    await rig.sim.close();
    while (c.tags.get('TIC-5301.PV')?.q !== 'bad') await new Promise((r) => setTimeout(r, 2));
    times.push(performance.now() - t0);
    c.close();
    await rig.server.close();
  }
  return [{ name: 'simulator lost → values bad at the console (max of 5)', value: +Math.max(...times).toFixed(1), unit: 'ms', target: '< 3000' }];
}
