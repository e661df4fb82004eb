/**
 * The server's link to the simulator: a Socket.IO client that reconnects by itself. It feeds the
 * tag table and tells the shell when the link goes down or comes back; commands go through `send`.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClockState, ServerToSimEvents, SimCommand, SimReply, SimToServerEvents } from '../../simulator/protocol.ts';

export interface SimLinkEvents {
  onCatalog(catalog: Parameters<SimToServerEvents['catalog']>[0]): void;
  onFrame(frame: Parameters<SimToServerEvents['frame']>[0]): void;
  onLink(up: boolean): void;
}

export type SendResult = SimReply | { ok: false; code: 'SIMULATOR_UNAVAILABLE' | 'COMMAND_TIMEOUT' };

export class SimLink {
  readonly #socket: Socket<SimToServerEvents, ServerToSimEvents>;
  clock: ClockState | null = null;

  constructor(url: string, events: SimLinkEvents) {
    this.#socket = io(url, {
      transports: ['websocket'],
      reconnectionDelay: 250,
      reconnectionDelayMax: 1000,
    });
    this.#socket.on('catalog', (c) => events.onCatalog(c));
    this.#socket.on('frame', (f) => {
      this.clock = f.clock;
      events.onFrame(f);
    });
    this.#socket.on('disconnect', () => events.onLink(false));
    // 'connect' arrives before the catalog; the shell marks the link up once the catalog is in.
  }

  get connected(): boolean {
    return this.#socket.connected;
  }

  async send(cmd: SimCommand, timeoutMs = 5000): Promise<SendResult> {
    if (!this.#socket.connected) return { ok: false, code: 'SIMULATOR_UNAVAILABLE' };
    try {
      return await this.#socket.timeout(timeoutMs).emitWithAck('command', cmd);
    } catch {
      return { ok: false, code: 'COMMAND_TIMEOUT' };
    }
  }

  close(): void {
    this.#socket.close();
  }
}
