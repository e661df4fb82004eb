/**
 * Instructor malfunctions: each has parameters (magnitude, ramp time, delay, and its own), is
 * injected and cleared by command, and acts on the plant every step while active. The ramp level
 * goes 0 → 1 over `rampS` after `delayS`. State is plain data so snapshots copy it.
 */
import type { EquipmentMeta, LoopMeta, SimReply, Text } from '../protocol.ts';
import { refuse } from '../model/point.ts';
import type { TagPoint } from '../model/point.ts';
import type { Sensor } from '../model/sensor.ts';
import type { StepContext, Unit } from '../model/unit.ts';

export interface MalfunctionParam {
  name: string;
  desc: Text;
  eu: string;
  lo: number;
  hi: number;
  default: number;
}

export interface MalfunctionDef {
  id: string;
  unit: string;
  desc: Text;
  /** What the trainee should see first (§7.4). */
  response: Text;
  /** Own parameters; `magnitude` first. `rampS` and `delayS` are added to every malfunction. */
  params: MalfunctionParam[];
  /** Acts on the plant: `level` 0…1 of the ramp, `sinceS` seconds since the delay ended. */
  apply(level: number, p: Readonly<Record<string, number>>, sinceS: number): void;
  /** Restores the normal condition. */
  clear(p: Readonly<Record<string, number>>): void;
}

/** Catalog entry (additive catalog field `malfunctions`). */
export interface MalfunctionInfo {
  id: string;
  unit: string;
  desc: Text;
  response: Text;
  params: MalfunctionParam[];
}

const COMMON: MalfunctionParam[] = [
  { name: 'rampS', desc: { en: 'ramp time', zh: '斜坡时间' }, eu: 's', lo: 0, hi: 7200, default: 0 },
  { name: 'delayS', desc: { en: 'delay', zh: '延时' }, eu: 's', lo: 0, hi: 7200, default: 0 },
];

interface ActiveState {
  active: boolean;
  elapsedS: number;
  params: Record<string, number>;
}

export class MalfunctionSet implements Unit {
  readonly id = 'MALF';
  readonly defs: readonly MalfunctionDef[];
  readonly states: ActiveState[];
  readonly points: readonly TagPoint[] = [];
  readonly loops: readonly LoopMeta[] = [];
  readonly equipment: readonly EquipmentMeta[] = [];
  readonly sensors: ReadonlyMap<string, Sensor> = new Map();

  constructor(defs: readonly MalfunctionDef[]) {
    this.defs = defs;
    this.states = defs.map(() => ({ active: false, elapsedS: 0, params: {} }));
  }

  private index(id: string): number {
    return this.defs.findIndex((d) => d.id === id);
  }

  isActive(id: string): boolean {
    const i = this.index(id);
    return i >= 0 && this.states[i]!.active;
  }

  inject(id: string, params: Record<string, unknown> = {}): SimReply {
    const i = this.index(id);
    if (i < 0) return refuse('MALFUNCTION_UNKNOWN', `no malfunction ${id}`);
    const def = this.defs[i]!;
    const all = [...def.params, ...COMMON];
    const values: Record<string, number> = {};
    for (const p of all) values[p.name] = p.default;
    for (const [name, v] of Object.entries(params)) {
      const p = all.find((q) => q.name === name);
      if (!p) return refuse('INVALID_VALUE', `${id} has no parameter ${name} (${all.map((q) => q.name).join(', ')})`);
      if (typeof v !== 'number' || !Number.isFinite(v)) return refuse('INVALID_VALUE', `${id}.${name} must be a number`);
      if (v < p.lo || v > p.hi) return refuse('OUT_OF_RANGE', `${id}.${name} must be within ${p.lo}…${p.hi} ${p.eu}`.trimEnd());
      values[name] = v;
    }
    const s = this.states[i]!;
    const old = s.active ? 'ACTIVE' : 'INACTIVE';
    if (s.active) def.clear(s.params);
    this.states[i] = { active: true, elapsedS: 0, params: values };
    return { ok: true, old, new: 'ACTIVE' };
  }

  clear(id: string): SimReply {
    const i = this.index(id);
    if (i < 0) return refuse('MALFUNCTION_UNKNOWN', `no malfunction ${id}`);
    const s = this.states[i]!;
    const old = s.active ? 'ACTIVE' : 'INACTIVE';
    if (s.active) this.defs[i]!.clear(s.params);
    this.states[i] = { active: false, elapsedS: 0, params: {} };
    return { ok: true, old, new: 'INACTIVE' };
  }

  step(dtS: number, _ctx: StepContext): void {
    for (let i = 0; i < this.defs.length; i++) {
      const s = this.states[i]!;
      if (!s.active) continue;
      s.elapsedS += dtS;
      const since = s.elapsedS - s.params.delayS!;
      if (since < 0) continue;
      const ramp = s.params.rampS!;
      this.defs[i]!.apply(ramp > 0 ? Math.min(1, since / ramp) : 1, s.params, since);
    }
  }

  info(): MalfunctionInfo[] {
    return this.defs.map((d) => ({ id: d.id, unit: d.unit, desc: d.desc, response: d.response, params: [...d.params, ...COMMON] }));
  }
}
