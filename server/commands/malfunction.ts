/** `malfunction`: inject an instructor malfunction `M01`…`M20` with optional parameters (instructors). */
import { refusal } from '../errors.ts';
import type { CommandDescriptor } from './types.ts';
import { plantReply } from './plant-reply.ts';
import { ID_PATTERN } from './sim-ids.ts';

interface MalfunctionInput {
  id: string;
  params?: Record<string, number>;
}

export const malfunction: CommandDescriptor<MalfunctionInput> = {
  name: 'malfunction',
  permission: 'instruct',

  parse({ id, params }) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return refusal('INVALID_COMMAND', 'id must be a malfunction id like M01');
    if (params === undefined) return { id };
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return refusal('INVALID_COMMAND', 'params must be an object of numbers');
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
      if (k.length > 32 || typeof v !== 'number' || !Number.isFinite(v)) return refusal('INVALID_VALUE', `parameter ${k.slice(0, 32)} must be a finite number`);
      out[k] = v;
    }
    return { id, params: out };
  },

  check({ id, params }, { tags }) {
    const def = tags.catalog.malfunctions?.find((m) => m.id === id);
    if (!def) return refusal('MALFUNCTION_UNKNOWN', id);
    for (const [k, v] of Object.entries(params ?? {})) {
      const p = def.params.find((q) => q.name === k);
      if (!p) return refusal('INVALID_VALUE', `${id} has no parameter ${k}`);
      if (v < p.lo || v > p.hi) return refusal('OUT_OF_RANGE', `${id}.${k} ${p.lo}…${p.hi} ${p.eu}`.trim());
    }
    return null;
  },

  describe({ id, params }) {
    return { target: id, oldValue: null, newValue: params ? JSON.stringify(params).slice(0, 200) : 'inject' };
  },

  async perform({ id, params }, ctx) {
    return plantReply(await ctx.sendToPlant(params ? { type: 'malfunction', id, params } : { type: 'malfunction', id }));
  },
};
