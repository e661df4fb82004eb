/**
 * A process unit (U53, U54, …) as the plant composes it. Each unit is one file under model/ that
 * builds its own physics, instruments and loops, and publishes them as tag points.
 */
import type { EquipmentMeta, LoopMeta } from '../protocol.ts';
import type { TagPoint } from './point.ts';
import type { Sensor } from './sensor.ts';

export interface StepContext {
  /** Plant time at the start of the step, epoch ms. */
  t: number;
}

export interface Unit {
  /** Unit id as in the tags, e.g. `U53`. */
  readonly id: string;
  /** Tag points in catalog order. */
  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  /** Transmitters by the tag they feed (`TIC-5301.PV`, `TI-5304`), for fault injection. */
  readonly sensors: ReadonlyMap<string, Sensor>;
  /** Advances the unit by `dtS` seconds (≤ 1 s): control, actuators, process, measurement. */
  step(dtS: number, ctx: StepContext): void;
}
