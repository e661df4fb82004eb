/**
 * Level 1 overview and Level 2 unit displays of Workshop 5, drawn from data: a short description
 * per unit (title, main vessel, key values) and a layout computed from the plant catalog, so one
 * generic component draws every unit. Framework-free: positions, kinds, unit state, indicator marks.
 */
import type { AlarmConfigView, TagState, Text } from '../../server/protocol.ts';
import type { Priority } from '../../server/alarms/types.ts';
import type { CatalogIndex } from './catalog.ts';
import { barFraction } from './gauge.ts';

export interface UnitDescription {
  unit: string;
  title: Text;
  /** Main vessel or machine drawn in the middle of the display. */
  vessel: string;
  /** Key values of the overview tile (tag names; a loop name means its PV). */
  key: string[];
  /** Level of the main vessel (%), drawn as its fill. */
  level?: string;
}

export const UNITS: readonly UnitDescription[] = [
  { unit: 'U51', title: { en: 'Solvent & raw-material tanks', zh: '原料/溶剂罐区' }, vessel: 'V-5101', key: ['LIC-5101', 'FIC-5105', 'TI-5104'], level: 'LIC-5101.PV' },
  { unit: 'U52', title: { en: 'Chlorine supply', zh: '液氯汽化' }, vessel: 'E-5201', key: ['WI-5201', 'TIC-5202', 'PIC-5204'] },
  { unit: 'U53', title: { en: 'Continuous chlorinator', zh: '氯化釜' }, vessel: 'R-5301', key: ['TIC-5301', 'PIC-5308', 'LIC-5307'] },
  { unit: 'U54', title: { en: 'Condensation reactor', zh: '缩合釜' }, vessel: 'R-5401', key: ['TIC-5403', 'FIC-5402', 'LI-5401'], level: 'LI-5401' },
  { unit: 'U55', title: { en: 'Off-gas scrubber', zh: '尾气吸收塔' }, vessel: 'T-5501', key: ['AIC-5501', 'FIC-5502', 'LIC-5503'], level: 'LIC-5503.PV' },
  { unit: 'U56', title: { en: 'Cooling & centrifuge', zh: '结晶、离心' }, vessel: 'M-5602', key: ['TIC-5601', 'LIC-5602', 'VI-5604'], level: 'LIC-5602.PV' },
  { unit: 'U57', title: { en: 'Vacuum dryer', zh: '双锥真空干燥' }, vessel: 'D-5701', key: ['TIC-5701', 'PIC-5703', 'AI-5704'] },
  { unit: 'U58', title: { en: 'Packing line', zh: '自动包装线' }, vessel: 'PK-5801', key: ['WIC-5801', 'FI-5802', 'SIC-5805'] },
  { unit: 'U59', title: { en: 'Utilities & gas detection', zh: '公用工程/气体检测' }, vessel: 'Utilities', key: ['PI-5901', 'TI-5902', 'EI-5907'] },
];

export function unitDescription(unit: string): UnitDescription | undefined {
  return UNITS.find((u) => u.unit === unit);
}

/** Plant KPIs of the overview (tags of U58 and U59; the CW flow is the chlorinator's, the only CW flow measured). */
export const KPI_TAGS: readonly string[] = ['FI-5802', 'FQI-5803', 'FQI-5804', 'UI-5809', 'UI-5809.A', 'UI-5809.P', 'UI-5809.Q', 'PI-5901', 'FIC-5306.PV', 'PIC-5904', 'PI-5905', 'EI-5907', 'JI-5908'];

/** Nominal bag of the packing line, kg (used when the checkweigher has no value). */
export const BAG_KG = 25;

const QUALITY_RANK = { good: 0, uncertain: 1, bad: 2 } as const;

/**
 * Production rate in t/h from the packing line: bags/min (FI-5802) × bag net weight in kg
 * (WIC-5801, else 25 kg) × 60 / 1000, with the worse of the two qualities and the older time.
 */
export function productionRate(bagsPerMin: TagState | undefined, bagKg: TagState | undefined): TagState | undefined {
  if (bagsPerMin === undefined) return undefined;
  const kg = bagKg && bagKg.q !== 'bad' && bagKg.v > 0 ? bagKg : undefined;
  const q = kg && QUALITY_RANK[kg.q] > QUALITY_RANK[bagsPerMin.q] ? kg.q : bagsPerMin.q;
  return { v: (bagsPerMin.v * (kg?.v ?? BAG_KG) * 60) / 1000, q, t: kg ? Math.min(kg.t, bagsPerMin.t) : bagsPerMin.t };
}

