/**
 * Unit U52: liquid-Cl2 container on a scale (WI-5201, automatic change-over), vaporiser E-5201
 * heated by hot water (TIC-5202, on LP steam), vaporiser pressure PI-5203, reducing station
 * PIC-5204, ΔP to the reactor PDT-5206, header ESD valve XV-5205, room detectors AT-5291/5292.
 * Pressures follow the hot-water temperature [assumption]; MODEL.md §7.
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { Indicators, MeasuredLoop, SLOW_PI } from './instruments.ts';
import { OnOffValve } from './onoff-valve.ts';
import type { TagPoint } from './point.ts';
import type { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { clamp, lagFraction } from './units.ts';
import { ControlValve } from './valve.ts';

const UNIT = 'U52';
const t = (en: string, zh: string): Text => ({ en, zh });
export const CONTAINER_FULL_KG = 800; // kg
export const CHANGE_OVER_KG = 60; // kg: the standby container is switched in here
const HW_NOMINAL_C = 40; // °C
const VAP_NOMINAL_MPA = 0.3; // MPa(g)
const VAP_PER_K = 0.012; // MPa/K [assumption]
const BUFFER_NOMINAL_MPA = 0.2; // MPa(g)
const LINE_LOSS_KPA = 100; // kPa across FV-5303 and the line at the nominal flow

export class U52Chlorine implements Unit {
  readonly id = UNIT;
  containerKg = 600; // kg
  hotWaterC = HW_NOMINAL_C; // °C
  vapMPa = VAP_NOMINAL_MPA;
  bufferMPa = BUFFER_NOMINAL_MPA;
  /** Steam to the vaporiser heater available (§7.4 #13). */
  steamOk = true;
  /** Cl2 concentration in the vaporiser room at the two heads, mg/m³, and the leak's target. */
  roomGas = 0;
  leakTarget = 0;
  readonly steamValve = new ControlValve({ maxFlow: 100, tauS: 10, characteristic: 'linear' }, 50); // TV-5202, % heat
  readonly xvHeader = new OnOffValve({ name: 'XV-5205', unit: UNIT, desc: t('Cl2 header ESD valve (fail-closed)', '氯气总管紧急切断阀'), travelS: 3, failSafe: 'closed' }, true);
  readonly tic: MeasuredLoop;
  readonly ind: Indicators;
  /** Cl2 drawn by R-5301, kg/h; reactor pressure, kPa(g) (set by the plant each step). */
  cl2Draw: () => number = () => 142;
  reactorKpa: () => number = () => 20;
  /** LP steam header available (U59). */
  steamHeader: () => boolean = () => true;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  constructor({ seed }: { seed: number }) {
    this.tic = new MeasuredLoop(UNIT, {
      name: 'TIC-5202', desc: t('Vaporiser hot-water temperature', '汽化器热水温度'), eu: '°C', lo: 0, hi: 80, decimals: 1, normal: [30, 45],
      tuning: SLOW_PI(120, 'reverse', 2), mode: 'AUTO', sp: HW_NOMINAL_C, op: 50, lagS: 5, noiseAbs: 0.02, truth: () => this.hotWaterC,
    }, seed);
    this.ind = new Indicators(UNIT, [
      { tag: 'WI-5201', desc: t('Liquid Cl2 container weight', '液氯容器重量'), eu: 'kg', lo: 0, hi: 1000, normal: [50, 1000], decimals: 0, lagS: 2, noiseAbs: 0.3, truth: () => this.containerKg },
      { tag: 'PI-5203', desc: t('Vaporiser pressure', '汽化器压力'), eu: 'MPa', lo: 0, hi: 1, normal: [0.15, 0.5], decimals: 3, lagS: 1, noiseAbs: 0.001, truth: () => this.vapMPa },
      { tag: 'PIC-5204', desc: t('Cl2 buffer pressure (reduced)', '缓冲罐压力'), eu: 'MPa', lo: 0, hi: 0.6, normal: [0.1, 0.3], decimals: 3, lagS: 1, noiseAbs: 0.001, truth: () => this.bufferMPa },
      { tag: 'PDT-5206', desc: t('Vaporiser–reactor ΔP', '汽化器-反应器压差'), eu: 'kPa', lo: 0, hi: 300, normal: [20, 200], decimals: 1, lagS: 1, noiseAbs: 0.3, truth: () => this.dpKpa },
      { tag: 'AT-5291', desc: t('Cl2 detector, vaporiser room 1', '氯气检测(汽化间)1'), eu: 'mg/m³', lo: 0, hi: 10, normal: [0, 1], decimals: 2, lagS: 10, truth: () => this.roomGas },
      { tag: 'AT-5292', desc: t('Cl2 detector, vaporiser room 2', '氯气检测(汽化间)2'), eu: 'mg/m³', lo: 0, hi: 10, normal: [0, 1], decimals: 2, lagS: 15, truth: () => this.roomGas * 0.9 },
    ], seed);
    this.points = [...this.tic.loop.points(), ...this.ind.points(), ...this.xvHeader.points()];
    this.loops = [this.tic.loop.meta()];
    this.equipment = [this.xvHeader.equipment()];
    this.sensors = new Map([['TIC-5202.PV', this.tic.sensor], ...this.ind.sensorEntries()]);
  }

  /** ΔP from the buffer to the reactor less the line loss, kPa. */
  get dpKpa(): number {
    return Math.max(0, this.bufferMPa * 1000 - this.reactorKpa() - LINE_LOSS_KPA * this.xvHeader.flowFactor);
  }

  /** Fraction of the demanded Cl2 the supply can push: √(available ΔP / nominal), through XV-5205. */
  get cl2Factor(): number {
    const avail = Math.max(0, this.bufferMPa * 1000 - this.reactorKpa());
    return this.xvHeader.flowFactor * clamp(Math.sqrt(avail / (BUFFER_NOMINAL_MPA * 1000 - 20)), 0, 1) * (this.containerKg > 0 ? 1 : 0);
  }

  step(dtS: number, _ctx: StepContext): void {
    this.tic.loop.update(dtS);
    this.steamValve.update(this.tic.loop.op, dtS);
    this.xvHeader.update(dtS);
    // Hot water: steam heat (∝ valve, 50 % holds 40 °C) against losses to 20 °C and the vaporisation duty.
    const heat = this.steamOk && this.steamHeader() ? this.steamValve.position / 50 : 0;
    const duty = this.cl2Draw() / 142;
    this.hotWaterC += ((20 + 20 * heat - 20 * (duty - 1) * 0.2) - this.hotWaterC) * lagFraction(dtS, 300);
    const vapTarget = Math.max(0, VAP_NOMINAL_MPA + VAP_PER_K * (this.hotWaterC - HW_NOMINAL_C));
    this.vapMPa += (vapTarget - this.vapMPa) * lagFraction(dtS, 60);
    const bufTarget = Math.min(BUFFER_NOMINAL_MPA, Math.max(0, this.vapMPa - 0.05));
    this.bufferMPa += (bufTarget - this.bufferMPa) * lagFraction(dtS, 20);
    this.containerKg -= (this.cl2Draw() * dtS) / 3600;
    if (this.containerKg < CHANGE_OVER_KG) this.containerKg += CONTAINER_FULL_KG - CHANGE_OVER_KG; // standby container in
    this.roomGas += (this.leakTarget - this.roomGas) * lagFraction(dtS, 60);
    this.tic.measure(dtS);
    this.ind.update(dtS);
  }
}
