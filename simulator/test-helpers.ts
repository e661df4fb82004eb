/** Helpers for plant tests: state names, runs until a condition, commands that must succeed. */
import { expect } from 'vitest';
import { PLANT_STEP_S, type Plant } from './model/plant.ts';
import type { SimCommand } from './protocol.ts';

const catalogs = new WeakMap<Plant, Map<string, string[] | undefined>>();

/** State name of a discrete tag. */
export function stateOf(p: Plant, tag: string): string {
  let states = catalogs.get(p);
  if (!states) catalogs.set(p, (states = new Map(p.catalog().tags.map((t) => [t.name, t.states]))));
  const meta = { states: states.get(tag) };
  if (!meta?.states) throw new Error(`${tag} is not discrete`);
  return meta.states[p.value(tag)]!;
}

/** Steps until `cond` holds; returns plant seconds taken, or Infinity after `maxS`. */
export function runUntil(p: Plant, cond: () => boolean, maxS: number): number {
  for (let s = 0; s <= maxS; s += PLANT_STEP_S) {
    if (cond()) return s;
    p.step(PLANT_STEP_S);
  }
  return Infinity;
}

export function mustDo(p: Plant, cmd: SimCommand): void {
  expect(p.command(cmd)).toMatchObject({ ok: true });
}
