/** `clock`: run, freeze, or set the speed of the plant clock (instructors). */
import { refusal } from '../errors.ts';
import type { SimCommand } from '../../simulator/protocol.ts';
import type { CommandDescriptor } from './types.ts';
import { plantReply } from './plant-reply.ts';

type ClockInput = Extract<SimCommand, { type: 'clock' }>;

export const MAX_SPEED = 50;

export const clock: CommandDescriptor<ClockInput> = {
  name: 'clock',
  permission: 'instruct',

  parse({ action, speed }) {
    if (action === 'run' || action === 'freeze') return { type: 'clock', action };
    if (action !== 'speed') return refusal('INVALID_COMMAND', 'action must be run, freeze or speed');
    if (speed === 'max') return { type: 'clock', action, speed };
    if (typeof speed !== 'number' || !Number.isFinite(speed)) return refusal('INVALID_VALUE', `speed must be 1…${MAX_SPEED} or "max"`);
    return { type: 'clock', action, speed };
  },

  check(input) {
    if (input.action === 'speed' && typeof input.speed === 'number' && (input.speed < 1 || input.speed > MAX_SPEED))
      return refusal('OUT_OF_RANGE', `speed 1…${MAX_SPEED}`);
    return null;
  },

  describe(input, ctx) {
    const now = ctx.clock();
    return {
      target: 'clock',
      oldValue: now ? `${now.state} ×${now.speed}` : null,
      newValue: input.action === 'speed' ? `×${input.speed}` : input.action,
    };
  },

  perform(input, ctx) {
    return ctx.sendToPlant(input).then(plantReply);
  },
};
