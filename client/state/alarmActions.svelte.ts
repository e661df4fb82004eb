/**
 * Alarm commands from one view (banner row, summary, faceplate): sent, acknowledged by the server,
 * never optimistic. Shows "pending" until every reply is in, then what was accepted or refused.
 */
import type { Command, CommandReply } from '../../server/protocol.ts';
import { refusalText } from '../lib/writeFlow.ts';
import type { LangState } from './lang.svelte.ts';
import { NotConnectedError } from './connection.svelte.ts';

export type Send = (cmd: Command) => Promise<unknown>;

export class AlarmActions {
  pending = $state(false);
  message = $state('');
  #send: Send;
  #lang: LangState;

  constructor(send: Send, lang: LangState) {
    this.#send = send;
    this.#lang = lang;
  }

  /** Sends each command in turn; resolves true when every one was accepted. */
  async run(cmds: Command[]): Promise<boolean> {
    if (this.pending || cmds.length === 0) return false;
    this.pending = true;
    this.message = this.#lang.t('alarms.pending');
    let accepted = 0;
    let refused = '';
    for (const cmd of cmds) {
      try {
        const reply = (await this.#send(cmd)) as CommandReply;
        if (reply.ok) accepted++;
        else refused = refusalText(this.#lang.current, reply.code, reply.detail);
      } catch (err) {
        refused = refusalText(this.#lang.current, err instanceof NotConnectedError ? 'NO_CONNECTION' : 'COMMAND_TIMEOUT');
      }
    }
    this.pending = false;
    this.message = refused ? this.#lang.t('alarms.refused', { msg: refused }) : this.#lang.t('alarms.sent', { n: accepted });
    return refused === '';
  }
}
