/**
 * Unit U55: caustic off-gas scrubber T-5501 with fan K-5501. The vent gas of R-5301 brings Cl2;
 * Cl2 + 2 NaOH → NaCl + NaOCl + H2O consumes the circulating caustic; AIC-5501 adds fresh caustic;
 * absorption efficiency falls with pH and circulation, so exhausted caustic means Cl2 at the
 * stack (AT-5505). [assumption] values; MODEL.md §8.
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { Agitator } from './agitator.ts';
import { motorEquipment } from './equipment.ts';
import { FLOW_PI, Indicators, MeasuredLoop, P_ONLY, SLOW_PI } from './instruments.ts';
import type { TagPoint } from './point.ts';
import type { Sensor } from './sensor.ts';
import { Tank } from './tank.ts';
import type { StepContext, Unit } from './unit.ts';
import { clamp } from './units.ts';
import { ControlValve } from './valve.ts';

const UNIT = 'U55';
const t = (en: string, zh: string): Text => ({ en, zh });
const SUMP_M3 = 10; // m³ at 100 %
const CL2_TO_SCRUBBER_KGH = 2; // kg/h of Cl2 in the vent at the nominal Cl2 feed [assumption]
const GAS_FLOW_M3H = 2000; // m³/h of vent gas at the fan's rated speed
const FRESH_NAOH = 5; // mol/L of the fresh caustic
const FAN_RPM = 1450; // rpm

export class U55Scrubber implements Unit {
  readonly id = UNIT;
  /** Free hydroxide in the circulating caustic, mol/L (pH 12.5 ⇒ 0.0316). */
  oh = 10 ** (12.5 - 14);
  readonly sump = new Tank(SUMP_M3, 0.5 * SUMP_M3);
  readonly fan = new Agitator({ ratedRpm: FAN_RPM, upTauS: 5, downTauS: 20, ratedA: 20, noLoadA: 6, uaFloor: 0 }, true); // K-5501
  /** Fan speed demand, fraction of rated (I-08 raises it to the maximum). */
  fanBoost = 1;
  /** Fresh caustic supply available (false = exhausted, §7.4 #15). */
  causticOk = true;
  /** Extra depletion of the caustic, mol/(L·s) (§7.4 #15 ramps it). */
  extraDepletion = 0;
  readonly naohValve = new ControlValve({ maxFlow: 0.1, tauS: 5, characteristic: 'linear' }, 0); // FV-5501, m³/h
  readonly circValve = new ControlValve({ maxFlow: 40, tauS: 5, characteristic: 'equal-percentage', rangeability: 50 }, 0); // FV-5502
  readonly bleedValve = new ControlValve({ maxFlow: 0.2, tauS: 5, characteristic: 'linear' }, 50); // LV-5503
  readonly aic: MeasuredLoop;
  readonly fic: MeasuredLoop;
  readonly lic: MeasuredLoop;
  readonly ind: Indicators;
  /** Cl2 feed of R-5301, kg/h (set by the plant). */
  cl2Feed: () => number = () => 142;
  circulationOk = true;
  inletCl2Kgh = CL2_TO_SCRUBBER_KGH;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  constructor({ seed }: { seed: number }) {
    const consumption = (2 * CL2_TO_SCRUBBER_KGH * 1000) / 70.9; // mol/h of NaOH
    const naohOp = ((consumption / FRESH_NAOH / 1000) / 0.1) * 100; // % of FV-5501
    this.naohValve.position = naohOp;
    this.circValve.position = this.circValve.positionFor(20);
    this.aic = new MeasuredLoop(UNIT, {
      name: 'AIC-5501', desc: t('Circulating caustic pH', '循环碱液 pH'), eu: 'pH', lo: 0, hi: 14, decimals: 2, normal: [10, 13.5],
      tuning: SLOW_PI(600, 'reverse', 2), mode: 'AUTO', sp: 12.5, op: naohOp, lagS: 30, noiseAbs: 0.01, truth: () => this.ph,
    }, seed);
    this.fic = new MeasuredLoop(UNIT, {
      name: 'FIC-5502', desc: t('Circulation flow', '循环液流量'), eu: 'm³/h', lo: 0, hi: 40, decimals: 1, normal: [10, 35],
      tuning: FLOW_PI, mode: 'AUTO', sp: 20, op: this.circValve.position, lagS: 1, noiseRel: 0.005, truth: () => this.circulation,
    }, seed);
    this.lic = new MeasuredLoop(UNIT, {
      name: 'LIC-5503', desc: t('Sump level', '塔釜液位'), eu: '%', lo: 0, hi: 100, decimals: 1, normal: [20, 80],
      tuning: P_ONLY(2, 'direct'), mode: 'AUTO', sp: 50, op: 50, lagS: 2, noiseAbs: 0.2, truth: () => this.sump.levelPct,
    }, seed);
    this.ind = new Indicators(UNIT, [
      { tag: 'PDI-5504', desc: t('Packing ΔP', '填料压降'), eu: 'kPa', lo: 0, hi: 5, normal: [0.5, 3], decimals: 2, lagS: 2, noiseAbs: 0.01, truth: () => 1.5 * this.gasFraction ** 2 * (0.7 + 0.3 * this.circulation / 20) },
      { tag: 'AT-5505', desc: t('Stack Cl2', '排放口氯气'), eu: 'mg/m³', lo: 0, hi: 20, normal: [0, 5], decimals: 2, lagS: 20, truth: () => this.stackCl2 },
      { tag: 'SI-5506', desc: t('Fan K-5501 speed', '引风机转速'), eu: 'rpm', lo: 0, hi: 1800, normal: [1000, 1700], decimals: 0, lagS: 0.5, noiseRel: 0.002, truth: () => this.fan.speed * this.fanBoost },
      { tag: 'II-5506', desc: t('Fan K-5501 current', '引风机电流'), eu: 'A', lo: 0, hi: 40, normal: [10, 30], decimals: 1, lagS: 0.5, noiseRel: 0.005, truth: () => this.fan.current * this.fanBoost ** 3 },
    ], seed);
    const fanTag = motorEquipment('K-5501', UNIT, t('Scrubber fan', '引风机'), this.fan);
    const loops = [this.aic, this.fic, this.lic];
    this.points = [...loops.flatMap((l) => l.loop.points()), ...this.ind.points(), fanTag.point];
    this.loops = loops.map((l) => l.loop.meta());
    this.equipment = [fanTag.meta];
    this.sensors = new Map<string, Sensor>([...loops.map((l) => [`${l.loop.name}.PV`, l.sensor] as [string, Sensor]), ...this.ind.sensorEntries()]);
  }

  get ph(): number {
    return clamp(14 + Math.log10(Math.max(this.oh, 1e-9)), 0, 14);
  }

  get circulation(): number {
    return this.circulationOk ? this.circValve.flow : 0;
  }

  /** Gas drawn, fraction of rated. */
  get gasFraction(): number {
    return (this.fan.speed / FAN_RPM) * this.fanBoost;
  }

  /** Absorption efficiency: logistic in pH around 9.5, times wetting by the circulation. */
  get efficiency(): number {
    const wet = clamp(this.circulation / 10, 0, 1);
    return wet / (1 + Math.exp(-3 * (this.ph - 9.5)));
  }

  /** Stack Cl2, mg/m³. */
  get stackCl2(): number {
    const gas = Math.max(0.05, this.gasFraction) * GAS_FLOW_M3H; // m³/h
    return (this.inletCl2Kgh * 1e6 * (1 - this.efficiency)) / gas;
  }

  /** Vent capacity the fan gives R-5301 (1 nominal; a stopped fan leaves the natural draught). */
  get ventFactor(): number {
    return 0.2 + 0.8 * Math.min(1.2, this.gasFraction);
  }

  step(dtS: number, _ctx: StepContext): void {
    for (const l of [this.aic, this.fic, this.lic]) l.loop.update(dtS);
    this.naohValve.update(this.aic.loop.op, dtS);
    this.circValve.update(this.fic.loop.op, dtS);
    this.bleedValve.update(this.lic.loop.op, dtS);
    this.fan.update(dtS);
    this.inletCl2Kgh = CL2_TO_SCRUBBER_KGH * (this.cl2Feed() / 142);
    const fresh = this.causticOk ? this.naohValve.flow : 0; // m³/h
    const absorbedMolS = (this.inletCl2Kgh * this.efficiency * 1000) / 70.9 / 3600; // mol/s
    const litres = this.sump.volume * 1000;
    this.oh = Math.max(0, this.oh + ((fresh * 1000 * FRESH_NAOH) / 3600 / litres - (2 * absorbedMolS) / litres - this.extraDepletion) * dtS);
    // Fresh caustic adds the bleed's volume back: the sump holds by LIC-5503 on the bleed.
    this.sump.flow(fresh + 0.1, this.bleedValve.flow, dtS);
    for (const l of [this.aic, this.fic, this.lic]) l.measure(dtS);
    this.ind.update(dtS);
  }
}
