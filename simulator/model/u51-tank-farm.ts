/**
 * Unit U51: solvent tank V-5101 (inlet on LIC-5101, averaging P-only), transfer pumps P-5101A/B
 * on FIC-5105 into the disulfide-solution tank V-5102 (LI-5103), which feeds R-5301. Tanks by
 * volume balance; pumps by curve; standby auto-start on low discharge pressure (reference §3.3, §7.1 U51).
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { calcPoint, FLOW_PI, Indicators, MeasuredLoop, P_ONLY } from './instruments.ts';
import { OnOffValve } from './onoff-valve.ts';
import type { TagPoint } from './point.ts';
import { Pump, PumpPair } from './pump.ts';
import type { Sensor } from './sensor.ts';
import { Tank } from './tank.ts';
import type { StepContext, Unit } from './unit.ts';
import { ControlValve } from './valve.ts';

const UNIT = 'U51';
const t = (en: string, zh: string): Text => ({ en, zh });

export const V5101_M3 = 50; // m³ at 100 %
export const V5102_M3 = 40; // m³ at 100 %
export const TRANSFER_NOMINAL = 3.0; // m³/h (FIC-5105)
export const DISULFIDE_MAKEUP = 1.0; // m³/h of disulfide concentrate into V-5102 [assumption]
const PUMP_P_NOMINAL = 0.35; // MPa(g) at the nominal transfer
/** LSHH-5102 switches at this true level, %. */
export const LSHH_PCT = 90;

export class U51TankFarm implements Unit {
  readonly id = UNIT;
  readonly v5101 = new Tank(V5101_M3, 0.6 * V5101_M3);
  readonly v5102 = new Tank(V5102_M3, 0.55 * V5102_M3);
  readonly inletValve = new ControlValve({ maxFlow: 6, tauS: 6, characteristic: 'linear' }, 50); // LV-5101
  readonly transferValve = new ControlValve({ maxFlow: 6, tauS: 6, characteristic: 'linear' }, 50); // FV-5105
  readonly xvInlet = new OnOffValve({ name: 'XV-5101', unit: UNIT, desc: t('Tank inlet shut-off', '进料切断阀'), travelS: 5, failSafe: 'closed' }, true);
  readonly pumps: PumpPair;
  readonly lic: MeasuredLoop;
  readonly fic: MeasuredLoop;
  readonly ind: Indicators;
  /** Flows of the last step, m³/h. */
  inletFlow = TRANSFER_NOMINAL;
  transferFlow = TRANSFER_NOMINAL;
  feedOut = TRANSFER_NOMINAL + DISULFIDE_MAKEUP;
  /** R-5301 feed demand, m³/h (read from U53 by the plant). */
  feedDemand: () => number = () => TRANSFER_NOMINAL + DISULFIDE_MAKEUP;
  makeupOn = true;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  constructor({ seed }: { seed: number }) {
    const pump = (name: string, running: boolean): Pump =>
      new Pump({ name, unit: UNIT, desc: t(`Solvent transfer pump ${name}`, `溶剂输送泵 ${name}`), h0: 0.45, k: (0.45 - PUMP_P_NOMINAL) / 9, ratedA: 12, noLoadA: 5, ratedFlow: 3, tauS: 2 }, running);
    this.pumps = new PumpPair(pump('P-5101A', true), pump('P-5101B', false), 0.15);
    // Valve sized so 50 % passes 3 m³/h at 0.35 MPa: flow = 6·x·√(p/0.35).
    this.pumps.update(1e-9, this.transferValve.flow, PUMP_P_NOMINAL);
    this.lic = new MeasuredLoop(UNIT, {
      name: 'LIC-5101', desc: t('Solvent tank V-5101 level', '溶剂罐液位'), eu: '%', lo: 0, hi: 100, decimals: 1, normal: [20, 85],
      tuning: P_ONLY(2, 'reverse'), mode: 'AUTO', sp: 60, op: 50, lagS: 2, noiseAbs: 0.2, truth: () => this.v5101.levelPct,
    }, seed);
    this.fic = new MeasuredLoop(UNIT, {
      name: 'FIC-5105', desc: t('Solvent transfer flow', '溶剂输送流量'), eu: 'm³/h', lo: 0, hi: 6, decimals: 2, normal: [1, 5],
      tuning: FLOW_PI, mode: 'AUTO', sp: TRANSFER_NOMINAL, op: 50, lagS: 1, noiseRel: 0.005, truth: () => this.transferFlow,
    }, seed);
    const { a, b } = this.pumps;
    this.ind = new Indicators(UNIT, [
      { tag: 'LI-5103', desc: t('Disulfide solution tank V-5102 level', '二硫化物溶液罐液位'), eu: '%', lo: 0, hi: 100, normal: [15, 85], decimals: 1, lagS: 2, noiseAbs: 0.2, truth: () => this.v5102.levelPct },
      { tag: 'TI-5104', desc: t('Tank temperature', '罐区温度'), eu: '°C', lo: -20, hi: 60, normal: [0, 40], decimals: 1, lagS: 30, noiseAbs: 0.02, truth: () => 25 },
      { tag: 'PI-5106', desc: t('Pump discharge pressure', 'P-5101A/B 出口压力'), eu: 'MPa', lo: 0, hi: 1, normal: [0.15, 0.6], decimals: 3, lagS: 0.5, noiseAbs: 0.002, truth: () => this.pumps.pressure },
      { tag: 'II-5101A', desc: t('P-5101A motor current', 'P-5101A 电流'), eu: 'A', lo: 0, hi: 30, normal: [0, 18], decimals: 1, lagS: 0.5, noiseRel: 0.005, truth: () => this.pumps.currentOf(a) },
      { tag: 'II-5101B', desc: t('P-5101B motor current', 'P-5101B 电流'), eu: 'A', lo: 0, hi: 30, normal: [0, 18], decimals: 1, lagS: 0.5, noiseRel: 0.005, truth: () => this.pumps.currentOf(b) },
      { tag: 'AT-5190', desc: t('Solvent vapour (LEL)', '可燃气体检测'), eu: '%LEL', lo: 0, hi: 100, normal: [0, 25], decimals: 1, lagS: 10, truth: () => 0 },
    ], seed);
    this.points = [
      ...this.lic.loop.points(), ...this.fic.loop.points(), ...this.ind.points(),
      calcPoint({ name: 'LSHH-5102', unit: UNIT, desc: t('Independent high-high level switch', '溶剂罐高高液位开关'), eu: '', lo: 0, hi: 1, decimals: 0, states: ['OFF', 'ON'] }, () => (this.lshh ? 1 : 0)),
      a.point(), b.point(), ...this.xvInlet.points(),
    ];
    this.loops = [this.lic.loop.meta(), this.fic.loop.meta()];
    this.equipment = [a.equipment(), b.equipment(), this.xvInlet.equipment()];
    this.sensors = new Map([[`LIC-5101.PV`, this.lic.sensor], [`FIC-5105.PV`, this.fic.sensor], ...this.ind.sensorEntries()]);
  }

