/**
 * Unit U56: slurry cooling / crystallisation tank V-5601 (TIC-5601, LIC-5602 averaging P-only on
 * the centrifuge feed) and the basket centrifuge M-5602 with its cycle FEED → SPIN → DISCHARGE,
 * cake load WI-5605, current, vibration VI-5604 (I-12 trips and brakes it). [assumption] values.
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { calcPoint, Indicators, MeasuredLoop, P_ONLY, SLOW_PI } from './instruments.ts';
import { refuse, type TagPoint } from './point.ts';
import type { Sensor } from './sensor.ts';
import { Tank } from './tank.ts';
import type { StepContext, Unit } from './unit.ts';
import { clamp, lagFraction } from './units.ts';
import { ControlValve } from './valve.ts';

const UNIT = 'U56';
const t = (en: string, zh: string): Text => ({ en, zh });
export const CENTRIFUGE_STATES = ['STOPPED', 'FEED', 'SPIN', 'DISCHARGE', 'TRIPPED'] as const;
const CAKE_FULL_KG = 600; // kg
const SPIN_S = 300; // s
const DISCHARGE_S = 180; // s
const RATED_RPM = 1000; // rpm
const CAKE_MOISTURE = 0.05; // mass fraction of water in the cake

export class U56Centrifuge implements Unit {
  readonly id = UNIT;
  readonly tank = new Tank(20, 9); // V-5601, m³
  /** Product solids in the tank, kg; slurry temperature, °C. */
  solidsKg = 9 * 300;
  tempC = 10;
  cycle = 1; // index into CENTRIFUGE_STATES
  cycleS = 0;
  speed = RATED_RPM;
  cakeKg = 200;
  /** Extra vibration from imbalance, mm/s (§7.4 #19). */
  imbalance = 0;
  /** Interlock I-12 holds the centrifuge stopped. */
  held = false;
  /** Cake sent to the dryer in the last step, kg (wet). */
  cakeOutKg = 0;
  /** Inflow from R-5401 in the last step: m³ and kg of product (set by the plant). */
  inflow: () => { m3: number; kg: number } = () => ({ m3: 0, kg: 0 });
  readonly outletValve = new ControlValve({ maxFlow: 2, tauS: 6, characteristic: 'linear' }, 40); // LV-5602
  readonly coolValve = new ControlValve({ maxFlow: 100, tauS: 10, characteristic: 'linear' }, 20); // TV-5601
  readonly tic: MeasuredLoop;
  readonly lic: MeasuredLoop;
  readonly ind: Indicators;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  constructor({ seed }: { seed: number }) {
    this.tic = new MeasuredLoop(UNIT, {
      name: 'TIC-5601', desc: t('Slurry tank temperature (cooling ramp)', '结晶釜温度'), eu: '°C', lo: -10, hi: 60, decimals: 1, normal: [0, 30],
      tuning: SLOW_PI(600, 'direct', 3), mode: 'AUTO', sp: 10, op: 20, lagS: 10, noiseAbs: 0.02, truth: () => this.tempC,
    }, seed);
    this.lic = new MeasuredLoop(UNIT, {
      name: 'LIC-5602', desc: t('Slurry tank level', '结晶釜液位'), eu: '%', lo: 0, hi: 100, decimals: 1, normal: [15, 85],
      tuning: P_ONLY(2, 'direct'), mode: 'AUTO', sp: 50, op: 40, lagS: 2, noiseAbs: 0.2, truth: () => this.tank.levelPct,
    }, seed);
    this.ind = new Indicators(UNIT, [
      { tag: 'SI-5603', desc: t('Centrifuge speed', '离心机转速'), eu: 'rpm', lo: 0, hi: 1500, normal: [0, 1100], decimals: 0, lagS: 0.5, noiseRel: 0.002, truth: () => this.speed },
      { tag: 'II-5603', desc: t('Centrifuge current', '离心机电流'), eu: 'A', lo: 0, hi: 100, normal: [0, 70], decimals: 1, lagS: 0.5, noiseRel: 0.005, truth: () => this.current },
      { tag: 'VI-5604', desc: t('Centrifuge vibration', '离心机振动'), eu: 'mm/s', lo: 0, hi: 20, normal: [0, 7.1], decimals: 2, lagS: 2, noiseAbs: 0.05, truth: () => this.vibration },
      { tag: 'WI-5605', desc: t('Cake load', '滤饼负荷'), eu: 'kg', lo: 0, hi: 800, normal: [0, 650], decimals: 0, lagS: 1, noiseRel: 0.002, truth: () => this.cakeKg },
    ], seed);
    const state: TagPoint = {
      meta: { name: 'M-5602', unit: UNIT, desc: t('Centrifuge', '离心机'), eu: '', lo: 0, hi: 4, decimals: 0, states: [...CENTRIFUGE_STATES], writable: true },
      read: () => this.cycle,
      quality: () => 0,
      write: (v) => this.command(v),
    };
    this.points = [...this.tic.loop.points(), ...this.lic.loop.points(), ...this.ind.points(), state,
      calcPoint({ name: 'YI-5602', unit: UNIT, desc: t('Centrifuge cycle timer', '离心周期计时'), eu: 's', lo: 0, hi: 10000, decimals: 0 }, () => this.cycleS)];
    this.loops = [this.tic.loop.meta(), this.lic.loop.meta()];
    this.equipment = [{ name: 'M-5602', unit: UNIT, desc: t('Centrifuge', '离心机'), commands: ['START', 'STOP'] }];
    this.sensors = new Map([['TIC-5601.PV', this.tic.sensor], ['LIC-5602.PV', this.lic.sensor], ...this.ind.sensorEntries()]);
  }

  get running(): boolean {
    return this.cycle >= 1 && this.cycle <= 3;
  }

  get current(): number {
    if (!this.running && this.speed < 1) return 0;
    const n = this.speed / RATED_RPM;
    return 10 + 25 * n * n + this.cakeKg / 40;
  }

  get vibration(): number {
    return (2.8 + this.imbalance) * clamp(this.speed / RATED_RPM, 0, 1.2);
  }

  /** Trips the motor (undervoltage, I-12): brake to standstill. */
  trip(): void {
    if (this.running) this.cycle = 4;
  }

  command(v: number | string): ReturnType<NonNullable<TagPoint['write']>> {
    if (v !== 'START' && v !== 'STOP') return refuse('INVALID_VALUE', 'M-5602 accepts START or STOP');
    const old = CENTRIFUGE_STATES[this.cycle];
    if (v === 'START') {
      if (this.held) return refuse('PERMISSIVE_MISSING', 'M-5602 is held stopped by I-12');
      if (this.running) return { ok: true, old, new: old };
      this.cycle = 1;
      this.cycleS = 0;
    } else {
      this.cycle = 0;
    }
    return { ok: true, old, new: CENTRIFUGE_STATES[this.cycle] };
  }

  step(dtS: number, _ctx: StepContext): void {
    this.tic.loop.update(dtS);
    this.lic.loop.update(dtS);
    this.outletValve.update(this.lic.loop.op, dtS);
    this.coolValve.update(this.tic.loop.op, dtS);
    if (this.held && this.running) this.cycle = 4;
    this.cycleS += dtS;
    const feeding = this.cycle === 1;
    // Tank: batches in from R-5401 at 20 °C, slurry out to the centrifuge while it feeds.
    const inn = this.inflow();
    const v0 = this.tank.volume;
    const outM3h = this.tank.flow((inn.m3 * 3600) / dtS, feeding ? this.outletValve.flow : 0, dtS);
    const outM3 = (outM3h * dtS) / 3600;
    const conc = v0 > 0.01 ? this.solidsKg / v0 : 0; // kg/m³
    const solidsOut = Math.min(this.solidsKg, conc * outM3);
    this.solidsKg += inn.kg - solidsOut;
    if (this.tank.volume > 0.01) this.tempC += ((20 - this.tempC) * inn.m3) / this.tank.volume;
    this.tempC += (20 - this.tempC) * lagFraction(dtS, 20000) - (this.coolValve.position / 100) * 0.01 * (this.tempC + 5) * dtS / 60;
    this.cakeKg += solidsOut / (1 - CAKE_MOISTURE);
    this.runCycle(dtS);
    this.tic.measure(dtS);
    this.lic.measure(dtS);
    this.ind.update(dtS);
  }

  private runCycle(dtS: number): void {
    this.cakeOutKg = 0;
    let target = 0;
    switch (this.cycle) {
      case 1:
        target = RATED_RPM;
        if (this.cakeKg >= CAKE_FULL_KG) this.next(2);
        break;
      case 2:
        target = RATED_RPM;
        if (this.cycleS >= SPIN_S) this.next(3);
        break;
      case 3:
        target = 100;
        this.cakeOutKg = Math.min(this.cakeKg, (CAKE_FULL_KG * dtS) / 60);
        this.cakeKg -= this.cakeOutKg;
        if (this.cycleS >= DISCHARGE_S) this.next(1);
        break;
      default:
        target = 0;
    }
    const tau = this.cycle === 4 ? 10 : 20; // s; the brake stops it faster
    this.speed += (target - this.speed) * lagFraction(dtS, tau);
  }

  private next(c: number): void {
    this.cycle = c;
    this.cycleS = 0;
  }
}
