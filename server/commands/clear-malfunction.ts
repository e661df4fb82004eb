/** `clearMalfunction`: end an injected malfunction (instructors). */
import { refusal } from '../errors.ts';
import type { CommandDescriptor } from './types.ts';
import { plantReply } from './plant-reply.ts';
import { ID_PATTERN } from './sim-ids.ts';

export const clearMalfunction: CommandDescriptor<{ id: string }> = {
  name: 'clearMalfunction',
  permission: 'instruct',

  parse({ id }) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return refusal('INVALID_COMMAND', 'id must be a malfunction id like M01');
    return { id };
  },

  check({ id }, { tags }) {
    return tags.catalog.malfunctions?.some((m) => m.id === id) ? null : refusal('MALFUNCTION_UNKNOWN', id);
  },

  describe({ id }) {
    return { target: id, oldValue: null, newValue: 'clear' };
  },

  async perform({ id }, ctx) {
    return plantReply(await ctx.sendToPlant({ type: 'clearMalfunction', id }));
  },
};
