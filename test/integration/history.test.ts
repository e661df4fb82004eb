/**
 * The historian through the real server: live recording, /api/history (JSON, CSV, bad input),
 * history surviving a restart, the first-start fill, and saved trend groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../server/app.ts';
import { getJson, login, post, startRig, waitFor, type Rig } from './harness.ts';

const TAGS = 'TIC-5301.PV,TIC-5301.SP';

describe('historian over HTTP', () => {
  let rig: Rig;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zk-hist-'));
    rig = await startRig({ dataDir: dir });
    await rig.sim.plant.t; // plant running
    await new Promise((r) => setTimeout(r, 600));
  });
  afterAll(async () => {
    await rig?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers recorded live data as columns', async () => {
    const now = rig.server.services.tags.get('TIC-5301.PV')!.t;
    const { status, body } = await getJson(rig.server, `/api/history?tags=${TAGS}&from=${now - 60_000}&to=${now}&points=100`);
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['TIC-5301.PV', 'TIC-5301.SP', 't']);
    expect(body.t.length).toBeGreaterThan(1);
    expect(body.t.length).toBeLessThanOrEqual(100);
    expect(body['TIC-5301.PV'].length).toBe(body.t.length);
    const last = body['TIC-5301.PV'].at(-1);
    expect(last).toBeGreaterThan(100);
  });

  it('refuses bad input with stable codes and keeps running', async () => {
    const cases: [string, number, string][] = [
      ['tags=NOPE-1&points=10', 404, 'TAG_UNKNOWN'],
      ['', 400, 'INVALID_VALUE'],
      [`tags=${TAGS}&from=2000&to=1000`, 400, 'OUT_OF_RANGE'],
      [`tags=${TAGS}&points=0`, 400, 'OUT_OF_RANGE'],
      [`tags=${TAGS}&points=999999999`, 400, 'OUT_OF_RANGE'],
      [`tags=${TAGS}&points=12abc`, 400, 'INVALID_VALUE'],
      [`tags=${TAGS}&points=-5`, 400, 'INVALID_VALUE'],
      [`tags=${TAGS}&from=yesterday`, 400, 'INVALID_VALUE'],
      [`tags=${TAGS}&from=0&to=99999999999999`, 400, 'RANGE_TOO_LONG'],
      [`tags=${Array.from({ length: 40 }, (_, i) => `T${i}`).join(',')}`, 400, 'TOO_MANY_TAGS'],
      [`tags=${TAGS}&format=xml`, 400, 'INVALID_VALUE'],
    ];
    for (const [q, status, code] of cases) {
      const r = await getJson(rig.server, `/api/history?${q}`);
      expect([q, r.status, r.body.code]).toEqual([q, status, code]);
      expect(r.body.ok).toBe(false);
    }
    expect((await getJson(rig.server, '/api/health')).status).toBe(200);
  });

  it('streams CSV with tag names, units and ISO times', async () => {
    const now = rig.server.services.tags.get('TIC-5301.PV')!.t;
    const res = await fetch(`${rig.server.url}/api/history?tags=${TAGS}&from=${now - 30_000}&to=${now}&format=csv`);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('time (UTC ISO 8601),TIC-5301.PV [°C],TIC-5301.SP [°C]');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,[\d.]+,[\d.]+$/);
  });

  it('keeps history across a server restart', async () => {
    const now = rig.server.services.tags.get('TIC-5301.PV')!.t;
    const q = `/api/history?tags=${TAGS}&from=${now - 60_000}&to=${now}&points=1000`;
    const before = (await getJson(rig.server, q)).body;
    await rig.server.close();
    rig.server = await createServer({
      port: 0, host: '127.0.0.1', simUrl: `http://127.0.0.1:${rig.simPort}`, dataDir: dir, demoAccounts: true, staticDir: null, tickMs: 50,
    });
    const after = (await getJson(rig.server, q)).body;
    expect(after.t.length).toBeGreaterThan(1);
    expect(after).toEqual(before);
  });

  it('keeps saved trend groups per user', async () => {
    expect((await getJson(rig.server, '/api/trend-groups')).body.code).toBe('NOT_AUTHORIZED');
    const cookie = await login(rig.server, 'operator');
    const saved = await post(rig.server, '/api/trend-groups', { name: 'Reactor', pens: ['TIC-5301.PV', 'TIC-5301.SP'], spanMs: 3_600_000 }, cookie);
    expect(saved.status).toBe(200);
    expect((await post(rig.server, '/api/trend-groups', { name: 'x', pens: ['NOPE'], spanMs: 60_000 }, cookie)).body.code).toBe('TAG_UNKNOWN');
    expect((await post(rig.server, '/api/trend-groups', { name: '', pens: [], spanMs: 1 }, cookie)).body.code).toBe('INVALID_VALUE');
    expect((await getJson(rig.server, '/api/trend-groups', cookie)).body.groups).toEqual([
      { name: 'Reactor', pens: ['TIC-5301.PV', 'TIC-5301.SP'], spanMs: 3_600_000 },
    ]);
    const other = await login(rig.server, 'supervisor');
    expect((await getJson(rig.server, '/api/trend-groups', other)).body.groups).toEqual([]);
    const del = await fetch(`${rig.server.url}/api/trend-groups?name=Reactor`, { method: 'DELETE', headers: { cookie } });
    expect(del.status).toBe(200);
    expect((await getJson(rig.server, '/api/trend-groups', cookie)).body.groups).toEqual([]);
  });
});

describe('first start', () => {
  it('fills the hours before the first live frame without blocking the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-fill-'));
    const rig = await startRig({ dataDir: dir, history: { fillHours: 2, log: () => {} } });
    try {
      const h = rig.server.services.history!;
      expect(h.fill).not.toBeNull();
      expect((await getJson(rig.server, '/api/health')).status).toBe(200); // answers while filling
      const result = await h.fill!;
      expect(result.cancelled).toBe(false);
      const now = rig.server.services.tags.get('TIC-5301.PV')!.t;
      const { body } = await getJson(rig.server, `/api/history?tags=TIC-5301.PV&from=${now - 2 * 3_600_000}&to=${now}&points=200`);
      const values: (number | null)[] = body['TIC-5301.PV'];
      expect(values.filter((v) => v !== null).length).toBeGreaterThan(100); // a point at least every minute
      expect(body.t[0]).toBeLessThan(now - 2 * 3_600_000 + 120_000);
      expect(Math.min(...values.filter((v): v is number => v !== null))).toBeGreaterThan(100);
    } finally {
      await rig.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    await waitFor(() => true);
  });
});

describe('losing the simulator', () => {
  it('records the outage as bad quality, which reads back as a gap', async () => {
    const rig = await startRig();
    try {
      await new Promise((r) => setTimeout(r, 300));
      const lastGood = rig.server.services.history!.recorder.knownUntil!;
      await rig.sim.close();
      await waitFor(() => rig.server.services.system().simulator === 'disconnected', 5000, 'link down');
      const { body } = await getJson(rig.server, `/api/history?tags=TIC-5301.PV,M-5301&from=${lastGood - 5000}&to=${lastGood + 60_000}&points=100`);
      const lost = rig.server.services.history!.recorder.knownUntil!; // the bad-quality marker
      const before = body.t.findLastIndex((x: number) => x < lost);
      const after = body.t.findIndex((x: number) => x >= lost);
      expect(body['TIC-5301.PV'][before]).toBeGreaterThan(100);
      expect(after).toBeGreaterThan(before);
      expect(body['TIC-5301.PV'].slice(after)).toEqual(body['TIC-5301.PV'].slice(after).map(() => null));
      expect(body['M-5301'].slice(after).every((v: unknown) => v === null)).toBe(true);
    } finally {
      await rig.server.close();
    }
  });
});
