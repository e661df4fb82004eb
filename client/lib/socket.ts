/** The typed Socket.IO connection to the HMI server (same origin, default path). */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/protocol.ts';

export type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a command may wait for the server's ack. */
export const COMMAND_TIMEOUT_MS = 5000;

/** A socket that is not connected yet; the session cookie authenticates it on connect. */
export function openSocket(): ConsoleSocket {
  return io({ autoConnect: false, withCredentials: true });
}
