/**
 * Unit U59: utilities and gas detection. Cooling water (P-5901A/B on a header), chilled brine,
 * LP steam, N2, instrument air, the 0.4 kV bus, and the toxic-gas detectors. Other units read
 * the supplies from here each step, so losing one propagates (reference §7.1 U59, §7.4 #2, #16).
 * Values are [assumption] unless marked.
 */
import type { EquipmentMeta, LoopMeta } from '../protocol.ts';
import { Indicators, type IndicatorDef } from './instruments.ts';
import type { TagPoint } from './point.ts';
import { Pump, PumpPair } from './pump.ts';
import type { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { clamp, lagFraction } from './units.ts';

const UNIT = 'U59';
export const CW_HEADER_NOMINAL_MPA = 0.35; // MPa(g)
const CW_NETWORK_FLOW = 80; // m³/h through the consumers at the nominal header pressure
export const CW_SUPPLY_NOMINAL_C = 26.85; // °C (300 K, §3.1.1)
export const BUS_NOMINAL_V = 400; // V
/** Undervoltage relays trip motors below this bus voltage, V. */
export const UNDERVOLTAGE_V = 320;

/** A motor the bus feeds: tripped by undervoltage; its power counts in JI-5908. */
export interface BusLoad {
  readonly running: boolean;
  trip(): void;
  /** Electrical load when running, kW. */
  readonly kw: number;
}

/** Toxic-gas detector locations. */
export const CL2_FLOOR_DETECTORS = ['AT-5991', 'AT-5992', 'AT-5993', 'AT-5994', 'AT-5995', 'AT-5996'] as const;

export class U59Utilities implements Unit {
  readonly id = UNIT;
  readonly cwPumps: PumpPair;
  /** Disturbances the malfunctions move. */
  cwTempOffsetK = 0; // K, added to the CW supply (§7.4 #2)
  busSag = 0; // fraction of bus voltage lost (§7.4 #16)
  chillerOn = true;
  airCompressorOn = true;
  /** Gas concentrations at the detectors, mg/m³ (true values), and leak targets. */
  readonly gas: Record<string, number> = {};
  readonly gasSource: Record<string, number> = {};
  brineC = -5; // °C
  airMPa = 0.6; // MPa(g)
  steamMPa = 0.4; // MPa(g)
  boilerOn = true;
  /** Valves that need instrument air (set to fail-safe below 0.3 MPa). */
  readonly airUsers: { airOk: boolean }[] = [];
  readonly loads: BusLoad[] = [];

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[] = [];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;
  readonly ind: Indicators;

  constructor({ seed }: { seed: number }) {
    const pump = (name: string, running: boolean): Pump =>
      new Pump({ name, unit: UNIT, desc: { en: `CW pump ${name}`, zh: `循环水泵 ${name}` }, h0: 0.5, k: 0.15 / (CW_NETWORK_FLOW * CW_NETWORK_FLOW), ratedA: 180, noLoadA: 60, ratedFlow: CW_NETWORK_FLOW, tauS: 3 }, running);
    this.cwPumps = new PumpPair(pump('P-5901A', true), pump('P-5901B', false), 0.25);
    this.cwPumps.update(1e-9, CW_NETWORK_FLOW, CW_HEADER_NOMINAL_MPA);
    for (const t of [...CL2_FLOOR_DETECTORS, 'AT-5997', 'AT-5998']) {
      this.gas[t] = 0;
      this.gasSource[t] = 0;
    }
    const gasDef = (tag: string, en: string, zh: string, hi: number, normalHi: number): IndicatorDef => ({
      tag, desc: { en, zh }, eu: 'mg/m³', lo: 0, hi, normal: [0, normalHi], decimals: 2, lagS: 10, truth: () => this.gas[tag]!,
    });
    const defs: IndicatorDef[] = [
      { tag: 'PI-5901', desc: { en: 'CW header pressure (P-5901A/B)', zh: '循环水总管压力' }, eu: 'MPa', lo: 0, hi: 1, normal: [0.25, 0.5], decimals: 3, lagS: 1, noiseAbs: 0.002, truth: () => this.cwPumps.pressure },
      { tag: 'TI-5902', desc: { en: 'CW supply temperature', zh: '循环水上水温度' }, eu: '°C', lo: 0, hi: 50, normal: [15, 32], decimals: 1, lagS: 10, noiseAbs: 0.02, truth: () => this.cwSupplyC },
      { tag: 'TI-5903', desc: { en: 'Chilled brine supply', zh: '冷冻盐水温度' }, eu: '°C', lo: -20, hi: 20, normal: [-10, 2], decimals: 1, lagS: 10, noiseAbs: 0.02, truth: () => this.brineC },
      { tag: 'PIC-5904', desc: { en: 'LP steam header', zh: '蒸汽压力' }, eu: 'MPa', lo: 0, hi: 1, normal: [0.25, 0.6], decimals: 3, lagS: 2, noiseAbs: 0.002, truth: () => this.steamMPa },
      { tag: 'PI-5905', desc: { en: 'N2 header', zh: '氮气压力' }, eu: 'MPa', lo: 0, hi: 1, normal: [0.3, 0.7], decimals: 3, lagS: 2, noiseAbs: 0.002, truth: () => 0.5 },
      { tag: 'PI-5906', desc: { en: 'Instrument air', zh: '仪表空气压力' }, eu: 'MPa', lo: 0, hi: 1, normal: [0.45, 0.8], decimals: 3, lagS: 1, noiseAbs: 0.002, truth: () => this.airMPa },
      { tag: 'EI-5907', desc: { en: '0.4 kV bus voltage', zh: '母线电压' }, eu: 'V', lo: 0, hi: 500, normal: [360, 440], decimals: 0, lagS: 0.1, noiseAbs: 0.5, truth: () => this.busV },
      { tag: 'JI-5908', desc: { en: 'Workshop power', zh: '车间功率' }, eu: 'kW', lo: 0, hi: 1000, normal: [0, 800], decimals: 0, lagS: 2, noiseRel: 0.005, truth: () => this.powerKw },
      gasDef('AT-5991', 'Cl2 detector, R-5301 floor 1', '氯气检测 R-5301 一层', 10, 1),
      gasDef('AT-5992', 'Cl2 detector, R-5301 floor 2', '氯气检测 R-5301 二层', 10, 1),
      gasDef('AT-5993', 'Cl2 detector, R-5301 floor 3', '氯气检测 R-5301 三层', 10, 1),
      gasDef('AT-5994', 'Cl2 detector, R-5401 floor 1', '氯气检测 R-5401 一层', 10, 1),
      gasDef('AT-5995', 'Cl2 detector, R-5401 floor 2', '氯气检测 R-5401 二层', 10, 1),
      gasDef('AT-5996', 'Cl2 detector, scrubber area', '氯气检测 尾气塔区', 10, 1),
      gasDef('AT-5997', 'HCl detector', '氯化氢检测', 30, 7.5),
      gasDef('AT-5998', 'H2S detector (mercaptan area)', '硫化氢检测', 50, 10),
    ];
    this.ind = new Indicators(UNIT, defs, seed);
    const { a, b } = this.cwPumps;
    this.points = [...this.ind.points(), a.point(), b.point()];
    this.equipment = [a.equipment(), b.equipment()];
    this.sensors = new Map(this.ind.sensorEntries());
    this.loads.push(
      { get running() { return a.running; }, trip: () => a.trip(), kw: 55 },
      { get running() { return b.running; }, trip: () => b.trip(), kw: 55 },
    );
  }

  /** CW supply temperature, °C. */
  /** LP steam available to the heaters (header above 0.25 MPa). */
  get steamOk(): boolean {
    return this.steamMPa > 0.25;
  }

  get cwSupplyC(): number {
    return CW_SUPPLY_NOMINAL_C + this.cwTempOffsetK;
  }

  /** Fraction of design CW flow the header can push through a consumer's valve (√ΔP). */
  get cwFactor(): number {
    return clamp(Math.sqrt(this.cwPumps.pressure / CW_HEADER_NOMINAL_MPA), 0, 1);
  }

  get busV(): number {
    return BUS_NOMINAL_V * (1 - this.busSag);
  }

  get powerKw(): number {
    let kw = 150; // lighting, HVAC, instruments
    for (const l of this.loads) if (l.running) kw += l.kw;
    return kw;
  }

  /** Registers a motor on the 0.4 kV bus. */
  addLoad(load: BusLoad): void {
    this.loads.push(load);
  }

  step(dtS: number, _ctx: StepContext): void {
    if (this.busV < UNDERVOLTAGE_V) for (const l of this.loads) l.trip();
    this.cwPumps.update(dtS, CW_NETWORK_FLOW, CW_HEADER_NOMINAL_MPA);
    this.brineC += ((this.chillerOn ? -5 : 20) - this.brineC) * lagFraction(dtS, 1800);
    this.airMPa += ((this.airCompressorOn && this.busV >= UNDERVOLTAGE_V ? 0.6 : 0) - this.airMPa) * lagFraction(dtS, 120);
    this.steamMPa += ((this.boilerOn ? 0.4 : 0) - this.steamMPa) * lagFraction(dtS, 300);
    const airOk = this.airMPa > 0.3;
    for (const v of this.airUsers) v.airOk = airOk;
    for (const t in this.gas) this.gas[t]! += (this.gasSource[t]! - this.gas[t]!) * lagFraction(dtS, 60);
    this.ind.update(dtS);
  }

  /** Detector readings for voting. */
  detector(tag: string): Sensor {
    return this.ind.sensor(tag);
  }
}
