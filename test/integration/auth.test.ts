import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getJson, login, post, startRig, type Rig } from './harness.ts';
import { createServer } from '../../server/app.ts';

describe('sessions and users', () => {
  let rig: Rig;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'zk-auth-'));
    rig = await startRig({ dataDir });
  });
  afterAll(async () => {
    await rig.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs in with a demo account and sets an httpOnly, SameSite=Strict cookie', async () => {
    const res = await fetch(`${rig.server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'supervisor', password: 'supervisor' }),
    });
    expect(await res.json()).toEqual({ ok: true, user: 'supervisor', role: 'supervisor' });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^zk_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const me = await getJson(rig.server, '/api/session', cookie.split(';')[0]);
    expect(me.body).toEqual({ ok: true, user: 'supervisor', role: 'supervisor' });
  });

  it('refuses a wrong password with BAD_CREDENTIALS and audits the attempt', async () => {
    const r = await post(rig.server, '/api/session', { user: 'operator', password: 'guess' });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ ok: false, code: 'BAD_CREDENTIALS' });
    expect(rig.server.services.journal.query({ kind: 'audit' }).at(-1)).toMatchObject({ action: 'login', user: 'operator', result: 'rejected', code: 'BAD_CREDENTIALS' });
    const wrongTypes = await post(rig.server, '/api/session', { user: 1, password: ['x'] });
    expect(wrongTypes.body).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
  });

  it('logs out: the cookie no longer works', async () => {
    const cookie = await login(rig.server, 'operator');
    await fetch(`${rig.server.url}/api/session`, { method: 'DELETE', headers: { cookie } });
    expect((await getJson(rig.server, '/api/session', cookie)).body).toMatchObject({ role: 'visitor' });
    const r = await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: 115 }, cookie);
    expect(r.body).toMatchObject({ code: 'NOT_AUTHORIZED' });
  });

  it('keeps sessions and the journal across a server restart', async () => {
    const cookie = await login(rig.server, 'instructor');
    const records = rig.server.services.journal.query().length;
    await rig.server.close();
    rig.server = await createServer({
      port: 0,
      host: '127.0.0.1',
      simUrl: `http://127.0.0.1:${rig.simPort}`,
      dataDir,
      demoAccounts: true,
      staticDir: null,
    });
    expect((await getJson(rig.server, '/api/session', cookie)).body).toMatchObject({ user: 'instructor', role: 'instructor' });
    expect(rig.server.services.journal.query().length).toBeGreaterThanOrEqual(records);
  });

  it('lets only logged-in users read the journal, and validates its query', async () => {
    expect((await getJson(rig.server, '/api/journal')).status).toBe(403);
    const cookie = await login(rig.server, 'operator');
    const j = await getJson(rig.server, '/api/journal?kind=audit&limit=5', cookie);
    expect(j.body.records.length).toBeGreaterThan(0);
    expect(j.body.records.every((r: { kind: string }) => r.kind === 'audit')).toBe(true);
    expect((await getJson(rig.server, '/api/journal?from=yesterday', cookie)).body).toMatchObject({ code: 'INVALID_VALUE' });
    expect((await getJson(rig.server, '/api/journal?limit=999999999', cookie)).body).toMatchObject({ code: 'OUT_OF_RANGE' });
    expect((await getJson(rig.server, '/api/journal?from=2000&to=1000', cookie)).body).toMatchObject({ code: 'OUT_OF_RANGE' });
    const csv = await fetch(`${rig.server.url}/api/journal?format=csv&kind=audit`, { headers: { cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toBe('id,wall time,plant time,kind,user,role,action,target,oldValue,newValue,result,code,source,reason,durationS,fromState,toState');
    expect((await getJson(rig.server, '/api/nothing')).body).toMatchObject({ code: 'NOT_FOUND' });
  });
});
