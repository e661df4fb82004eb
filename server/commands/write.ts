/**
 * `write`: a loop's `.SP`, `.OP` or `.MODE`, or an equipment command (`START`, `STOP`, `OPEN`, `CLOSE`).
 * Checked against the catalog and the live modes: SP only in AUTO, OP only in MAN, CAS only on a
 * cascade slave. The simulator checks again; it owns the plant.
 */
import { refusal } from '../errors.ts';
import type { Refusal } from '../errors.ts';
import type { CommandContext, CommandDescriptor } from './types.ts';
import { displayValue, plantReply } from './plant-reply.ts';

interface WriteInput {
  tag: string;
  value: number | string;
}

export const write: CommandDescriptor<WriteInput> = {
  name: 'write',
  permission: 'operate',

  parse(body) {
    const { tag, value } = body;
    if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return refusal('INVALID_COMMAND', 'tag must be a tag name');
    if (typeof value === 'number' && Number.isFinite(value)) return { tag, value };
    if (typeof value === 'string' && value.length <= 16) return { tag, value };
    return refusal('INVALID_VALUE', 'value must be a finite number or a state name');
  },

  check({ tag, value }, { tags }) {
    const equipment = tags.catalog.equipment.find((e) => e.name === tag);
    if (equipment) {
      return typeof value === 'string' && equipment.commands.includes(value)
        ? null
        : refusal('INVALID_VALUE', `one of ${equipment.commands.join(', ')}`);
    }
    const meta = tags.meta(tag);
    if (!meta) return refusal(tags.meta(`${tag}.PV`) ? 'TAG_NOT_WRITABLE' : 'TAG_UNKNOWN', tag);
    if (!meta.writable) return refusal('TAG_NOT_WRITABLE', tag);
    if (meta.states) {
      if (typeof value !== 'string' || !meta.states.includes(value)) return refusal('INVALID_VALUE', `one of ${meta.states.join(', ')}`);
    } else if (typeof value !== 'number') {
      return refusal('INVALID_VALUE', 'a number');
    } else if (value < meta.lo || value > meta.hi) {
      return refusal('OUT_OF_RANGE', `${meta.lo}…${meta.hi} ${meta.eu}`.trim());
    }
    return checkMode(tag, value, tags);
  },

  describe({ tag, value }, { tags }) {
    const now = tags.get(tag) ?? tags.get(`${tag}.PV`);
    const meta = tags.meta(tag);
    return { target: tag, oldValue: now && meta ? displayValue(meta, now.v) : null, newValue: String(value) };
  },

  async perform({ tag, value }, ctx) {
    const reply = plantReply(await ctx.sendToPlant({ type: 'write', tag, value }));
    if (reply.ok && reply.new !== undefined && ctx.tags.meta(tag)) ctx.tags.confirmWrite(tag, reply.new, ctx.clock()?.t ?? 0);
    return reply;
  },
};

function checkMode(tag: string, value: number | string, tags: CommandContext['tags']): Refusal | null {
  const dot = tag.lastIndexOf('.');
  const loop = tag.slice(0, dot);
  const param = tag.slice(dot + 1);
  const modeMeta = tags.meta(`${loop}.MODE`);
  const modeNow = tags.get(`${loop}.MODE`);
  if (!modeMeta?.states || !modeNow) return null;
  const mode = modeMeta.states[modeNow.v];
  if (param === 'SP' && mode !== 'AUTO') return refusal('MODE_FORBIDS', `${loop} is in ${mode}`);
  if (param === 'OP' && mode !== 'MAN') return refusal('MODE_FORBIDS', `${loop} is in ${mode}`);
  if (param === 'MODE' && value === 'CAS' && !tags.catalog.loops.some((l) => l.slave === loop))
    return refusal('MODE_FORBIDS', `${loop} has no cascade master`);
  return null;
}
