/**
 * The safety system's interlock logic (SIS, 联锁): each interlock has causes (with their own
 * voting), trips on the first cause (recording it as first-out), holds its actions while tripped,
 * resets only when every cause has cleared, and can be bypassed (the server audits who and why).
 * Plain state (tripped, bypassed, firstOut) so snapshots copy it.
 */
import type { Text } from '../protocol.ts';
import { refuse, type TagPoint } from '../model/point.ts';
import type { SimReply } from '../protocol.ts';

export const INTERLOCK_STATES = ['NORMAL', 'TRIPPED', 'BYPASSED'] as const;

export interface CauseDef {
  /** Short cause id, e.g. `TT-5301 2oo3 HH`. */
  id: string;
  desc: Text;
  /** True while the trip condition holds (voting included). */
  active(): boolean;
}

export interface InterlockDef {
  id: string;
  unit: string;
  desc: Text;
  causes: CauseDef[];
  /** Actions, as text for the catalog. */
  actions: Text;
  /** Applies the actions (called every step while tripped, so they hold); `seen[i]`: cause i was active since the trip. */
  hold(seen: readonly boolean[]): void;
  /** Removes the forces (on reset or bypass); equipment stays where it was put. */
  release(): void;
}

/** Catalog entry of an interlock (additive catalog field `interlocks`). */
export interface InterlockInfo {
  id: string;
  unit: string;
  desc: Text;
  actions: Text;
  causes: { id: string; desc: Text }[];
}

export class Interlock {
  readonly def: InterlockDef;
  tripped = false;
  bypassed = false;
  /** Index + 1 of the cause that tripped first; 0 none. */
  firstOut = 0;
  /** Cause active flags of the last evaluation. */
  activeNow: boolean[];
  /** Causes active at any time since the trip. */
  seen: boolean[];

  constructor(def: InterlockDef) {
    this.def = def;
    this.activeNow = def.causes.map(() => false);
    this.seen = def.causes.map(() => false);
  }

  get id(): string {
    return this.def.id;
  }

  evaluate(): void {
    const causes = this.def.causes;
    let first = 0;
    for (let i = 0; i < causes.length; i++) {
      const a = causes[i]!.active();
      this.activeNow[i] = a;
      if (a && first === 0) first = i + 1;
    }
    if (this.bypassed) return;
    if (!this.tripped && first > 0) {
      this.tripped = true;
      this.firstOut = first;
    }
    if (this.tripped) {
      for (let i = 0; i < causes.length; i++) if (this.activeNow[i]) this.seen[i] = true;
      this.def.hold(this.seen);
    }
  }

  get anyCauseActive(): boolean {
    return this.activeNow.some((a) => a);
  }

  get state(): number {
    if (this.bypassed) return 2;
    return this.tripped ? 1 : 0;
  }

  reset(): SimReply {
    if (!this.tripped) return { ok: true, old: 'NORMAL', new: INTERLOCK_STATES[this.state] };
    const active = this.def.causes.filter((_, i) => this.activeNow[i]).map((c) => c.id);
    if (active.length > 0) return refuse('INTERLOCK_CAUSE_ACTIVE', `${this.id}: ${active.join(', ')} still active`);
    this.tripped = false;
    this.firstOut = 0;
    this.seen.fill(false);
    this.def.release();
    return { ok: true, old: 'TRIPPED', new: 'NORMAL' };
  }

  setBypass(on: boolean): SimReply {
    const old = INTERLOCK_STATES[this.state];
    this.bypassed = on;
    if (on && this.tripped) {
      this.tripped = false;
      this.seen.fill(false);
      this.def.release();
    }
    return { ok: true, old, new: INTERLOCK_STATES[this.state] };
  }

  info(): InterlockInfo {
    const { id, unit, desc, actions, causes } = this.def;
    return { id, unit, desc, actions, causes: causes.map((c) => ({ id: c.id, desc: c.desc })) };
  }

  points(): TagPoint[] {
    const { id, unit, desc } = this.def;
    const foStates = ['NONE', ...this.def.causes.map((c) => c.id)];
    return [
      {
        meta: { name: `${id}.STATE`, unit, desc: { en: `${desc.en} — state`, zh: `${desc.zh} 状态` }, eu: '', lo: 0, hi: 2, decimals: 0, states: [...INTERLOCK_STATES], writable: false },
        read: () => this.state,
        quality: () => 0,
      },
      {
        meta: { name: `${id}.FO`, unit, desc: { en: `${desc.en} — first-out cause`, zh: `${desc.zh} 首出原因` }, eu: '', lo: 0, hi: foStates.length - 1, decimals: 0, states: foStates, writable: false },
        read: () => this.firstOut,
        quality: () => 0,
      },
    ];
  }
}

/** m-out-of-n voting on high readings; bad channels are left out (2oo3 degrades to 1oo2, §7.4 #12). */
export function voteHigh(readings: readonly { value: number; quality: number }[], limit: number, m: number): boolean {
  let good = 0;
  let high = 0;
  for (const r of readings) {
    if (r.quality === 2) continue;
    good++;
    if (r.value >= limit) high++;
  }
  if (good === 0) return true; // all channels lost: fail safe
  const need = Math.max(1, m - (readings.length - good));
  return high >= Math.min(need, good);
}
