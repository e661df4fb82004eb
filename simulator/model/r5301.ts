/**
 * Unit U53: continuous chlorinator R-5301 with its feed, cooling-water cascade, level and agitator.
 * One step = control → actuators → process (RK4) → measurement. Equations: MODEL.md.
 */
import type { EquipmentMeta, LoopMeta } from '../protocol.ts';
import { Loop, type LoopMode } from '../control/loop.ts';
import type { PidTuning } from '../control/pid.ts';
import { Agitator } from './agitator.ts';
import { CA, CSTR_STATE_SIZE, cstrDerivative, outletFlow, steadyStateAt, T, TC, V, type CstrInputs } from './cstr.ts';
import { motorEquipment } from './equipment.ts';
import { indicatorPoint, type TagPoint } from './point.ts';
import * as P from './r5301-params.ts';
import { INDICATORS, LOOP_SENSORS, TEXT, UNIT } from './r5301-tags.ts';
import { Rk4 } from './rk4.ts';
import { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { kelvinToCelsius, lpsToM3h, m3hToLps } from './units.ts';
import { ControlValve } from './valve.ts';

export interface R5301Options {
  /** Seed of the instrument noise. */
  seed: number;
}

export class R5301 implements Unit {
  readonly id = UNIT;
  /** Process state [cA mol/L, T K, Tc K, V L]; see cstr.ts for the indices. */
  readonly state = new Float64Array(CSTR_STATE_SIZE);
  /** Disturbance inputs an instructor may move. */
  readonly feed = { conc: P.FEED_CONC /* mol/L */, tempK: P.FEED_TEMP_K /* K */ };
  cwSupplyK = P.CW_SUPPLY_K; // K
  /** Multiplier on the jacket UA (fouling malfunctions); 1 = clean. */
  uaFouling = 1;

  readonly feedValve = new ControlValve(P.FEED_VALVE, 0); // FV-5301
  readonly cwValve = new ControlValve(P.CW_VALVE, 0); // FV-5306
  readonly outletValve = new ControlValve(P.OUTLET_VALVE, 0); // LV-5307
  readonly agitator = new Agitator(P.AGITATOR, true); // M-5301

  readonly tic: Loop; // TIC-5301, master
  readonly cwFlow: Loop; // FIC-5306, slave
  readonly feedFlow: Loop; // FIC-5301
  readonly level: Loop; // LIC-5307

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  private readonly rk4 = new Rk4(CSTR_STATE_SIZE);
  private readonly inputs: CstrInputs;
  private readonly loopSensors: Record<keyof typeof LOOP_SENSORS, Sensor>;
  private readonly indicatorSensors: Sensor[];

  /** Builds the unit at its normal operating point (steady state at TIC-5301.SP). */
  constructor({ seed }: R5301Options) {
    const ua = P.UA_NOMINAL * this.agitator.uaFactor;
    const qIn = m3hToLps(P.FEED_NOMINAL);
    const ss = steadyStateAt(
      P.CSTR,
      { qIn, cAi: this.feed.conc, tFeed: this.feed.tempK, tCoolIn: this.cwSupplyK, ua },
      P.T_SP_K,
      P.VOLUME_NOMINAL_L,
    );
    this.state.set([ss.cA, P.T_SP_K, ss.tC, P.VOLUME_NOMINAL_L]);
    const cwM3h = lpsToM3h(ss.qc);
    this.feedValve.position = this.feedValve.positionFor(P.FEED_NOMINAL);
    this.cwValve.position = this.cwValve.positionFor(cwM3h);
    this.outletValve.position = this.outletValve.positionFor(P.FEED_NOMINAL);
    this.inputs = { qIn, qOut: qIn, qc: ss.qc, cAi: this.feed.conc, tFeed: this.feed.tempK, tCoolIn: this.cwSupplyK, ua };

    this.loopSensors = {
      'TIC-5301': new Sensor(LOOP_SENSORS['TIC-5301'], seed, P.T_SP_C),
      'FIC-5306': new Sensor(LOOP_SENSORS['FIC-5306'], seed, cwM3h),
      'FIC-5301': new Sensor(LOOP_SENSORS['FIC-5301'], seed, P.FEED_NOMINAL),
      'LIC-5307': new Sensor(LOOP_SENSORS['LIC-5307'], seed, P.LEVEL_NOMINAL),
    };
    this.indicatorSensors = INDICATORS.map((ind) => new Sensor(ind.sensor, seed, this.indicatorTruth(ind.tag)));

    const loop = (name: keyof typeof LOOP_SENSORS, o: LoopOptions): Loop => {
      const s = LOOP_SENSORS[name];
      return new Loop({ name, unit: UNIT, desc: TEXT[name], lo: s.lo, hi: s.hi, pv: this.loopSensors[name], ...o });
    };
    this.cwFlow = loop('FIC-5306', {
      eu: 'm³/h', decimals: 2, normal: [3, 15.5], tuning: P.FLOW_TUNING, mode: 'CAS', sp: cwM3h, op: this.cwValve.position,
    });
    this.feedFlow = loop('FIC-5301', {
      eu: 'm³/h', decimals: 2, normal: [2.8, 4.8], tuning: P.FLOW_TUNING, mode: 'AUTO', sp: P.FEED_NOMINAL, op: this.feedValve.position,
    });
    this.level = loop('LIC-5307', {
      eu: '%', decimals: 1, normal: [30, 80], tuning: P.LIC_TUNING, mode: 'AUTO', sp: P.LEVEL_NOMINAL, op: this.outletValve.position,
    });
    this.tic = loop('TIC-5301', {
      eu: '°C', decimals: 1, normal: [110, 122], tuning: P.TIC_TUNING, mode: 'AUTO', sp: P.T_SP_C, op: this.cwFlow.toPct(cwM3h),
    });
    this.tic.cascadeTo(this.cwFlow);

    const agitatorTag = motorEquipment('M-5301', UNIT, TEXT['M-5301'], this.agitator);
    const allLoops = [this.tic, this.cwFlow, this.feedFlow, this.level];
    this.points = [
      ...allLoops.flatMap((l) => l.points()),
      ...INDICATORS.map((ind, i) =>
        indicatorPoint(
          { name: ind.tag, unit: UNIT, desc: TEXT[ind.tag], eu: ind.eu, lo: ind.sensor.lo, hi: ind.sensor.hi, normal: ind.normal, decimals: ind.decimals, writable: false },
          this.indicatorSensors[i]!,
        ),
      ),
      agitatorTag.point,
    ];
    this.loops = allLoops.map((l) => l.meta());
    this.equipment = [agitatorTag.meta];
    this.sensors = new Map<string, Sensor>([
      ...allLoops.map((l) => [`${l.name}.PV`, this.loopSensors[l.name as keyof typeof LOOP_SENSORS]] as const),
      ...INDICATORS.map((ind, i) => [ind.tag, this.indicatorSensors[i]!] as const),
    ]);
  }

  step(dtS: number, _ctx: StepContext): void {
    this.control(dtS);
    this.moveActuators(dtS);
    this.react(dtS);
    this.measure(dtS);
  }

  /** Level, % of the transmitter range. */
  get levelPct(): number {
    return (this.state[V]! / P.VOLUME_AT_100_PCT_L) * 100;
  }

  /** Conversion of A, %. */
  get conversionPct(): number {
    return (1 - this.state[CA]! / this.feed.conc) * 100;
  }

  /** Loops execute on the transmitter outputs; the master before its slave. */
  private control(dtS: number): void {
    this.tic.update(dtS);
    this.cwFlow.update(dtS);
    this.feedFlow.update(dtS);
    this.level.update(dtS);
  }

  private moveActuators(dtS: number): void {
    this.feedValve.update(this.feedFlow.op, dtS);
    this.cwValve.update(this.cwFlow.op, dtS);
    this.outletValve.update(this.level.op, dtS);
    this.agitator.update(dtS);
  }

  /** Reactor and jacket balances over the step, flows held at the valves' positions. */
  private react(dtS: number): void {
    const u = this.inputs;
    u.qIn = m3hToLps(this.feedValve.flow);
    u.qOut = m3hToLps(this.outletValve.flow);
    u.qc = m3hToLps(this.cwValve.flow);
    u.cAi = this.feed.conc;
    u.tFeed = this.feed.tempK;
    u.tCoolIn = this.cwSupplyK;
    u.ua = P.UA_NOMINAL * this.agitator.uaFactor * this.uaFouling;
    this.rk4.step((y, out) => cstrDerivative(P.CSTR, u, y, out), this.state, dtS);
    this.overflowAtBrim();
  }

  /** Liquid above the brim leaves through the overflow to the dump line. Returns litres lost. */
  private overflowAtBrim(): number {
    const excess = Math.max(0, this.state[V]! - P.VOLUME_BRIM_L); // L
    this.state[V] = this.state[V]! - excess;
    return excess;
  }

  private measure(dtS: number): void {
    const s = this.loopSensors;
    s['TIC-5301'].update(kelvinToCelsius(this.state[T]!), dtS);
    s['FIC-5306'].update(this.cwValve.flow, dtS);
    s['FIC-5301'].update(this.feedValve.flow, dtS);
    s['LIC-5307'].update(this.levelPct, dtS);
    INDICATORS.forEach((ind, i) => this.indicatorSensors[i]!.update(this.indicatorTruth(ind.tag), dtS));
  }

  /** True value behind an indicator, engineering units. */
  private indicatorTruth(tag: (typeof INDICATORS)[number]['tag']): number {
    switch (tag) {
      case 'TI-5304':
        return kelvinToCelsius(this.state[TC]!);
      case 'TI-5305':
        return kelvinToCelsius(this.cwSupplyK);
      case 'AI-5309':
        return this.conversionPct;
      case 'SI-5310':
        return this.agitator.speed;
      case 'II-5310':
        return this.agitator.current;
      default:
        throw new Error(`no indicator ${tag} in ${UNIT}`);
    }
  }

  /** Outlet flow leaving the reactor in the last step, m³/h (the valve flow unless it runs dry). */
  get outletFlow(): number {
    return lpsToM3h(outletFlow(P.CSTR, this.inputs, this.state[V]!));
  }
}

interface LoopOptions {
  eu: string;
  decimals: number;
  normal: [number, number];
  tuning: PidTuning;
  mode: LoopMode;
  sp: number;
  op: number;
}
