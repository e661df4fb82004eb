/** One faceplate's write in progress: confirm → pending → confirmed / refused (lib/writeFlow.ts). */
import {
  IDLE, noAck, outcome, type ClientCode, type WriteRequest, type WriteState,
} from '../lib/writeFlow.ts';
import type { ErrorCode } from '../../server/errors.ts';
import type { Command } from '../../server/protocol.ts';
import { NotConnectedError } from './connection.svelte.ts';

export type Send = (cmd: Command) => Promise<unknown>;

export class WriteFlow {
  state = $state.raw<WriteState>(IDLE);
  #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  get busy(): boolean {
    return this.state.k === 'confirm' || this.state.k === 'pending';
  }

  /** Asks the operator to confirm `req` (ignored while another write is waiting for confirmation or its ack). */
  request(req: WriteRequest): void {
    if (!this.busy) this.state = { k: 'confirm', req };
  }

  /** Refuses before sending (the entry did not pass the client's checks). */
  refuse(code: ErrorCode | ClientCode, detail?: string): void {
    if (!this.busy) this.state = detail === undefined ? { k: 'refused', code } : { k: 'refused', code, detail };
  }

  cancel(): void {
    if (this.state.k === 'confirm') this.state = IDLE;
  }

  async confirm(): Promise<void> {
    if (this.state.k !== 'confirm') return;
    const req = this.state.req;
    this.state = { k: 'pending', req };
    try {
      this.state = outcome(req, await this.#send(req.cmd));
    } catch (err) {
      if (err instanceof NotConnectedError) {
        this.state = { k: 'refused', code: 'NO_CONNECTION' };
      } else {
        console.warn(`no ack for write of ${req.cmd.tag}`, err);
        this.state = noAck();
      }
    }
  }
}
