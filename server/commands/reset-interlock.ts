/** `resetInterlock`: reset a tripped interlock once its cause has cleared (operators and up). */
import { refusal } from '../errors.ts';
import type { CommandDescriptor } from './types.ts';
import { plantReply } from './plant-reply.ts';
import { ID_PATTERN, interlockState } from './sim-ids.ts';

export const resetInterlock: CommandDescriptor<{ interlock: string }> = {
  name: 'resetInterlock',
  permission: 'operate',

  parse({ interlock }) {
    if (typeof interlock !== 'string' || !ID_PATTERN.test(interlock)) return refusal('INVALID_COMMAND', 'interlock must be an id like I-01');
    return { interlock };
  },

  check({ interlock }, ctx) {
    return interlockState(ctx, interlock) === null ? refusal('INTERLOCK_UNKNOWN', interlock) : null;
  },

  describe({ interlock }, ctx) {
    return { target: interlock, oldValue: interlockState(ctx, interlock), newValue: 'reset' };
  },

  async perform({ interlock }, ctx) {
    return plantReply(await ctx.sendToPlant({ type: 'resetInterlock', interlock }));
  },
};
