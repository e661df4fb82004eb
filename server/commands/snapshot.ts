/** `snapshot`: save, restore or list named plant snapshots (instructors). Restoring keeps the plant clock. */
import { refusal } from '../errors.ts';
import type { SimCommand } from '../../simulator/protocol.ts';
import type { CommandDescriptor } from './types.ts';
import { plantReply } from './plant-reply.ts';

type SnapshotInput = Extract<SimCommand, { type: 'snapshot' }>;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const snapshot: CommandDescriptor<SnapshotInput> = {
  name: 'snapshot',
  permission: 'instruct',

  parse({ action, name }) {
    if (action === 'list') return { type: 'snapshot', action };
    if (action !== 'save' && action !== 'restore') return refusal('INVALID_COMMAND', 'action must be save, restore or list');
    if (typeof name !== 'string' || !NAME.test(name)) return refusal('INVALID_VALUE', 'name: 1…64 letters, digits, _ . -');
    return { type: 'snapshot', action, name };
  },

  check() {
    return null;
  },

  describe(input) {
    return { target: input.action === 'list' ? 'snapshots' : input.name, oldValue: null, newValue: input.action };
  },

  async perform(input, ctx) {
    return plantReply(await ctx.sendToPlant(input));
  },
};
