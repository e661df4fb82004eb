/** Shared by the commands that the simulator performs: turning its reply into a command reply. */
import { refusal } from '../errors.ts';
import type { CommandReply, TagMeta } from '../protocol.ts';
import type { SendResult } from '../tags/sim-link.ts';

export function plantReply(r: SendResult): CommandReply {
  if (r.ok) return r;
  return refusal(r.code, 'detail' in r ? r.detail : undefined);
}

/** A tag value as the audit trail and the API show it: state name for discrete tags. */
export function displayValue(meta: TagMeta, v: number): string {
  return meta.states ? (meta.states[v] ?? String(v)) : String(v);
}