/** Chlorine / gas detectors shown together on the overview. */
export const GAS_DETECTORS: readonly string[] = ['AT-5991', 'AT-5992', 'AT-5993', 'AT-5994', 'AT-5995', 'AT-5996', 'AT-5997', 'AT-5998'];

export type EquipmentKind = 'pump' | 'motor' | 'valve';

/** Kind by ISA-5.1 letter: P- pump, XV- on/off valve, anything else (M-, K-) a motor. */
export function equipmentKind(name: string): EquipmentKind {
  if (name.startsWith('P-')) return 'pump';
  if (name.startsWith('XV-')) return 'valve';
  return 'motor';
}

export interface UnitObjects {
  loops: string[];
  equipment: string[];
  /** Plain measured tags (no loop part, no interlock status, no discrete command state). */
  indicators: string[];
  interlocks: string[];
}

const LOOP_PART = /\.(PV|SP|OP|MODE)$/;

/** What a unit display draws, from the catalog. */
export function unitObjects(index: CatalogIndex, interlocks: readonly { id: string; unit: string }[], unit: string): UnitObjects {
  const loops = [...index.loops.values()].filter((l) => l.unit === unit).map((l) => l.name);
  const equipment = [...index.equipment.values()].filter((e) => e.unit === unit).map((e) => e.name);
  const skip = new Set(equipment);
  const indicators = [...index.tags.values()]
    .filter((t) => t.unit === unit && !LOOP_PART.test(t.name) && !/^I-\d+\./.test(t.name) && !skip.has(t.name))
    .map((t) => t.name);
  return { loops, equipment, indicators, interlocks: interlocks.filter((i) => i.unit === unit).map((i) => i.id) };
}

export interface Placed {
  name: string;
  x: number;
  y: number;
}

export interface UnitLayout {
  width: number;
  height: number;
  /** The vessel box, centre top. */
  vessel: { x: number; y: number; w: number; h: number };
  /** Process line under the vessel that the equipment sits on. */
  line: { x1: number; x2: number; y: number };
  equipment: (Placed & { kind: EquipmentKind })[];
  /** Instrument bubbles (loops first, then indicators); their value box is to the right. */
  instruments: Placed[];
  interlocks: Placed[];
}

export const INSTRUMENT_W = 230;
export const INSTRUMENT_H = 56;
const COLS = 5;

/** Positions for everything a unit display draws, in a 1400-wide drawing. */
export function layoutUnit(o: UnitObjects): UnitLayout {
  const width = 1400;
  const vessel = { x: 560, y: 70, w: 280, h: 150 };
  const line = { x1: 60, x2: width - 60, y: 290 };
  const step = o.equipment.length > 0 ? (line.x2 - line.x1) / (o.equipment.length + 1) : 0;
  const equipment = o.equipment.map((name, i) => ({ name, kind: equipmentKind(name), x: line.x1 + step * (i + 1), y: line.y }));
  const instruments = [...o.loops, ...o.indicators].map((name, i) => ({
    name,
    x: 40 + (i % COLS) * (INSTRUMENT_W + 40),
    y: 380 + Math.floor(i / COLS) * (INSTRUMENT_H + 22),
  }));
  const rows = Math.ceil(instruments.length / COLS);
  const interlocks = o.interlocks.map((name, i) => ({ name, x: 40 + i * 240, y: 30 }));
  return { width, height: 380 + rows * (INSTRUMENT_H + 22) + 20, vessel, line, equipment, instruments, interlocks };
}

export type UnitState = 'tripped' | 'running' | 'stopped';

/** Tripped if an interlock has tripped or a machine tripped; running if any machine runs; else stopped. */
export function unitState(equipmentStates: readonly (string | undefined)[], interlockStates: readonly (string | undefined)[]): UnitState {
  if (interlockStates.includes('TRIPPED') || equipmentStates.includes('TRIPPED')) return 'tripped';
  if (equipmentStates.some((s) => s !== undefined && s !== 'STOPPED' && s !== 'CLOSED' && s !== 'OPEN' && s !== 'TRAVEL')) return 'running';
  return 'stopped';
}

export interface LimitTick {
  id: string;
  /** Position along the bar, 0…1. */
  at: number;
  priority: Priority;
}

/** Absolute alarm limits of a tag as ticks on a bar from lo to hi. */
export function limitTicks(configs: readonly AlarmConfigView[], lo: number, hi: number): LimitTick[] {
  const out: LimitTick[] = [];
  for (const c of configs) {
    if (c.limit === null || !['HI', 'HIHI', 'LO', 'LOLO'].includes(c.type)) continue;
    const at = barFraction(c.limit, lo, hi);
    if (at !== null) out.push({ id: c.id, at, priority: c.priority });
  }
  return out;
}
