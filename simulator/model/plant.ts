/**
 * The plant: an ordered list of units, the plant time, and the tag index over all their points.
 * It steps the units, reads frames, and applies writes; it has no timers (a runner drives it).
 */
import type { SafetySystem } from '../control/safety-system.ts';
import type { MalfunctionSet } from '../malfunctions/malfunctions.ts';
import type { Catalog, QualityCode, SimCommand, SimReply } from '../protocol.ts';
import { refuse, type TagPoint } from './point.ts';
import { captureState, restoreState, type StateBlob } from './state-copy.ts';
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

/** What a full plant adds to the bare unit list: malfunctions, interlocks, snapshots. */
export interface PlantExtensions {
  malfunctions?: MalfunctionSet;
  sis?: SafetySystem;
  /** Puts the plant into its cold-start state. */
  coldStart?: (plant: Plant) => void;
  /** State of a built-in snapshot, computed on first use. */
  builtin?: (name: string) => StateBlob | undefined;
  builtinNames?: readonly string[];
}

const SNAPSHOT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class Plant {
  readonly units: readonly Unit[];
  /** Plant time, epoch ms. Only `step` moves it, and only forward. */
  t: number;
  private readonly points: readonly TagPoint[];
  private readonly byName: ReadonlyMap<string, TagPoint>;
  private readonly catalogCache: Catalog;
  readonly ext: PlantExtensions;
  private readonly snapshots = new Map<string, StateBlob>();

  constructor(units: readonly Unit[], startT: number, ext: PlantExtensions = {}) {
    this.units = units;
    this.t = startT;
    this.ext = ext;
    // Catalog in unit order (U51…U59); stable, so each unit keeps its own order.
    const key = (p: TagPoint): string => `${p.meta.unit}${/^I-\d\d\./.test(p.meta.name) ? '~' : ''}`; // interlock tags after the unit's own
    this.points = units.flatMap((u) => u.points).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    this.byName = new Map(this.points.map((p) => [p.meta.name, p]));
    if (this.byName.size !== this.points.length) throw new Error('duplicate tag names in the plant');
    this.catalogCache = {
      tags: this.points.map((p) => p.meta),
      loops: units.flatMap((u) => u.loops),
      equipment: units.flatMap((u) => u.equipment),
    };
    if (ext.malfunctions) this.catalogCache.malfunctions = ext.malfunctions.info();
    if (ext.sis) this.catalogCache.interlocks = ext.sis.info();
    if (ext.builtinNames) this.catalogCache.snapshots = [...ext.builtinNames];
  }

  /** Everything stopped and empty (the `cold-start` state). */
  makeCold(): void {
    this.ext.coldStart?.(this);
  }

  /** The dynamic state of every unit (not the plant time). */
  captureUnits(): StateBlob {
    return captureState(this.units as Unit[]);
  }

  restoreUnits(blob: StateBlob): void {
    restoreState(this.units as Unit[], blob);
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

  /** Applies a plant command; clock commands need a clock (see `applySimCommand`). */
  command(cmd: SimCommand): SimReply {
    switch (cmd.type) {
      case 'write':
        return this.write(cmd.tag, cmd.value);
      case 'malfunction':
        return this.ext.malfunctions ? this.ext.malfunctions.inject(cmd.id, cmd.params ?? {}) : refuse('MALFUNCTION_UNKNOWN', cmd.id);
      case 'clearMalfunction':
        return this.ext.malfunctions ? this.ext.malfunctions.clear(cmd.id) : refuse('MALFUNCTION_UNKNOWN', cmd.id);
      case 'bypass': {
        const il = this.ext.sis?.get(cmd.interlock);
        return il ? il.setBypass(cmd.on) : refuse('INTERLOCK_UNKNOWN', `no interlock ${cmd.interlock}`);
      }
      case 'resetInterlock': {
        const il = this.ext.sis?.get(cmd.interlock);
        return il ? il.reset() : refuse('INTERLOCK_UNKNOWN', `no interlock ${cmd.interlock}`);
      }
      case 'snapshot':
        return this.snapshot(cmd);
      default:
        return refuse('INVALID_COMMAND', 'a plant without a clock takes no clock commands');
    }
  }

  /** Snapshot names: built-ins first, then saved ones. */
  snapshotNames(): string[] {
    const builtins = this.ext.builtinNames ?? [];
    return [...builtins, ...[...this.snapshots.keys()].filter((n) => !builtins.includes(n))];
  }

  private snapshot(cmd: Extract<SimCommand, { type: 'snapshot' }>): SimReply {
    if (cmd.action === 'list') return { ok: true, names: this.snapshotNames() };
    const { name } = cmd;
    if (!SNAPSHOT_NAME.test(name)) return refuse('INVALID_VALUE', 'a snapshot name is 1…64 letters, digits, _ . -');
    const builtins = this.ext.builtinNames ?? [];
    if (cmd.action === 'save') {
      if (builtins.includes(name)) return refuse('SNAPSHOT_READ_ONLY', name);
      this.snapshots.set(name, this.captureUnits());
      return { ok: true, new: name };
    }
    let blob = this.snapshots.get(name);
    if (!blob && builtins.includes(name)) {
      blob = this.ext.builtin?.(name);
      if (blob) this.snapshots.set(name, blob);
    }
    if (!blob) return refuse('SNAPSHOT_UNKNOWN', name);
    this.restoreUnits(blob);
    return { ok: true, new: name };
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
