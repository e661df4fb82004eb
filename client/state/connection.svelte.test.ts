import { describe, expect, it, vi } from 'vitest';
import type { ConsoleSocket } from '../lib/socket.ts';
import { CATALOG } from '../lib/fixtures.ts';
import { Connection, NotConnectedError } from './connection.svelte.ts';
import { SessionState } from './session.svelte.ts';
import { TagStore } from './tags.svelte.ts';

/** Just enough of a Socket.IO client socket: handlers by event name, and a fake ack. */
class FakeSocket {
  handlers = new Map<string, (...args: unknown[]) => void>();
  connected = false;
  sent: unknown[] = [];
  io = { on: (ev: string, fn: (...args: unknown[]) => void) => this.handlers.set(`io:${ev}`, fn) };
  on(ev: string, fn: (...args: unknown[]) => void) {
    this.handlers.set(ev, fn);
    return this;
  }
  fire(ev: string, ...args: unknown[]) {
    this.handlers.get(ev)?.(...args);
  }
  connect() {
    this.connected = true;
    this.fire('connect');
    return this;
  }
  disconnect() {
    this.connected = false;
    this.fire('disconnect', 'io client disconnect');
    return this;
  }
  timeout() {
    return { emitWithAck: async (_ev: string, cmd: unknown) => (this.sent.push(cmd), { ok: true }) };
  }
}

function rig() {
  const socket = new FakeSocket();
  const tags = new TagStore();
  const session = new SessionState();
  const conn = new Connection(tags, session, socket as unknown as ConsoleSocket);
  return { socket, tags, session, conn };
}

describe('Connection', () => {
  it('feeds the snapshot, deltas and system state to the store and the session', () => {
    const { socket, tags, session, conn } = rig();
    conn.start();
    expect(conn.status).toBe('connected');
    socket.fire('snapshot', {
      catalog: CATALOG,
      tags: { 'TIC-5301.PV': { v: 1, q: 'good', t: 10 } },
      system: { simulator: 'connected', clock: null, stale: false },
      session: { user: 'operator', role: 'operator' },
    });
    socket.fire('tags', { c: { 'TIC-5301.PV': { v: 2, q: 'good', t: 20 } } });
    socket.fire('system', { simulator: 'disconnected', clock: null, stale: false });
    expect(tags.get('TIC-5301.PV')?.v).toBe(2);
    expect(tags.system.simulator).toBe('disconnected');
    expect(session.role).toBe('operator');
    expect(session.canWrite).toBe(true);
  });

  it('reports a lost socket, but not a deliberate reconnect', () => {
    const { socket, tags, conn } = rig();
    conn.start();
    conn.reconnect();
    expect(tags.socketUp).toBe(true);
    expect(conn.status).toBe('connected');
    socket.fire('disconnect', 'transport close');
    expect(tags.socketUp).toBe(false);
    expect(conn.status).toBe('disconnected');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    socket.fire('connect_error', new Error('refused'));
    expect(conn.status).toBe('disconnected');
  });

  it('sends commands only while connected', async () => {
    const { socket, conn } = rig();
    await expect(conn.send({ type: 'write', tag: 'TIC-5301.SP', value: 115 })).rejects.toBeInstanceOf(NotConnectedError);
    conn.start();
    await expect(conn.send({ type: 'write', tag: 'TIC-5301.SP', value: 115 })).resolves.toEqual({ ok: true });
    expect(socket.sent).toEqual([{ type: 'write', tag: 'TIC-5301.SP', value: 115 }]);
  });
});
