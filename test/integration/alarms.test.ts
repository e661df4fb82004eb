/**
 * The alarm system live: a real simulator and server on loopback, commands over HTTP and Socket.IO,
 * roles, the snapshot and the deltas a second console receives, the alarm list and the KPIs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlarmDelta, AlarmView, CommandReply } from '../../server/protocol.ts';
import { connect, getJson, login, post, startRig, waitFor, type Rig } from './harness.ts';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.stop();
});

const listed = async (id: string): Promise<AlarmView | undefined> =>
  ((await getJson(rig.server, '/api/alarms')).body.alarms as AlarmView[]).find((a) => a.id === id);

describe('alarm system (live)', () => {
  it('lists the database with the alarms whose tags are not in the catalog, and no standing alarm at steady state', async () => {
    const r = await getJson(rig.server, '/api/alarms');
    expect(r.status).toBe(200);
    expect(r.body.configured).toBeGreaterThan(100);
    expect(r.body.unbound).toEqual([]); // every alarm of the database has its tags in the plant catalog
    expect((r.body.alarms as AlarmView[]).filter((a) => a.id.startsWith('TIC-5301') || a.id.startsWith('SI-5310'))).toEqual([]);
    const health = await getJson(rig.server, '/api/health');
    expect(health.body.alarms).toEqual({ configured: r.body.configured, unbound: (r.body.unbound as string[]).length });
  });

  it('an agitator stop alarms, reaches a second console as a delta, and is acknowledged over the socket', async () => {
    const [instructor, operator] = [await login(rig.server, 'instructor'), await login(rig.server, 'operator')];
    const watcher = await connect(rig.server);
    expect(watcher.snapshots[0]?.alarms?.horn).toEqual({ sounding: false });
    const deltas: AlarmDelta[] = [];
    watcher.socket.on('alarms', (d) => deltas.push(d));
    expect((await post(rig.server, '/api/commands', { type: 'clock', action: 'speed', speed: 50 }, instructor)).status).toBe(200);
    expect((await post(rig.server, '/api/commands', { type: 'write', tag: 'M-5301', value: 'STOP' }, operator)).body.ok).toBe(true);

    const alarm = await waitFor(() => deltas.flatMap((d) => d.c).find((v) => v.id === 'SI-5310.LOLO' && v.state === 'Unacknowledged'), 10_000, 'SI-5310.LOLO delta');
    expect(alarm).toMatchObject({ priority: 'critical', annunciated: true, firstOut: true, unit: 'U53' });
    expect(deltas.some((d) => d.horn.sounding)).toBe(true);
    expect(await listed('SI-5310.LOLO')).toMatchObject({ state: 'Unacknowledged' });

    const visitor = await post(rig.server, '/api/commands', { type: 'ack', alarm: 'SI-5310.LOLO' });
    expect(visitor).toMatchObject({ status: 403, body: { ok: false, code: 'NOT_AUTHORIZED' } });
    const console = await connect(rig.server, operator);
    const reply: CommandReply = await console.socket.timeout(3000).emitWithAck('command', { type: 'ack', alarm: 'SI-5310.LOLO' });
    expect(reply).toEqual({ ok: true, old: 'Unacknowledged', new: 'Acknowledged' });
    await waitFor(() => deltas.flatMap((d) => d.c).some((v) => v.id === 'SI-5310.LOLO' && v.state === 'Acknowledged'), 5000, 'ack delta');

    const shelve = await post(rig.server, '/api/commands', { type: 'shelve', alarm: 'SI-5310.LOLO', durationS: 3600, reason: 'overhaul' }, operator);
    expect(shelve).toMatchObject({ status: 400, body: { code: 'SHELVE_TOO_LONG' } });
    const journal = await getJson(rig.server, '/api/journal?kind=audit', operator);
    const audits = (journal.body.records as Record<string, unknown>[]).filter((r) => r.target === 'SI-5310.LOLO');
    expect(audits.map((a) => [a.action, a.role, a.result, a.fromState, a.toState])).toEqual([
      ['ack', 'visitor', 'rejected', null, null],
      ['ack', 'operator', 'accepted', 'Unacknowledged', 'Acknowledged'],
      ['shelve', 'operator', 'rejected', 'Acknowledged', 'Acknowledged'],
    ]);
    watcher.close();
    console.close();

    const kpi = await getJson(rig.server, '/api/alarms/kpi');
    const annunciated = (kpi.body.kpis as { name: string; value: number; target: string }[]).find((k) => k.name === 'annunciated alarms')!;
    expect(annunciated.value).toBeGreaterThanOrEqual(1);
    expect(annunciated.target).toContain('150/day');
    expect((await getJson(rig.server, '/api/alarms/kpi?from=x')).status).toBe(400);
  });
});
