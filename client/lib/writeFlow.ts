/**
 * The life of one operator write: confirm (old → new) → pending until the server's ack →
 * confirmed or refused with a catalog code. Nothing here changes a displayed value: the value
 * changes only when the server sends it.
 */
import { ERRORS, isErrorCode, type ErrorCode } from '../../server/errors.ts';
import type { Command, CommandReply } from '../../server/protocol.ts';
import { translate, type Lang, type MessageKey } from '../i18n/index.ts';

/** Which part of an object a write changes (selects the words of the confirmation). */
export type WriteTarget = 'SP' | 'OP' | 'MODE' | 'STATE';

export interface WriteRequest {
  cmd: Extract<Command, { type: 'write' }>;
  /** Object the faceplate shows (loop or equipment name). */
  object: string;
  target: WriteTarget;
  /** Current value as displayed, with unit. */
  oldText: string;
  /** Requested value as it will be displayed, with unit. */
  newText: string;
}

/** Refusals the client gives itself, before anything is sent. */
export type ClientCode = 'NO_CONNECTION' | 'EMPTY' | 'NOT_A_NUMBER';

export type WriteState =
  | { k: 'idle' }
  | { k: 'confirm'; req: WriteRequest }
  | { k: 'pending'; req: WriteRequest }
  | { k: 'confirmed'; req: WriteRequest }
  | { k: 'refused'; code: ErrorCode | ClientCode; detail?: string };

export const IDLE: WriteState = { k: 'idle' };

/** The state after the server's reply to `req`. A malformed reply counts as a server error. */
export function outcome(req: WriteRequest, reply: unknown): WriteState {
  const r = reply as Partial<CommandReply> | null;
  if (r?.ok === true) return { k: 'confirmed', req };
  if (r?.ok === false && isErrorCode(r.code)) {
    return typeof r.detail === 'string' ? { k: 'refused', code: r.code, detail: r.detail } : { k: 'refused', code: r.code };
  }
  return { k: 'refused', code: 'INTERNAL' };
}

/** The state when no ack came (timeout or transport error). */
export function noAck(): WriteState {
  return { k: 'refused', code: 'COMMAND_TIMEOUT' };
}

const CLIENT_MESSAGES: Record<ClientCode, MessageKey> = {
  NO_CONNECTION: 'status.noConnection',
  EMPTY: 'status.empty',
  NOT_A_NUMBER: 'status.notANumber',
};

/** A refusal in `lang`, with its safe detail in parentheses as the server formats it. */
export function refusalText(lang: Lang, code: ErrorCode | ClientCode, detail?: string): string {
  const base = isErrorCode(code)
    ? ERRORS[code][lang === 'zh-CN' ? 'zh' : 'en']
    : translate(lang, CLIENT_MESSAGES[code]);
  return detail ? `${base} (${detail})` : base;
}

/** What the status line reads. */
export function statusText(lang: Lang, s: WriteState): string {
  switch (s.k) {
    case 'idle':
    case 'confirm':
      return '';
    case 'pending':
      return translate(lang, 'status.pending');
    case 'confirmed':
      return translate(lang, 'status.confirmed');
    case 'refused':
      return refusalText(lang, s.code, s.detail);
    default: {
      const never: never = s;
      return never;
    }
  }
}
