/**
 * The socket to the HMI server: feeds the tag store and the session, reconnects after a
 * login or logout (the cookie authenticates the handshake), and carries commands with an ack.
 */
import type { Command, ServerToClientEvents } from '../../server/protocol.ts';
import { COMMAND_TIMEOUT_MS, openSocket, type ConsoleSocket } from '../lib/socket.ts';
import type { SessionState } from './session.svelte.ts';
import type { TagStore } from './tags.svelte.ts';

export type SocketStatus = 'connecting' | 'connected' | 'disconnected';

export class NotConnectedError extends Error {
  constructor() {
    super('socket is not connected');
    this.name = 'NotConnectedError';
  }
}

export class Connection {
  status = $state<SocketStatus>('connecting');
  #socket: ConsoleSocket;
  /** Set while we drop the socket on purpose to re-authenticate (not a comms loss). */
  #reconnecting = false;

  constructor(tags: TagStore, session: SessionState, socket: ConsoleSocket = openSocket()) {
    this.#socket = socket;
    socket.on('connect', () => {
      this.#reconnecting = false;
      this.status = 'connected';
      tags.setSocketUp(true);
    });
    socket.on('disconnect', () => {
      if (this.#reconnecting) {
        this.status = 'connecting';
        return;
      }
      this.status = 'disconnected';
      tags.setSocketUp(false);
    });
    socket.on('connect_error', (err) => {
      console.warn('socket connect error', err.message);
      this.#reconnecting = false;
      this.status = 'disconnected';
      tags.setSocketUp(false);
    });
    socket.io.on('reconnect_attempt', () => {
      this.status = 'connecting';
    });
    socket.on('snapshot', (s) => {
      tags.applySnapshot(s);
      session.set(s.session);
    });
    socket.on('tags', (d) => tags.applyDelta(d));
    socket.on('system', (s) => tags.setSystem(s));
  }

  /** Also hands `event` to `fn` (e.g. the alarm store's snapshot and deltas). */
  listen<E extends keyof ServerToClientEvents>(event: E, fn: ServerToClientEvents[E]): void {
    (this.#socket.on as (e: E, f: ServerToClientEvents[E]) => void)(event, fn);
  }

  get connected(): boolean {
    return this.status === 'connected';
  }

  start(): void {
    this.status = 'connecting';
    this.#socket.connect();
  }

  /** Drops and re-opens the socket so the server sees the current session cookie. */
  reconnect(): void {
    this.#reconnecting = true;
    this.#socket.disconnect();
    this.start();
  }

  stop(): void {
    this.#socket.disconnect();
  }

  /**
   * Sends a command and resolves with the server's reply. Never queued while offline (a write
   * must not arrive later than the operator expects): rejects with NotConnectedError instead.
   */
  send(cmd: Command): Promise<unknown> {
    if (!this.#socket.connected) return Promise.reject(new NotConnectedError());
    return this.#socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', cmd);
  }
}
