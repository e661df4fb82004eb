/**
 * Unit U53: continuous chlorinator R-5301 with its feed, Cl2 ratio feed, cooling-water cascade,
 * level, pressure, agitator and ESD valves. One step = control → actuators → process (RK4) →
 * measurement. Equations: MODEL.md §2–§4.
 */
import type { EquipmentMeta, LoopMeta } from '../protocol.ts';
import { Loop, type LoopMode } from '../control/loop.ts';
import type { PidTuning } from '../control/pid.ts';
import { RatioStation } from '../control/ratio.ts';
import { Agitator } from './agitator.ts';
import { CA, CSTR_STATE_SIZE, cstrDerivative, outletFlow, steadyStateAt, T, TC, V, type CstrInputs } from './cstr.ts';
import { motorEquipment } from './equipment.ts';
import { OnOffValve } from './onoff-valve.ts';
import { indicatorPoint, type TagPoint } from './point.ts';
import * as P from './r5301-params.ts';
import { INDICATORS, LOOP_SENSORS, TEXT, UNIT } from './r5301-tags.ts';
import { Rk4 } from './rk4.ts';
import { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { celsiusToKelvin, clamp, kelvinToCelsius, lagFraction, lpsToM3h, m3hToLps } from './units.ts';
import { ControlValve } from './valve.ts';

/** What R-5301 takes from other units each step (U51 feed tank, U52 Cl2, U55 vent, U59 CW). */
export interface R5301Supplies {
  /** Fraction of design CW flow the header delivers (0…1). */
  cwFactor(): number;
  /** CW supply temperature, °C. */
  cwSupplyC(): number;
  /** Fraction of Cl2 the supply pressure can push (0…1). */
  cl2Factor(): number;
  /** Vent capacity of the scrubber fan (1 nominal). */
  ventFactor(): number;
  /** Feed available from V-5102 (0…1). */
  feedFactor(): number;
}

const STANDALONE: R5301Supplies = {
  cwFactor: () => 1, cwSupplyC: () => kelvinToCelsius(P.CW_SUPPLY_K), cl2Factor: () => 1, ventFactor: () => 1, feedFactor: () => 1,
};

export interface R5301Options {
  /** Seed of the instrument noise. */
  seed: number;
  supplies?: R5301Supplies;
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
  /** Fraction of the CW supply to this reactor blocked (§7.4 #1). */
  cwBlock = 0;
  /** Dissolved-Cl2 ratio to the nominal (lagged Cl2 : feed ratio / 35.5), capped at 1. */
  cl2Ratio = 1;
  /** Reactor pressure, kPa(g). */
  pressureKpa = P.P_NOMINAL_KPA;

  readonly feedValve = new ControlValve(P.FEED_VALVE, 0); // FV-5301
  readonly cwValve = new ControlValve(P.CW_VALVE, 0); // FV-5306
  readonly outletValve = new ControlValve(P.OUTLET_VALVE, 0); // LV-5307
  readonly cl2Valve = new ControlValve(P.CL2_VALVE, 0); // FV-5303
  readonly ventValve = new ControlValve(P.VENT_VALVE, 50); // PV-5308
  readonly agitator = new Agitator(P.AGITATOR, true); // M-5301
  readonly xvCl2 = new OnOffValve({ name: 'XV-5311', unit: UNIT, desc: TEXT['XV-5311'], travelS: P.XV_TRAVEL_S, failSafe: 'closed' }, true);
  readonly xvFeed = new OnOffValve({ name: 'XV-5312', unit: UNIT, desc: TEXT['XV-5312'], travelS: P.XV_TRAVEL_S, failSafe: 'closed' }, true);
  readonly xvDump = new OnOffValve({ name: 'XV-5313', unit: UNIT, desc: TEXT['XV-5313'], travelS: 10, failSafe: 'closed' }, false);

  readonly tic: Loop; // TIC-5301, master
  readonly cwFlow: Loop; // FIC-5306, slave
  readonly feedFlow: Loop; // FIC-5301
  readonly level: Loop; // LIC-5307
  readonly cl2Flow: Loop; // FIC-5303, slave of the ratio station
  readonly ratio: RatioStation; // FFIC-5302
  readonly pressure: Loop; // PIC-5308
  /** SIS transmitters TT-5301A (= the TIC's), B and C. */
  readonly tt: readonly [Sensor, Sensor, Sensor];

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;
  readonly supplies: R5301Supplies;

  private readonly rk4 = new Rk4(CSTR_STATE_SIZE);
  private readonly inputs: CstrInputs;
  private readonly loopSensors: Record<keyof typeof LOOP_SENSORS | 'FIC-5303' | 'PIC-5308', Sensor>;
  private readonly indicatorSensors: Sensor[];

  /** Builds the unit at its normal operating point (steady state at TIC-5301.SP). */
  constructor({ seed, supplies = STANDALONE }: R5301Options) {
    this.supplies = supplies;
    this.cwSupplyK = celsiusToKelvin(supplies.cwSupplyC());
    const ua = P.UA_NOMINAL * this.agitator.uaFactor;
    const qIn = m3hToLps(P.FEED_NOMINAL);
    const ss = steadyStateAt(P.CSTR, { qIn, cAi: this.feed.conc, tFeed: this.feed.tempK, tCoolIn: this.cwSupplyK, ua }, P.T_SP_K, P.VOLUME_NOMINAL_L);
    this.state.set([ss.cA, P.T_SP_K, ss.tC, P.VOLUME_NOMINAL_L]);
    const cwM3h = lpsToM3h(ss.qc);
    this.feedValve.position = this.feedValve.positionFor(P.FEED_NOMINAL);
    this.cwValve.position = this.cwValve.positionFor(cwM3h);
    this.outletValve.position = this.outletValve.positionFor(P.FEED_NOMINAL);
    this.cl2Valve.position = this.cl2Valve.positionFor(P.CL2_NOMINAL);
    this.inputs = { qIn, qOut: qIn, qc: ss.qc, cAi: this.feed.conc, tFeed: this.feed.tempK, tCoolIn: this.cwSupplyK, ua };

    this.loopSensors = {
      'TIC-5301': new Sensor(LOOP_SENSORS['TIC-5301'], seed, P.T_SP_C),
      'FIC-5306': new Sensor(LOOP_SENSORS['FIC-5306'], seed, cwM3h),
      'FIC-5301': new Sensor(LOOP_SENSORS['FIC-5301'], seed, P.FEED_NOMINAL),
      'LIC-5307': new Sensor(LOOP_SENSORS['LIC-5307'], seed, P.LEVEL_NOMINAL),
      'FIC-5303': new Sensor({ name: 'FT-5303', lo: 0, hi: 250, lagS: 1, noiseAbs: 0, noiseRel: 0.005 }, seed, P.CL2_NOMINAL),
      'PIC-5308': new Sensor({ name: 'PT-5308', lo: 0, hi: 300, lagS: 1, noiseAbs: 0.3, noiseRel: 0 }, seed, P.P_NOMINAL_KPA),
    };
    this.tt = [
      this.loopSensors['TIC-5301'],
      new Sensor({ ...LOOP_SENSORS['TIC-5301'], name: 'TT-5301B' }, seed, P.T_SP_C),
      new Sensor({ ...LOOP_SENSORS['TIC-5301'], name: 'TT-5301C' }, seed, P.T_SP_C),
    ];
    this.indicatorSensors = INDICATORS.map((ind) => new Sensor(ind.sensor, seed, this.indicatorTruth(ind.tag)));

    const loop = (name: keyof typeof this.loopSensors, range: [number, number], o: LoopOptions): Loop =>
      new Loop({ name, unit: UNIT, desc: TEXT[name], lo: range[0], hi: range[1], pv: this.loopSensors[name], ...o });
    this.cwFlow = loop('FIC-5306', [0, 16], { eu: 'm³/h', decimals: 2, normal: [3, 15.5], tuning: P.FLOW_TUNING, mode: 'CAS', sp: cwM3h, op: this.cwValve.position });
    this.feedFlow = loop('FIC-5301', [0, 6], { eu: 'm³/h', decimals: 2, normal: [2.8, 4.8], tuning: P.FLOW_TUNING, mode: 'AUTO', sp: P.FEED_NOMINAL, op: this.feedValve.position });
    this.level = loop('LIC-5307', [0, 100], { eu: '%', decimals: 1, normal: [30, 80], tuning: P.LIC_TUNING, mode: 'AUTO', sp: P.LEVEL_NOMINAL, op: this.outletValve.position });
    this.tic = loop('TIC-5301', [0, 250], { eu: '°C', decimals: 1, normal: [110, 122], tuning: P.TIC_TUNING, mode: 'AUTO', sp: P.T_SP_C, op: this.cwFlow.toPct(cwM3h) });
    this.tic.cascadeTo(this.cwFlow);
    this.cl2Flow = loop('FIC-5303', [0, 250], { eu: 'kg/h', decimals: 1, normal: [30, 200], tuning: P.FLOW_TUNING, mode: 'CAS', sp: P.CL2_NOMINAL, op: this.cl2Valve.position });
    this.pressure = loop('PIC-5308', [0, 300], { eu: 'kPa', decimals: 1, normal: [5, 50], tuning: P.PIC_TUNING, mode: 'AUTO', sp: P.P_NOMINAL_KPA, op: this.ventValve.position });
    this.ratio = new RatioStation({
      name: 'FFIC-5302', unit: UNIT, desc: TEXT['FFIC-5302'], eu: 'kg/m³', lo: 0, hi: 60, normal: [31.95, 39.05],
      wild: this.loopSensors['FIC-5301'], controlled: this.loopSensors['FIC-5303'], slaveLo: 0, slaveHi: 250, slave: 'FIC-5303', ratio: P.CL2_RATIO,
    });
    this.cl2Flow.master = this.ratio;

    const agitatorTag = motorEquipment('M-5301', UNIT, TEXT['M-5301'], this.agitator);
    const pidLoops = [this.tic, this.cwFlow, this.feedFlow, this.level];
    const ttPoint = (i: 0 | 1 | 2, tag: 'TT-5301A' | 'TT-5301B' | 'TT-5301C'): TagPoint =>
      indicatorPoint({ name: tag, unit: UNIT, desc: TEXT[tag], eu: '°C', lo: 0, hi: 250, normal: [110, 122], decimals: 1, writable: false }, this.tt[i]);
    const xvs = [this.xvCl2, this.xvFeed, this.xvDump];
    this.points = [
      ...pidLoops.flatMap((l) => l.points()),
      ...INDICATORS.map((ind, i) =>
        indicatorPoint(
          { name: ind.tag, unit: UNIT, desc: TEXT[ind.tag], eu: ind.eu, lo: ind.sensor.lo, hi: ind.sensor.hi, normal: ind.normal, decimals: ind.decimals, writable: false },
          this.indicatorSensors[i]!,
        ),
      ),
      agitatorTag.point,
      ...this.ratio.points(),
      ...this.cl2Flow.points(),
      ...this.pressure.points(),
      ttPoint(0, 'TT-5301A'), ttPoint(1, 'TT-5301B'), ttPoint(2, 'TT-5301C'),
      ...xvs.flatMap((x) => x.points()),
    ];
    this.loops = [...pidLoops.map((l) => l.meta()), this.ratio.meta(), this.cl2Flow.meta(), this.pressure.meta()];
    this.equipment = [agitatorTag.meta, ...xvs.map((x) => x.equipment())];
    this.sensors = new Map<string, Sensor>([
      ...[...pidLoops, this.cl2Flow, this.pressure].map((l) => [`${l.name}.PV`, this.loopSensors[l.name as keyof typeof this.loopSensors]] as const),
      ...INDICATORS.map((ind, i) => [ind.tag, this.indicatorSensors[i]!] as const),
      ['TT-5301A', this.tt[0]], ['TT-5301B', this.tt[1]], ['TT-5301C', this.tt[2]],
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

  /** Feed entering through FV-5301 and XV-5312, m³/h (what V-5102 delivers). */
  get feedFlowM3h(): number {
    return this.feedValve.flow * this.xvFeed.flowFactor * this.supplies.feedFactor();
  }

  /** Cl2 entering through FV-5303 and XV-5311, kg/h. */
  get cl2FlowKgh(): number {
    return this.cl2Valve.flow * this.xvCl2.flowFactor * this.supplies.cl2Factor();
  }

  /** CW through the jacket, m³/h. */
  get cwFlowM3h(): number {
    return this.cwValve.flow * this.supplies.cwFactor() * (1 - this.cwBlock);
  }

  /** Reactor temperature, °C (true). */
  get tempC(): number {
    return kelvinToCelsius(this.state[T]!);
  }

  /** Loops execute on the transmitter outputs; masters before their slaves. */
  private control(dtS: number): void {
    this.tic.update(dtS);
    this.cwFlow.update(dtS);
    this.feedFlow.update(dtS);
    this.level.update(dtS);
    this.cl2Flow.update(dtS);
    this.pressure.update(dtS);
  }

  private moveActuators(dtS: number): void {
    this.feedValve.update(this.feedFlow.op, dtS);
    this.cwValve.update(this.cwFlow.op, dtS);
    this.outletValve.update(this.level.op, dtS);
    this.cl2Valve.update(this.cl2Flow.op, dtS);
    this.ventValve.update(this.pressure.op, dtS);
    this.agitator.update(dtS);
    this.xvCl2.update(dtS);
    this.xvFeed.update(dtS);
    this.xvDump.update(dtS);
  }

  /** Reactor and jacket balances over the step, flows held at the valves' positions. */
  private react(dtS: number): void {
    this.cwSupplyK = celsiusToKelvin(this.supplies.cwSupplyC());
    const feed = this.feedFlowM3h;
    // Dissolved Cl2 relative to the need of the feed; A (the surrogate reactant) is what Cl2 makes.
    const need = P.CL2_RATIO * feed; // kg/h
    const ratioNow = need > 1e-6 ? clamp(this.cl2FlowKgh / need, 0, 1) : this.cl2Ratio;
    this.cl2Ratio += (ratioNow - this.cl2Ratio) * lagFraction(dtS, P.CL2_MIX_TAU_S);
    const u = this.inputs;
    u.qIn = m3hToLps(feed);
    u.qOut = m3hToLps(this.outletValve.flow + P.DUMP_FLOW * this.xvDump.flowFactor);
    u.qc = m3hToLps(this.cwFlowM3h);
    u.cAi = this.feed.conc * this.cl2Ratio;
    u.tFeed = this.feed.tempK;
    u.tCoolIn = this.cwSupplyK;
    u.ua = P.UA_NOMINAL * this.agitator.uaFactor * this.uaFouling;
    this.rk4.step((y, out) => cstrDerivative(P.CSTR, u, y, out), this.state, dtS);
    this.overflowAtBrim();
    this.updatePressure(dtS);
  }

  /** Off-gas: a Cl2/HCl part ∝ Cl2 feed and a vapour part rising with T; vented ∝ valve × fan × P. */
  private updatePressure(dtS: number): void {
    const gen = 0.5 * (this.cl2FlowKgh / P.CL2_NOMINAL) + 0.5 * Math.exp((this.state[T]! - P.T_SP_K) / P.P_VAPOUR_SCALE_K);
    const vent = (this.ventValve.flow / 50) * this.supplies.ventFactor() * (this.pressureKpa / P.P_NOMINAL_KPA);
    this.pressureKpa = Math.max(0, this.pressureKpa + (P.P_NOMINAL_KPA / P.P_TAU_S) * (gen - vent) * dtS);
  }

  /** Liquid above the brim leaves through the overflow to the dump line. Returns litres lost. */
  private overflowAtBrim(): number {
    const excess = Math.max(0, this.state[V]! - P.VOLUME_BRIM_L); // L
    this.state[V] = this.state[V]! - excess;
    return excess;
  }

  private measure(dtS: number): void {
    const s = this.loopSensors;
    const tC = kelvinToCelsius(this.state[T]!);
    for (const tt of this.tt) tt.update(tC, dtS);
    s['FIC-5306'].update(this.cwFlowM3h, dtS);
    s['FIC-5301'].update(this.feedFlowM3h, dtS);
    s['LIC-5307'].update(this.levelPct, dtS);
    s['FIC-5303'].update(this.cl2FlowKgh, dtS);
    s['PIC-5308'].update(this.pressureKpa, dtS);
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
