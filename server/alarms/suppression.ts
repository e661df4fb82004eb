/**
 * Designed suppression (ISA-18.2 "suppressed by design"): an alarm's rule holds while every term
 * holds, e.g. low-flow alarms while both pumps are stopped, dosing alarms outside the dosing phase.
 * `true`/`false` when the rule can be decided, `null` when a term's tag is not (yet) known.
 */
import type { SuppressTerm } from './database.ts';

export interface PlantView {
  /** State name of a discrete tag (`STOPPED`…), undefined if the tag is unknown or not discrete. */
  stateOf(tag: string): string | undefined;
  simulatorLinked: boolean;
}

export function suppressionHolds(terms: readonly SuppressTerm[], view: PlantView): boolean | null {
  let unknown = false;
  for (const t of terms) {
    if ('system' in t) {
      if (view.simulatorLinked) return false;
      continue;
    }
    const state = view.stateOf(t.tag);
    if (state === undefined) {
      unknown = true;
      continue;
    }
    const holds = 'is' in t ? state === t.is : state !== t.isNot;
    if (!holds) return false;
  }
  return unknown ? null : true;
}
