/** Shared by the simulator-control commands: shape checks of ids and the current state of an interlock. */
import type { CommandContext } from './types.ts';
import { displayValue } from './plant-reply.ts';

export const ID_PATTERN = /^[A-Z0-9-]{1,16}$/;

/** `I-01` → its state name (`NORMAL`, `TRIPPED`, `BYPASSED`) from the live tag table, or null. */
export function interlockState(ctx: CommandContext, id: string): string | null {
  const meta = ctx.tags.meta(`${id}.STATE`);
  const now = ctx.tags.get(`${id}.STATE`);
  return meta && now ? displayValue(meta, now.v) : null;
}
