/**
 * The safety system as a step of the plant: evaluates every interlock at the start of each plant
 * step (on the last measurements) and holds the actions of the tripped ones. Publishes
 * `I-xx.STATE` and `I-xx.FO` (first-out) tags.
 */
import type { EquipmentMeta, LoopMeta } from '../protocol.ts';
import type { TagPoint } from '../model/point.ts';
import type { Sensor } from '../model/sensor.ts';
import type { StepContext, Unit } from '../model/unit.ts';
import { Interlock, type InterlockDef, type InterlockInfo } from './interlock.ts';

export class SafetySystem implements Unit {
  readonly id = 'SIS';
  readonly interlocks: readonly Interlock[];
  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[] = [];
  readonly equipment: readonly EquipmentMeta[] = [];
  readonly sensors: ReadonlyMap<string, Sensor> = new Map();
  private readonly byId: ReadonlyMap<string, Interlock>;

  constructor(defs: readonly InterlockDef[]) {
    this.interlocks = defs.map((d) => new Interlock(d));
    this.byId = new Map(this.interlocks.map((i) => [i.id, i]));
    this.points = this.interlocks.flatMap((i) => i.points());
  }

  get(id: string): Interlock | undefined {
    return this.byId.get(id);
  }

  step(_dtS: number, _ctx: StepContext): void {
    for (const i of this.interlocks) i.evaluate();
  }

  /** "I-03 tripped" for the first of `ids` that is tripped, else null (a permissive). */
  trippedAmong(ids: readonly string[]): string | null {
    for (const id of ids) if (this.byId.get(id)?.tripped) return `${id} tripped`;
    return null;
  }

  info(): InterlockInfo[] {
    return this.interlocks.map((i) => i.info());
  }
}
