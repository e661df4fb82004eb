/**
 * The plant: an ordered list of units, the plant time, and the tag index over all their points.
 * It steps the units, reads frames, and applies writes; it has no timers (a runner drives it).
 */
import type { Catalog, QualityCode, SimCommand, SimReply } from '../protocol.ts';
import { refuse, type TagPoint } from './point.ts';
import type { SensorFault } from './sensor.ts';
import type { Unit } from './unit.ts';

/** The fixed plant step, s (reference §8: ≤ 1 s for R-5301). */
export const PLANT_STEP_S = 0.5;

/** Tag values in catalog order at one plant time. */
export interface PlantFrame {
  /** Plant time, epoch ms. */
  t: number;
  /** Value per catalog tag (discrete: state index). */
  v: number[];
  q: QualityCode[];
}

export class Plant {
  readonly units: readonly Unit[];
  /** Plant time, epoch ms. Only `step` moves it, and only forward. */
  t: number;
  private readonly points: readonly TagPoint[];
  private readonly byName: ReadonlyMap<string, TagPoint>;
  private readonly catalogCache: Catalog;

  constructor(units: readonly Unit[], startT: number) {
    this.units = units;
    this.t = startT;
    this.points = units.flatMap((u) => u.points);
    this.byName = new Map(this.points.map((p) => [p.meta.name, p]));
    if (this.byName.size !== this.points.length) throw new Error('duplicate tag names in the plant');
    this.catalogCache = {
      tags: this.points.map((p) => p.meta),
      loops: units.flatMap((u) => u.loops),
      equipment: units.flatMap((u) => u.equipment),
    };
  }

  catalog(): Catalog {
    return structuredClone(this.catalogCache);
  }

  /** Advances the plant by `dtS` seconds in equal steps of at most PLANT_STEP_S. */
  step(dtS: number = PLANT_STEP_S): void {
    if (!(dtS > 0) || !Number.isFinite(dtS)) throw new RangeError(`step must be positive and finite, got ${dtS}`);
    const n = Math.ceil(dtS / PLANT_STEP_S - 1e-9);
    const h = dtS / n;
    for (let i = 0; i < n; i++) {
      const ctx = { t: this.t };
      for (const unit of this.units) unit.step(h, ctx);
      this.t += h * 1000;
    }
  }

  frame(): PlantFrame {
    const n = this.points.length;
    const v = new Array<number>(n);
    const q = new Array<QualityCode>(n);
    for (let i = 0; i < n; i++) {
      const p = this.points[i]!;
      v[i] = p.read();
      q[i] = p.quality();
    }
    return { t: this.t, v, q };
  }

  /** Current value of a tag (discrete: state index). Throws for an unknown tag. */
  value(tag: string): number {
    return this.point(tag).read();
  }

  quality(tag: string): QualityCode {
    return this.point(tag).quality();
  }

  /** Writes a tag: SP/OP/MODE of a loop, or an equipment command. Refusals change nothing. */
  write(tag: string, value: number | string): SimReply {
    const point = this.byName.get(tag);
    if (!point) return refuse('TAG_UNKNOWN', `no tag ${tag}`);
    if (!point.write) return refuse('TAG_NOT_WRITABLE', `${tag} is ${point.meta.states ? 'a state' : 'a measurement or calculation'}`);
    return point.write(value);
  }

  /** Applies a write command; clock commands need a clock (see `applySimCommand`). */
  command(cmd: SimCommand): SimReply {
    if (cmd.type === 'write') return this.write(cmd.tag, cmd.value);
    return refuse('INVALID_COMMAND', 'a plant without a clock takes no clock commands');
  }

  /** Injects or clears (`{ kind: 'none' }`) a transmitter fault; false if no transmitter feeds `tag`. */
  setSensorFault(tag: string, fault: SensorFault): boolean {
    for (const unit of this.units) {
      const sensor = unit.sensors.get(tag);
      if (sensor) {
        sensor.setFault(fault);
        return true;
      }
    }
    return false;
  }

  private point(tag: string): TagPoint {
    const p = this.byName.get(tag);
    if (!p) throw new RangeError(`no tag ${tag}`);
    return p;
  }
}

/** Runs the plant headless for `seconds` of plant time, calling `onStep` after each step. */
export function runFor(plant: Plant, seconds: number, onStep?: (plant: Plant) => void): void {
  const steps = Math.round(seconds / PLANT_STEP_S);
  for (let i = 0; i < steps; i++) {
    plant.step(PLANT_STEP_S);
    onStep?.(plant);
  }
}
