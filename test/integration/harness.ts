/**
 * Starts a real simulator and a real HMI server on loopback port 0 and connects real
 * socket.io-clients to it, for integration tests.
 */
import { io, type Socket } from 'socket.io-client';
import { startSimulator } from '../../simulator/index.ts';
import { createServer, type RunningServer, type ServerOptions } from '../../server/app.ts';
import type { ClientToServerEvents, ServerToClientEvents, Snapshot, SystemState, TagState } from '../../server/protocol.ts';

export type Browser = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Rig {
  sim: Awaited<ReturnType<typeof startSimulator>>;
  server: RunningServer;
  simPort: number;
  stop(): Promise<void>;
}

export async function startRig(
  opts: { dataDir?: string | null; seed?: number; staticDir?: string | null; history?: ServerOptions['history'] } = {},
): Promise<Rig> {
  const sim = await startSimulator({ port: 0, host: '127.0.0.1', seed: opts.seed ?? 1 });
  const server = await createServer({
    port: 0,
    host: '127.0.0.1',
    simUrl: `http://127.0.0.1:${sim.port}`,
    dataDir: opts.dataDir ?? null,
    demoAccounts: true,
    staticDir: opts.staticDir ?? null,
    tickMs: 50,
    staleMs: 1500,
    ...(opts.history !== undefined ? { history: opts.history } : {}),
  });
  const rig: Rig = {
    sim,
    server,
    simPort: sim.port,
    async stop() {
      await rig.server.close();
      await rig.sim.close();
    },
  };
  await waitFor(() => server.services.system().simulator === 'connected' && server.services.tags.get('TIC-5301.PV')?.q === 'good');
  return rig;
}

export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function login(server: RunningServer, user: string, password = user): Promise<string> {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, password }),
  });
  if (!res.ok) throw new Error(`login ${user} failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

export async function post(server: RunningServer, path: string, body: string | object, cookie?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export async function getJson(server: RunningServer, path: string, cookie?: string) {
  const res = await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** A browser-like client that keeps the tag states it was sent. */
export interface Console {
  socket: Browser;
  snapshots: Snapshot[];
  tags: Map<string, TagState>;
  system: SystemState | null;
  close(): void;
}

export async function connect(server: RunningServer, cookie?: string): Promise<Console> {
  const socket: Browser = io(server.url, {
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    reconnectionDelay: 100,
  });
  const c: Console = { socket, snapshots: [], tags: new Map(), system: null, close: () => socket.close() };
  socket.on('snapshot', (s) => {
    c.snapshots.push(s);
    c.tags = new Map(Object.entries(s.tags));
    c.system = s.system;
  });
  socket.on('tags', (d) => {
    for (const [k, v] of Object.entries(d.c)) c.tags.set(k, v);
  });
  socket.on('system', (s) => (c.system = s));
  await waitFor(() => c.snapshots.length > 0, 5000, 'snapshot');
  return c;
}
