/** `silenceHorn`: stop the horn without acknowledging any alarm; a new alarm sounds it again. */
import { refusal } from '../errors.ts';
import type { CommandDescriptor } from './types.ts';

export const silenceHorn: CommandDescriptor<Record<string, never>> = {
  name: 'silenceHorn',
  permission: 'operate',
  parse: () => ({}),
  check: (_input, ctx) => (ctx.alarms ? null : refusal('INTERNAL', 'no alarm system')),
  describe: (_input, ctx) => ({ target: 'horn', oldValue: ctx.alarms?.set.hornSounding ? 'sounding' : 'quiet', newValue: 'silenced' }),
  async perform(_input, ctx) {
    const was = ctx.alarms!.silenceHorn();
    return { ok: true, old: was ? 'sounding' : 'quiet', new: 'silenced' };
  },
};
