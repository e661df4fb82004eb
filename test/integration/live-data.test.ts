import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../simulator/index.ts';
import { connect, getJson, startRig, waitFor, type Rig } from './harness.ts';

describe('live data: snapshot, deltas, link loss', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig.stop();
  });

  it('gives a new browser the catalog and every value, then only changes', async () => {
    const c = await connect(rig.server);
    const snap = c.snapshots[0]!;
    expect(snap.session).toEqual({ user: 'visitor', role: 'visitor' });
    expect(snap.system.simulator).toBe('connected');
    const names = snap.catalog.tags.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['TIC-5301.PV', 'TIC-5301.SP', 'TIC-5301.OP', 'TIC-5301.MODE', 'FIC-5306.PV', 'AI-5309']));
    expect(Object.keys(snap.tags).sort()).toEqual([...names].sort());
    const pv = snap.tags['TIC-5301.PV']!;
    expect(pv.q).toBe('good');
    expect(pv.v).toBeGreaterThan(110);
    expect(pv.v).toBeLessThan(125);

    // deltas carry only what changed, and plant time moves on
    const deltas: Record<string, unknown>[] = [];
    c.socket.on('tags', (d) => deltas.push(d.c));
    await waitFor(() => deltas.length >= 6, 5000, 'six deltas');
    const later = deltas.slice(2); // the first may still carry the catalog load
    expect(later.some((d) => 'TIC-5301.PV' in d)).toBe(true);
    expect(later.some((d) => 'TIC-5301.MODE' in d)).toBe(false); // unchanged tags are not resent
    await waitFor(() => (c.tags.get('TIC-5301.PV')?.t ?? 0) > pv.t, 5000, 'newer PV');
    c.close();
  });

  it('answers /api/health and /api/tags', async () => {
    const health = await getJson(rig.server, '/api/health');
    expect(health.body).toMatchObject({ ok: true, simulator: 'connected' });
    expect(health.body.tags).toBeGreaterThan(10);
    const tags = await getJson(rig.server, '/api/tags');
    const mode = tags.body.tags.find((t: { name: string }) => t.name === 'TIC-5301.MODE');
    expect(mode).toMatchObject({ state: 'AUTO', quality: 'good', desc: { en: expect.any(String), zh: expect.any(String) } });
    const pv = tags.body.tags.find((t: { name: string }) => t.name === 'TIC-5301.PV');
    expect(pv).toMatchObject({ eu: '°C', quality: 'good' });
  });

  it('marks every value bad when the simulator dies, journals it, and recovers when it returns', async () => {
    const c = await connect(rig.server);
    const port = rig.simPort;
    const lastGood = c.tags.get('TIC-5301.PV')!.v;
    await rig.sim.close();
    // how fast is measured in `npm run bench` (machines are noisy); here: it happens, without a reload
    await waitFor(() => c.system?.simulator === 'disconnected' && c.tags.get('TIC-5301.PV')?.q === 'bad', 10_000, 'bad quality');
    expect([...c.tags.values()].every((t) => t.q === 'bad')).toBe(true);
    expect(c.tags.get('TIC-5301.PV')!.v).toBe(lastGood); // last value kept, drawn as bad
    expect((await getJson(rig.server, '/api/health')).body.simulator).toBe('disconnected');

    rig.sim = await startSimulator({ port, host: '127.0.0.1', seed: 2 });
    await waitFor(() => c.system?.simulator === 'connected' && c.tags.get('TIC-5301.PV')?.q === 'good', 5000, 'recovery');
    const journal = rig.server.services.journal.query({ kind: 'system' });
    const link = journal.filter((r) => r.action === 'simulator-link').map((r) => r.result);
    expect(link.slice(-2)).toEqual(['lost', 'restored']);
    c.close();
  });
});
