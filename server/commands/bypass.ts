/**
 * `bypass`: put an interlock in or out of bypass (联锁旁路). Supervisors and up; a reason is
 * required and goes into the audit record with the state before and after.
 */
import { refusal } from '../errors.ts';
import type { CommandDescriptor } from './types.ts';
import { plantReply } from './plant-reply.ts';
import { ID_PATTERN, interlockState } from './sim-ids.ts';

const MAX_REASON = 500; // characters

interface BypassInput {
  interlock: string;
  on: boolean;
  reason: string;
}

export const bypass: CommandDescriptor<BypassInput> = {
  name: 'bypass',
  permission: 'supervise',

  parse({ interlock, on, reason }) {
    if (typeof interlock !== 'string' || !ID_PATTERN.test(interlock)) return refusal('INVALID_COMMAND', 'interlock must be an id like I-01');
    if (typeof on !== 'boolean') return refusal('INVALID_COMMAND', 'on must be true or false');
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > MAX_REASON) {
      return refusal('INVALID_VALUE', `a bypass needs a reason of 1…${MAX_REASON} characters`);
    }
    return { interlock, on, reason: reason.trim() };
  },

  check({ interlock }, ctx) {
    return interlockState(ctx, interlock) === null ? refusal('INTERLOCK_UNKNOWN', interlock) : null;
  },

  describe({ interlock, on, reason }, ctx) {
    const old = interlockState(ctx, interlock);
    return { target: interlock, oldValue: old, newValue: on ? 'BYPASSED' : 'NOT BYPASSED', reason, fromState: old, toState: on ? 'BYPASSED' : null };
  },

  async perform({ interlock, on }, ctx) {
    return plantReply(await ctx.sendToPlant({ type: 'bypass', interlock, on }));
  },
};
