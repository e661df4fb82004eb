import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Catalog, ServerToSimEvents, SimReply, SimToServerEvents, TagFrame } from './protocol.ts';
import { DEFAULT_START_T } from './model/workshop5.ts';
import { startSimulator, type RunningSimulator } from './server.ts';

type Client = Socket<SimToServerEvents, ServerToSimEvents>;

let sim: RunningSimulator | undefined;
const clients: Client[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.disconnect();
  await sim?.close();
  sim = undefined;
});

/** Connects and records what arrives, in order. */
function client(port: number) {
  const socket: Client = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true });
  clients.push(socket);
  const events: ({ kind: 'catalog'; catalog: Catalog } | { kind: 'frame'; frame: TagFrame })[] = [];
  socket.on('catalog', (catalog) => events.push({ kind: 'catalog', catalog }));
  socket.on('frame', (frame) => events.push({ kind: 'frame', frame }));
  const frames = (): TagFrame[] => events.flatMap((e) => (e.kind === 'frame' ? [e.frame] : []));
  return { socket, events, frames };
}

async function until(cond: () => boolean, timeoutMs = 5_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('startSimulator (Socket.IO on 127.0.0.1, port 0)', () => {
  it('sends the catalog, then frames; acks commands; survives malformed ones', async () => {
    sim = await startSimulator({ port: 0, seed: 1, speed: 10, tickMs: 20 });
    expect(sim.port).toBeGreaterThan(0);
    const c = client(sim.port);
    await until(() => c.frames().length >= 5);

    expect(c.events[0]?.kind).toBe('catalog');
    const catalog = (c.events[0] as { catalog: Catalog }).catalog;
    expect(catalog.tags.length).toBeGreaterThanOrEqual(200);
    const frames = c.frames();
    for (const f of frames) {
      expect(f.v).toHaveLength(catalog.tags.length);
      expect(f.q).toHaveLength(catalog.tags.length);
    }
    for (let i = 1; i < frames.length; i++) {
      expect(frames[i]!.seq).toBeGreaterThan(frames[i - 1]!.seq);
      expect(frames[i]!.t).toBeGreaterThanOrEqual(frames[i - 1]!.t);
    }
    expect(frames.at(-1)!.clock).toMatchObject({ state: 'running', speed: 10 });

    const ok = await c.socket.timeout(2_000).emitWithAck('command', { type: 'write', tag: 'TIC-5301.SP', value: 115 });
    expect(ok).toEqual({ ok: true, old: 116.85, new: 115 });
    const spIndex = catalog.tags.findIndex((t) => t.name === 'TIC-5301.SP');
    const seen = c.frames().length;
    await until(() => c.frames().length > seen);
    expect(c.frames().at(-1)!.v[spIndex]).toBe(115);

    const raw = c.socket as unknown as { timeout(ms: number): { emitWithAck(ev: string, ...args: unknown[]): Promise<SimReply> } };
    for (const bad of ['garbage', null, 42, { type: 'write', tag: 'TIC-5301.SP', value: [1] }, { type: 'clock', action: 'jump' }]) {
      expect(await raw.timeout(2_000).emitWithAck('command', bad)).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
    }
    expect(await raw.timeout(2_000).emitWithAck('command')).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
    (c.socket as unknown as { emit(ev: string, x: unknown): void }).emit('command', { type: 'write' }); // no ack

    const frozen = await c.socket.timeout(2_000).emitWithAck('command', { type: 'clock', action: 'freeze' });
    expect(frozen).toEqual({ ok: true, old: 'running', new: 'frozen' });
    const n = c.frames().length;
    await until(() => c.frames().length > n);
    expect(c.frames().at(-1)!.clock.state).toBe('frozen');

    // The server still serves new clients after all that.
    const d = client(sim.port);
    await until(() => d.frames().length >= 1);
    expect(d.events[0]?.kind).toBe('catalog');
  });

  it("runs at 'max' and keeps answering commands", async () => {
    sim = await startSimulator({ port: 0, seed: 2, speed: 'max' });
    const c = client(sim.port);
    await until(() => c.frames().length >= 3);
    const reply = await c.socket.timeout(2_000).emitWithAck('command', { type: 'write', tag: 'M-5301', value: 'STOP' });
    expect(reply).toEqual({ ok: true, old: 'RUNNING', new: 'STOPPED' });
    await until(() => sim!.plant.t > DEFAULT_START_T + 3 * 3_600_000); // 3 plant hours in well under 5 s (whole plant, even on a loaded machine)
    expect(sim.clock.state()).toMatchObject({ state: 'running', speed: 'max' });
    expect(sim.plant.value('M-5301')).toBe(0);
  });
});