  /** LSHH-5102, on the true level. */
  get lshh(): boolean {
    return this.v5101.levelPct >= LSHH_PCT;
  }

  step(dtS: number, _ctx: StepContext): void {
    this.lic.loop.update(dtS);
    this.fic.loop.update(dtS);
    this.inletValve.update(this.lic.loop.op, dtS);
    this.transferValve.update(this.fic.loop.op, dtS);
    this.xvInlet.update(dtS);
    this.pumps.update(dtS, this.transferValve.flow, PUMP_P_NOMINAL);
    // Battery-limit solvent supply: LV-5101 at 50 % passes 3 m³/h.
    this.inletFlow = this.inletValve.flow * this.xvInlet.flowFactor;
    const empty = this.v5101.volume <= 0.05;
    const wanted = empty ? 0 : this.pumps.flow;
    this.transferFlow = this.v5101.flow(this.inletFlow, wanted, dtS);
    this.feedOut = this.v5102.flow(this.transferFlow + (this.makeupOn ? DISULFIDE_MAKEUP : 0), this.feedDemand(), dtS);
    this.lic.measure(dtS);
    this.fic.measure(dtS);
    this.ind.update(dtS);
  }

  /** Fraction of its feed R-5301 can draw (V-5102 not empty). */
  get feedFactor(): number {
    return this.v5102.volume > 0.1 ? 1 : 0;
  }

  coldStart(): void {
    this.pumps.a.running = false;
    this.pumps.a.speed = 0;
    this.makeupOn = false;
  }
}
