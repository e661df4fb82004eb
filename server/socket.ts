/**
 * Socket.IO shell for browsers: the session cookie authenticates the connection (visitors need
 * none); each connection gets a snapshot, then coalesced tag deltas once per tick; commands go
 * through the same registry as HTTP, with an ack.
 */
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SessionUser, Snapshot } from './protocol.ts';
import { SESSION_COOKIE, readCookie } from './auth/sessions.ts';
import type { Services } from './services.ts';

interface SocketData {
  session: SessionUser;
}

export type BrowserServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export function attachSockets(http: HttpServer, s: Services): BrowserServer {
  const io: BrowserServer = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

  io.use((socket, next) => {
    socket.data.session = s.sessions.resolve(readCookie(socket.request.headers.cookie, SESSION_COOKIE));
    next();
  });

  io.on('connection', (socket) => {
    socket.emit('snapshot', snapshotFor(s, socket.data.session));
    socket.on('command', (cmd, ack) => {
      if (typeof ack !== 'function') return; // a command without an ack cannot be answered; ignore it
      const actor = { ...s.sessions.resolve(readCookie(socket.request.headers.cookie, SESSION_COOKIE)), source: 'socket' };
      s.commands.execute(cmd, actor).then(ack, () => ack({ ok: false, code: 'INTERNAL', message: 'The server could not complete the request.' }));
    });
  });
  return io;
}

export function snapshotFor(s: Services, session: SessionUser): Snapshot {
  return { catalog: s.tags.catalog, tags: s.tags.snapshot(), system: s.system(), session, alarms: s.alarms.snapshot() };
}

/** Sends every browser a fresh snapshot (after the catalog changed). */
export function resnapshot(io: BrowserServer, s: Services): void {
  for (const socket of io.sockets.sockets.values()) socket.emit('snapshot', snapshotFor(s, socket.data.session));
}
