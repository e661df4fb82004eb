/**
 * Unit U57: double-cone vacuum dryer D-5701. Loads centrifuge cake, dries it with a hot-water
 * jacket (TIC-5701) under vacuum (PIC-5703) until the moisture end-point (AI-5704 < 0.35 %), then
 * discharges the dry product to the packing silo. Drying: dX/dt = −k·f(T, P)·(X − Xeq) [assumption].
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { Agitator } from './agitator.ts';
import { motorEquipment } from './equipment.ts';
import { calcPoint, Indicators, MeasuredLoop, SLOW_PI } from './instruments.ts';
import type { TagPoint } from './point.ts';
import type { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { clamp, lagFraction } from './units.ts';
import { ControlValve } from './valve.ts';

const UNIT = 'U57';
const t = (en: string, zh: string): Text => ({ en, zh });
export const DRYER_PHASES = ['LOADING', 'DRYING', 'DISCHARGING'] as const;
const LOAD_KG = 1100; // kg of solids that start a drying cycle
const K_DRY = 3.2 / 7200; // 1/s: 5 % → 0.3 % in about 2 h at 55 °C and 10 kPa(a)
const X_EQ = 0.1; // %, equilibrium moisture
export const END_POINT = 0.35; // %
const DISCHARGE_S = 600; // s

export class U57Dryer implements Unit {
  readonly id = UNIT;
  phase = 1;
  solidsKg = 1140;
  /** Moisture, % (loss on drying). */
  moisture = 2.0;
  jacketC = 55;
  productC = 45;
  pressureKpa = 10;
  heatingOk = true;
  /** Interlock I-11 cuts heating. */
  heatCut = false;
  readonly vacuumPump = new Agitator({ ratedRpm: 1, upTauS: 1, downTauS: 1, ratedA: 15, noLoadA: 5, uaFloor: 0 }, true); // P-5701
  readonly rotation = new Agitator({ ratedRpm: 6, upTauS: 2, downTauS: 2, ratedA: 8, noLoadA: 3, uaFloor: 0 }, true); // M-5701
  readonly steamValve = new ControlValve({ maxFlow: 100, tauS: 10, characteristic: 'linear' }, 50);
  readonly bleedValve = new ControlValve({ maxFlow: 100, tauS: 5, characteristic: 'linear' }, 50);
  readonly tic: MeasuredLoop;
  readonly pic: MeasuredLoop;
  readonly ind: Indicators;
  /** Cake in from the centrifuge (wet kg, set by the plant); product out to the silo, kg, last step. */
  cakeIn: () => number = () => 0;
  productOutKg = 0;
  /** LP steam header available (U59). */
  steamHeader: () => boolean = () => true;
  private pendingKg = 0;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  constructor({ seed }: { seed: number }) {
    this.tic = new MeasuredLoop(UNIT, {
      name: 'TIC-5701', desc: t('Hot-water jacket temperature', '热水夹套温度'), eu: '°C', lo: 0, hi: 100, decimals: 1, normal: [40, 60],
      tuning: SLOW_PI(300, 'reverse', 2), mode: 'AUTO', sp: 55, op: 50, lagS: 5, noiseAbs: 0.02, truth: () => this.jacketC,
    }, seed);
    this.pic = new MeasuredLoop(UNIT, {
      name: 'PIC-5703', desc: t('Dryer pressure', '真空度'), eu: 'kPa', lo: 0, hi: 101, decimals: 1, normal: [2, 30],
      tuning: SLOW_PI(60, 'reverse', 1), mode: 'AUTO', sp: 10, op: 50, lagS: 2, noiseAbs: 0.05, truth: () => this.pressureKpa,
    }, seed);
    this.ind = new Indicators(UNIT, [
      { tag: 'TI-5702', desc: t('Product temperature', '物料温度'), eu: '°C', lo: 0, hi: 100, normal: [10, 55], decimals: 1, lagS: 10, noiseAbs: 0.02, truth: () => this.productC },
      { tag: 'AI-5704', desc: t('Moisture (loss on drying)', '物料水分'), eu: '%', lo: 0, hi: 20, normal: [0, 20], decimals: 2, lagS: 30, noiseAbs: 0.005, truth: () => this.moisture },
      { tag: 'SI-5705', desc: t('Rotation', '回转速度'), eu: 'rpm', lo: 0, hi: 10, normal: [2, 8], decimals: 1, lagS: 0.5, noiseRel: 0.002, truth: () => this.rotation.speed },
    ], seed);
    const pumpTag = motorEquipment('P-5701', UNIT, t('Vacuum pump', '真空泵'), this.vacuumPump);
    const rotTag = motorEquipment('M-5701', UNIT, t('Dryer rotation drive', '干燥机回转电机'), this.rotation);
    this.points = [...this.tic.loop.points(), ...this.pic.loop.points(), ...this.ind.points(), pumpTag.point, rotTag.point,
      calcPoint({ name: 'KI-5701', unit: UNIT, desc: t('Dryer phase', '干燥阶段'), eu: '', lo: 0, hi: 2, decimals: 0, states: [...DRYER_PHASES] }, () => this.phase)];
    this.loops = [this.tic.loop.meta(), this.pic.loop.meta()];
    this.equipment = [pumpTag.meta, rotTag.meta];
    this.sensors = new Map([['TIC-5701.PV', this.tic.sensor], ['PIC-5703.PV', this.pic.sensor], ...this.ind.sensorEntries()]);
  }

  step(dtS: number, _ctx: StepContext): void {
    this.tic.loop.update(dtS);
    this.pic.loop.update(dtS);
    this.steamValve.update(this.tic.loop.op, dtS);
    this.bleedValve.update(this.pic.loop.op, dtS);
    this.vacuumPump.update(dtS);
    this.rotation.update(dtS);
    const heat = this.heatingOk && this.steamHeader() && !this.heatCut ? this.steamValve.position / 50 : 0;
    this.jacketC += (20 + 35 * heat - this.jacketC) * lagFraction(dtS, 300);
    // Vacuum: the pump pulls towards 5 kPa(a); the air bleed (PIC-5703) adds up to 10 kPa.
    const pTarget = this.vacuumPump.running ? 5 + (10 * (100 - this.bleedValve.position)) / 100 : 101;
    this.pressureKpa += (pTarget - this.pressureKpa) * lagFraction(dtS, 60);
    this.pendingKg += this.cakeIn();
    this.productOutKg = 0;
    const drying = this.phase === 1;
    const f = clamp((this.jacketC - 20) / 35, 0, 1.5) * clamp((101 - this.pressureKpa) / 91, 0, 1) * (this.rotation.speed > 1 ? 1 : 0.3);
    if (drying) this.moisture -= K_DRY * f * Math.max(0, this.moisture - X_EQ) * dtS;
    this.productC += ((drying ? this.jacketC - 10 : this.jacketC - 20) - this.productC) * lagFraction(dtS, 600);
    this.runPhase(dtS);
    this.tic.measure(dtS);
    this.pic.measure(dtS);
    this.ind.update(dtS);
  }

  private phaseS = 0;

  private runPhase(dtS: number): void {
    this.phaseS += dtS;
    if (this.phase === 0) {
      const take = this.pendingKg;
      this.pendingKg = 0;
      if (take > 0) {
        const water = this.solidsKg * this.moisture / (100 - this.moisture) + take * 0.05;
        this.solidsKg += take * 0.95;
        this.moisture = (100 * water) / (this.solidsKg + water);
      }
      if (this.solidsKg >= LOAD_KG) this.go(1);
    } else if (this.phase === 1) {
      if (this.moisture < END_POINT) this.go(2);
    } else {
      const out = Math.min(this.solidsKg, (this.solidsKg + 1) * (dtS / Math.max(dtS, DISCHARGE_S - this.phaseS + dtS)));
      this.solidsKg -= out;
      this.productOutKg = out;
      if (this.phaseS >= DISCHARGE_S || this.solidsKg <= 0.5) {
        this.productOutKg += this.solidsKg;
        this.solidsKg = 0;
        this.moisture = 5;
        this.go(0);
      }
    }
  }

  private go(p: number): void {
    this.phase = p;
    this.phaseS = 0;
  }
}
