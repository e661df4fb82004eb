import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, login, post, startRig, waitFor, type Rig } from './harness.ts';
import type { CommandReply } from '../../server/protocol.ts';

describe('commands: one registry, roles, audit', () => {
  let rig: Rig;
  let operator: string;
  beforeAll(async () => {
    rig = await startRig();
    operator = await login(rig.server, 'operator');
  });
  afterAll(async () => {
    await rig.stop();
  });

  const lastAudit = () => rig.server.services.journal.query({ kind: 'audit' }).at(-1)!;

  it('an operator changes TIC-5301.SP over HTTP; the audit comes first and every console sees the new SP', async () => {
    const watcher = await connect(rig.server);
    const before = rig.server.services.journal.query({ kind: 'audit' }).length;
    const r = await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: 115 }, operator);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, new: 115 });
    expect(Math.abs((r.body.old as number) - 116.85)).toBeLessThan(0.1);
    const audit = rig.server.services.journal.query({ kind: 'audit' }).slice(before);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user: 'operator', role: 'operator', action: 'write', target: 'TIC-5301.SP', newValue: '115', result: 'accepted', code: null, source: 'api' });
    expect(Number(audit[0]!.oldValue)).toBeCloseTo(116.85, 1);
    expect(audit[0]!.plantT).toBeGreaterThan(0);
    await waitFor(() => watcher.tags.get('TIC-5301.SP')?.v === 115, 3000, 'SP broadcast');
    watcher.close();
  });

  it('takes the same command over Socket.IO with an ack, as the logged-in user', async () => {
    const c = await connect(rig.server, operator);
    expect(c.snapshots[0]!.session).toEqual({ user: 'operator', role: 'operator' });
    const reply: CommandReply = await c.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.SP', value: 116 });
    expect(reply).toMatchObject({ ok: true, old: 115, new: 116 });
    expect(lastAudit()).toMatchObject({ user: 'operator', target: 'TIC-5301.SP', source: 'socket', result: 'accepted' });
    const mode: CommandReply = await c.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.MODE', value: 'MAN' });
    expect(mode).toMatchObject({ ok: true, old: 'AUTO', new: 'MAN' });
    const op: CommandReply = await c.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.OP', value: 40 });
    expect(op.ok).toBe(true);
    await waitFor(() => c.tags.get('TIC-5301.OP')?.v === 40, 3000, 'OP broadcast');
    const back: CommandReply = await c.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.MODE', value: 'AUTO' });
    expect(back.ok).toBe(true);
    c.close();
  });

  it('refuses a forged command from a visitor with NOT_AUTHORIZED, on both doors, and audits it', async () => {
    const http = await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: 100 });
    expect(http.status).toBe(403);
    expect(http.body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect(lastAudit()).toMatchObject({ user: 'visitor', role: 'visitor', target: 'TIC-5301.SP', result: 'rejected', code: 'NOT_AUTHORIZED' });

    const v = await connect(rig.server);
    const reply: CommandReply = await v.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.SP', value: 100 });
    expect(reply).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect(lastAudit()).toMatchObject({ user: 'visitor', source: 'socket', result: 'rejected', code: 'NOT_AUTHORIZED' });
    expect(rig.server.services.tags.get('TIC-5301.SP')!.v).not.toBe(100);
    v.close();
  });

  it('refuses process writes from roles without operate permission (engineer)', async () => {
    const engineer = await login(rig.server, 'engineer');
    const r = await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: 117 }, engineer);
    expect(r.body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
  });

  const bad: [string, string | object, number, string][] = [
    ['unknown tag', { type: 'write', tag: 'TIC-9999.SP', value: 1 }, 404, 'TAG_UNKNOWN'],
    ['SP out of range', { type: 'write', tag: 'TIC-5301.SP', value: 400 }, 400, 'OUT_OF_RANGE'],
    ['OP written in AUTO', { type: 'write', tag: 'TIC-5301.OP', value: 50 }, 400, 'MODE_FORBIDS'],
    ['SP of a slave in CAS', { type: 'write', tag: 'FIC-5306.SP', value: 5 }, 400, 'MODE_FORBIDS'],
    ['a PV', { type: 'write', tag: 'TIC-5301.PV', value: 100 }, 400, 'TAG_NOT_WRITABLE'],
    ['a bare loop name (its PV)', { type: 'write', tag: 'TIC-5301', value: 100 }, 400, 'TAG_NOT_WRITABLE'],
    ['an indicator', { type: 'write', tag: 'TI-5304', value: 50 }, 400, 'TAG_NOT_WRITABLE'],
    ['a string for SP', { type: 'write', tag: 'TIC-5301.SP', value: 'hot' }, 400, 'INVALID_VALUE'],
    ['a bogus mode', { type: 'write', tag: 'TIC-5301.MODE', value: 'TURBO' }, 400, 'INVALID_VALUE'],
    ['CAS on a loop with no master', { type: 'write', tag: 'TIC-5301.MODE', value: 'CAS' }, 400, 'MODE_FORBIDS'],
    ['an object for value', { type: 'write', tag: 'TIC-5301.SP', value: { v: 1 } }, 400, 'INVALID_VALUE'],
    ['a number for tag', { type: 'write', tag: 5301, value: 1 }, 400, 'INVALID_COMMAND'],
    ['an unknown command', { type: 'explode' }, 400, 'UNKNOWN_COMMAND'],
    ['an array', [1, 2, 3], 400, 'INVALID_COMMAND'],
    ['malformed JSON', '{"type":"write", tag:', 400, 'MALFORMED_JSON'],
    ['an equipment command it does not take', { type: 'write', tag: 'M-5301', value: 'OPEN' }, 400, 'INVALID_VALUE'],
  ];

  it.each(bad)('refuses %s with a stable code, audits it, and changes nothing', async (_what, body, status, code) => {
    const before = rig.server.services.journal.query({ kind: 'audit' }).length;
    const sp = rig.server.services.tags.get('TIC-5301.SP')!.v;
    const r = await post(rig.server, '/api/commands', body, operator);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ ok: false, code, message: expect.any(String) });
    const audit = rig.server.services.journal.query({ kind: 'audit' }).slice(before);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user: 'operator', result: 'rejected', code });
    expect(rig.server.services.tags.get('TIC-5301.SP')!.v).toBe(sp);
    expect(rig.server.services.system().simulator).toBe('connected');
  });

  it('refuses clock control to an operator and grants it to an instructor', async () => {
    const r = await post(rig.server, '/api/commands', { type: 'clock', action: 'freeze' }, operator);
    expect(r.body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    const instructor = await login(rig.server, 'instructor');
    const bad = await post(rig.server, '/api/commands', { type: 'clock', action: 'speed', speed: 500 }, instructor);
    expect(bad.body).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    const ok = await post(rig.server, '/api/commands', { type: 'clock', action: 'speed', speed: 10 }, instructor);
    expect(ok.body.ok).toBe(true);
    await waitFor(() => rig.server.services.system().clock?.speed === 10, 3000, 'speed 10');
    await post(rig.server, '/api/commands', { type: 'clock', action: 'speed', speed: 1 }, instructor);
  });

  it('survives garbage on the socket: no ack, non-object commands, huge strings', async () => {
    const c = await connect(rig.server, operator);
    (c.socket.emit as (...a: unknown[]) => void)('command', { type: 'write', tag: 'TIC-5301.SP', value: 100 }); // no ack: ignored
    const r1: CommandReply = await c.socket.timeout(5000).emitWithAck('command', null as never);
    expect(r1).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
    const r2: CommandReply = await c.socket.timeout(5000).emitWithAck('command', { type: 'write', tag: 'x'.repeat(5000), value: 1 } as never);
    expect(r2).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
    expect(rig.server.services.tags.get('TIC-5301.SP')!.v).not.toBe(100);
    c.close();
  });
});
