/**
 * Equipment faceplate logic, framework-free: what kind of equipment a name is (motor or on/off
 * valve), its motor-current tag and A/B partner found from the catalog by name pattern, the
 * standby role of a pump pair, and the position feedback / discrepancy of an on/off valve.
 */
import type { CatalogIndex } from './catalog.ts';

export type EquipmentKind = 'motor' | 'valve' | 'other';

/** Motor (START/STOP, run feedback), on/off valve (OPEN/CLOSE, position), or anything else (batch, e-stop). */
export function equipmentKind(index: CatalogIndex, name: string): EquipmentKind {
  const commands = index.equipment.get(name)?.commands ?? [];
  const states = index.tags.get(name)?.states ?? [];
  if (commands.includes('OPEN') && commands.includes('CLOSE') && states.includes('OPEN')) return 'valve';
  if (commands.includes('START') && commands.includes('STOP') && states.includes('STOPPED')) return 'motor';
  return 'other';
}

/** `P-5101A` → `{ prefix: 'P', number: '5101', suffix: 'A' }`. */
function parts(name: string): { prefix: string; number: string; suffix: string } | null {
  const m = /^([A-Z]+)-(\d+)([A-Z]?)$/.exec(name);
  return m ? { prefix: m[1]!, number: m[2]!, suffix: m[3]! } : null;
}

const isCurrentTag = (tag: string) => /^II-\d+[A-Z]?$/.test(tag);

/**
 * The motor-current tag of a motor: `II-<number><suffix>` when the catalog has it (P-5101A → II-5101A);
 * else a current tag of the same unit whose description names the motor; else the one current tag of
 * the unit that no other motor claims, when this is the unit's only single (non-A/B) motor without one.
 */
export function currentTagOf(index: CatalogIndex, name: string): string | undefined {
  const p = parts(name);
  if (p) {
    const direct = `II-${p.number}${p.suffix}`;
    if (index.tags.has(direct)) return direct;
  }
  const unit = index.equipment.get(name)?.unit;
  if (!unit) return undefined;
  const currents = [...index.tags.values()].filter((t) => t.unit === unit && isCurrentTag(t.name));
  const named = currents.find((t) => t.desc.en.includes(name) || t.desc.zh.includes(name));
  if (named) return named.name;
  const motors = [...index.equipment.keys()].filter((e) => index.equipment.get(e)!.unit === unit && equipmentKind(index, e) === 'motor');
  const claimed = new Set<string>();
  const unclaimedMotors: string[] = [];
  for (const m of motors) {
    const mp = parts(m);
    const direct = mp ? `II-${mp.number}${mp.suffix}` : '';
    const byName = currents.find((t) => t.desc.en.includes(m) || t.desc.zh.includes(m));
    if (index.tags.has(direct)) claimed.add(direct);
    else if (byName) claimed.add(byName.name);
    else if (!mp?.suffix) unclaimedMotors.push(m); // an A/B pump would have an A/B current tag
  }
  const free = currents.filter((t) => !claimed.has(t.name) && !/\d[A-Z]$/.test(t.name));
  return unclaimedMotors.length === 1 && unclaimedMotors[0] === name && free.length === 1 ? free[0]!.name : undefined;
}

/** The other pump of an A/B pair (`P-5101A` ↔ `P-5101B`) when the catalog has it. */
export function partnerOf(index: CatalogIndex, name: string): string | undefined {
  const p = parts(name);
  if (!p || (p.suffix !== 'A' && p.suffix !== 'B')) return undefined;
  const other = `${p.prefix}-${p.number}${p.suffix === 'A' ? 'B' : 'A'}`;
  return index.equipment.has(other) ? other : undefined;
}

/** Role of a pump in its pair: duty (runs, partner ready), standby (ready while the partner runs), both running, none running. */
export type PairRole = 'duty' | 'standby' | 'both' | 'none' | 'unavailable';

export function pairRole(self: string | undefined, partner: string | undefined): PairRole {
  if (self === 'TRIPPED') return 'unavailable';
  if (self === 'RUNNING') return partner === 'RUNNING' ? 'both' : 'duty';
  if (self === 'STOPPED') return partner === 'RUNNING' ? 'standby' : 'none';
  return 'none';
}

/** Which pump of the pair is the standby (stopped and ready while the other runs), if either. */
export function standbyOf(a: { name: string; state: string | undefined }, b: { name: string; state: string | undefined }): string | undefined {
  if (pairRole(a.state, b.state) === 'standby') return a.name;
  if (pairRole(b.state, a.state) === 'standby') return b.name;
  return undefined;
}

/**
 * How a run or position state is drawn: dark fill running / open (and a centrifuge's FEED, SPIN…),
 * light stopped / closed, light with a heavy outline tripped, half-filled while a valve travels.
 */
export function runLook(state: string | undefined): 'active' | 'inactive' | 'tripped' | 'travel' | 'unknown' {
  if (state === undefined) return 'unknown';
  if (state === 'STOPPED' || state === 'CLOSED') return 'inactive';
  if (state === 'TRIPPED') return 'tripped';
  if (state === 'TRAVEL') return 'travel';
  return 'active';
}

export interface ValveFeedback {
  /** Limit switch made: ZSO (open), ZSC (closed), or none while travelling. */
  limit: 'ZSO' | 'ZSC' | null;
  /** Travelling towards the commanded position. */
  moving: boolean;
  /** At an end position that is not the commanded one. */
  discrepancy: boolean;
}

/** Position feedback of an on/off valve against where its stem is driven (`XV-….CMD`). */
export function valveFeedback(position: string | undefined, command: string | undefined): ValveFeedback {
  const limit = position === 'OPEN' ? 'ZSO' : position === 'CLOSED' ? 'ZSC' : null;
  const atEnd = limit !== null;
  return {
    limit,
    moving: position === 'TRAVEL',
    discrepancy: atEnd && (command === 'OPEN' || command === 'CLOSED') && command !== position,
  };
}
