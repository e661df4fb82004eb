/**
 * Nothing is lost: the server process is killed (SIGKILL) during an alarm flood with unacknowledged,
 * shelved and out-of-service alarms, restarted on the same DATA_DIR, and must come back with the
 * same alarm states (shelf expiries included) and a journal that holds every transition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../simulator/index.ts';
import type { AlarmView, JournalRecord } from '../../server/protocol.ts';

const children = new Set<ChildProcess>();
let sim: RunningSimulator | null = null;
const dataDir = mkdtempSync(join(tmpdir(), 'zk-alarm-restart-'));

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await sim?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function startServer(port: number, simPort: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SIM_URL: `http://127.0.0.1:${simPort}`, DATA_DIR: dataDir, DEMO_ACCOUNTS: 'on' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const until = performance.now() + 60_000; // the first start also fills 24 h of history in the background
  for (;;) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.json() as Promise<{ simulator: string }>).catch(() => null);
    if (ok?.simulator === 'connected') return { child, url };
    if (performance.now() > until) throw new Error('server did not come up with the simulator connected');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function session(url: string, user: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user, password: user }) });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function command(url: string, cookie: string, body: object): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/api/commands`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

const alarmsOf = async (url: string) => ((await (await fetch(`${url}/api/alarms`)).json()) as { alarms: AlarmView[] }).alarms;
const journalOf = async (url: string, cookie: string) =>
  ((await (await fetch(`${url}/api/journal?limit=10000`, { headers: { cookie } })).json()) as { records: JournalRecord[] }).records;

describe('alarm states across a server kill', () => {
  it('come back identical after SIGKILL during a flood, with the journal complete', { timeout: 150_000 }, async () => {
    sim = await startSimulator({ port: 0, host: '127.0.0.1', seed: 1 });
    const port = await freePort();
    let server = await startServer(port, sim.port);
    const [op, sv, inst] = [await session(server.url, 'operator'), await session(server.url, 'supervisor'), await session(server.url, 'instructor')];

    // A flood: agitator and cooling water lost, feed cut, at 50× plant speed.
    expect(await command(server.url, inst, { type: 'clock', action: 'speed', speed: 50 })).toMatchObject({ ok: true });
    await command(server.url, op, { type: 'write', tag: 'M-5301', value: 'STOP' });
    await command(server.url, inst, { type: 'malfunction', id: 'M01' });
    await command(server.url, inst, { type: 'malfunction', id: 'M17' });
    await command(server.url, inst, { type: 'malfunction', id: 'M14' });
    const until = performance.now() + 30_000;
    let alarms: AlarmView[] = [];
    while (performance.now() < until) {
      alarms = await alarmsOf(server.url);
      if (alarms.filter((a) => a.state === 'Unacknowledged').length >= 5) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const unack = alarms.filter((a) => a.state === 'Unacknowledged').map((a) => a.id);
    expect(unack.length).toBeGreaterThanOrEqual(5);
    // Operators act: one acknowledged, one shelved, one removed from service.
    expect(await command(server.url, op, { type: 'ack', alarm: unack[0] })).toMatchObject({ ok: true });
    expect(await command(server.url, op, { type: 'shelve', alarm: unack[1], durationS: 600, reason: 'known flood cause' })).toMatchObject({ ok: true, new: 'Shelved' });
    expect(await command(server.url, sv, { type: 'removeFromService', alarm: unack[2], reason: 'transmitter work' })).toMatchObject({ ok: true, new: 'Out of Service' });
    // Freeze the plant so that the conditions do not move while the server is down.
    expect(await command(server.url, inst, { type: 'clock', action: 'freeze' })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 500));
    const before = await alarmsOf(server.url);
    const journalBefore = await journalOf(server.url, op);
    expect(before.map((a) => a.state)).toEqual(expect.arrayContaining(['Unacknowledged', 'Acknowledged', 'Shelved', 'Out of Service']));

    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    server = await startServer(port, sim.port);
    await new Promise((r) => setTimeout(r, 500));

    const after = await alarmsOf(server.url);
    const key = (a: AlarmView) => a.id;
    expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...before].sort((a, b) => key(a).localeCompare(key(b))));
    const shelved = after.find((a) => a.state === 'Shelved')!;
    expect(shelved.shelvedUntil).toBe(before.find((a) => a.id === shelved.id)!.shelvedUntil);

    // The journal: every record from before the kill is still there, and the last transition of
    // every listed alarm ends in its current state.
    const journalAfter = await journalOf(server.url, op);
    const ids = new Set(journalAfter.map((r) => r.id));
    expect(journalBefore.every((r) => ids.has(r.id))).toBe(true);
    for (const a of after) {
      const last = journalAfter.filter((r) => r.kind === 'alarm' && r.action === 'transition' && r.target === a.id).at(-1);
      expect(last?.toState, a.id).toBe(a.state);
    }
    expect(journalAfter.filter((r) => r.kind === 'audit' && ['ack', 'shelve', 'removeFromService'].includes(r.action) && r.result === 'accepted')).toHaveLength(3);
    server.child.kill('SIGKILL');
  });
});
