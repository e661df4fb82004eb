/**
 * Unit U54: semi-batch condensation reactor R-5401 (10 m³) — dosing of the sulfenyl chloride
 * solution, split-range jacket (brine / hot water), pH control, accumulation and calculated MTSR
 * (TY-5408), and the batch phases (KI-5411). Equations: MODEL.md §6; model semibatch.ts.
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { PHASES, R5401Batch, BATCH_COMMANDS, type BatchPlant } from '../control/r5401-batch.ts';
import { Agitator } from './agitator.ts';
import { motorEquipment } from './equipment.ts';
import { calcPoint, FLOW_PI, Indicators, MeasuredLoop, SLOW_PI } from './instruments.ts';
import { OnOffValve } from './onoff-valve.ts';
import type { TagPoint } from './point.ts';
import { refuse } from './point.ts';
import { Pump } from './pump.ts';
import * as P from './r5401-params.ts';
import { Rk4 } from './rk4.ts';
import { adiabaticRise, MIN_VOLUME, NA, NB, reactionRate, SEMIBATCH_STATE_SIZE, semibatchDerivative, TEMP, VOL, type SemibatchInputs } from './semibatch.ts';
import type { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { clamp } from './units.ts';
import { ControlValve } from './valve.ts';

const UNIT = 'U54';
const t = (en: string, zh: string): Text => ({ en, zh });

export interface R5401Supplies {
  /** Chilled brine supply temperature, °C. */
  brineC(): number;
}

export class U54R5401 implements Unit {
  readonly id = UNIT;
  /** [nA kmol, nB kmol, V m³, T °C]. */
  readonly state = new Float64Array(SEMIBATCH_STATE_SIZE);
  /** Product formed this batch, kmol; jacket inlet temperature, °C; pH. */
  nP = 0;
  tjC = 15;
  ph = 10.5;
  /** Dosed this batch, m³ (FQI-5402). */
  dosedM3 = 0;
  /** Jacket circulation running (false = cooling lost, §7.4 #5). */
  jacketOk = true;
  /** Rate multiplier (§7.4 #7: reaction 10× slower). */
  kMalf = 1;
  /** Lines the batch opens. */
  charging = false;
  transferring = false;
  /** What left to the crystalliser in the last step: m³ and kg of product. */
  outM3 = 0;
  outProductKg = 0;
  readonly batch = new R5401Batch({ chargeVolumeM3: P.CHARGE_VOLUME, tSpC: P.T_SP_C, doseTotalM3: P.DOSE_TOTAL, holdS: P.HOLD_MIN * 60 });
  /** Permissive from the safety system (interlocks I-03, I-06, I-07 not tripped), set by the plant. */
  sisPermissive: () => string | null = () => null;

  readonly agitator = new Agitator(P.AGITATOR, true); // M-5401
  readonly pumpA: Pump;
  readonly pumpB: Pump;
  readonly xvDose = new OnOffValve({ name: 'XV-5410', unit: UNIT, desc: t('Dosing ESD valve', '滴加切断阀'), travelS: 3, failSafe: 'closed' }, true);
  readonly doseValve = new ControlValve(P.DOSE_VALVE, 0); // FV-5402
  readonly naohValve = new ControlValve(P.NAOH_VALVE, 0); // FV-5406
  readonly tic: MeasuredLoop; // TIC-5403 master
  readonly tjc: MeasuredLoop; // TIC-5404 slave
  readonly fic: MeasuredLoop; // FIC-5402
  readonly aic: MeasuredLoop; // AIC-5405
  readonly ind: Indicators;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;
  readonly supplies: R5401Supplies;

  private readonly rk4 = new Rk4(SEMIBATCH_STATE_SIZE);
  private readonly inputs: SemibatchInputs = { fd: 0, tFeedC: P.T_SP_C, tjC: 15, uaFactor: 1, kFactor: 1 };
  private readonly batchPlant: BatchPlant;

  constructor({ seed, supplies = { brineC: () => -5 } }: { seed: number; supplies?: R5401Supplies }) {
    this.supplies = supplies;
    const pump = (name: string, running: boolean): Pump =>
      new Pump({ name, unit: UNIT, desc: t(`Dosing pump ${name}`, `计量泵 ${name}`), h0: 0.6, k: 0.1, ratedA: 4, noLoadA: 1.5, ratedFlow: 0.5, tauS: 1 }, running);
    this.pumpA = pump('P-5401A', true);
    this.pumpB = pump('P-5401B', false);
    this.state.set([P.CHARGE_VOLUME * P.CHARGE_CONC_A, 0, P.CHARGE_VOLUME, P.T_SP_C]);
    this.doseValve.position = this.doseValve.positionFor(P.DOSE_FLOW_LPH);

    this.tic = new MeasuredLoop(UNIT, {
      name: 'TIC-5403', desc: t('Reactor temperature', '缩合反应温度'), eu: '°C', lo: -20, hi: 120, decimals: 1, normal: [15, 25],
      tuning: P.TIC_5403_TUNING, mode: 'AUTO', sp: P.T_SP_C, op: 0, lagS: 10, noiseAbs: 0.01, truth: () => this.state[TEMP]!,
    }, seed);
    this.tjc = new MeasuredLoop(UNIT, {
      name: 'TIC-5404', desc: t('Jacket inlet temperature (slave)', '夹套进口温度 (副回路)'), eu: '°C', lo: -15, hi: 90, decimals: 1, normal: [-12, 40],
      tuning: P.TIC_5404_TUNING, mode: 'CAS', sp: P.TJ_BIAS_C, op: 48.75, lagS: 5, noiseAbs: 0.01, truth: () => this.tjC,
    }, seed);
    this.tic.loop.cascadeTo(this.tjc.loop);
    this.tic.loop.pid.track(this.tjc.loop.toPct(P.TJ_BIAS_C), P.T_SP_C, P.T_SP_C);
    this.fic = new MeasuredLoop(UNIT, {
      name: 'FIC-5402', desc: t('Sulfenyl chloride solution dosing', '次磺酰氯溶液滴加流量'), eu: 'L/h', lo: 0, hi: 1500, decimals: 0, normal: [0, 600],
      tuning: FLOW_PI, mode: 'AUTO', sp: P.DOSE_FLOW_LPH, op: this.doseValve.position, lagS: 1, noiseRel: 0.005, truth: () => this.doseLph,
    }, seed);
    this.aic = new MeasuredLoop(UNIT, {
      name: 'AIC-5405', desc: t('Reaction pH (NaOH dosing FV-5406)', '反应液 pH'), eu: 'pH', lo: 0, hi: 14, decimals: 2, normal: [9.5, 12],
      tuning: SLOW_PI(300, 'reverse', 2), mode: 'AUTO', sp: 10.5, op: 0, lagS: 30, noiseAbs: 0.01, truth: () => this.ph,
    }, seed);

    this.ind = new Indicators(UNIT, [
      { tag: 'WI-5401', desc: t('Reactor weight', '釜重'), eu: 't', lo: 0, hi: 10, normal: [0, 8], decimals: 2, lagS: 2, noiseRel: 0.001, truth: () => this.state[VOL]! * P.SB.rho / 1000 },
      { tag: 'LI-5401', desc: t('Reactor level', '液位'), eu: '%', lo: 0, hi: 100, normal: [0, 80], decimals: 1, lagS: 2, noiseRel: 0.002, truth: () => this.levelPct },
      { tag: 'FQI-5402', desc: t('Dosed total', '累计滴加量'), eu: 'm³', lo: 0, hi: 3, normal: [0, 2.05], decimals: 3, lagS: 0, truth: () => this.dosedM3 },
      { tag: 'SI-5407', desc: t('Agitator speed', '搅拌转速'), eu: 'rpm', lo: 0, hi: 150, normal: [80, 120], decimals: 0, lagS: 0.5, noiseRel: 0.003, truth: () => this.agitator.speed },
      { tag: 'II-5407', desc: t('Agitator current', '搅拌电流'), eu: 'A', lo: 0, hi: 60, normal: [10, 50], decimals: 1, lagS: 0.5, noiseRel: 0.005, truth: () => this.agitator.current },
      { tag: 'PI-5409', desc: t('Pressure (N2 blanket)', '釜压(氮封)'), eu: 'kPa', lo: -100, hi: 300, normal: [0, 30], decimals: 1, lagS: 2, noiseAbs: 0.1, truth: () => 5 + 0.5 * Math.max(0, this.state[TEMP]! - P.T_SP_C) },
    ], seed);

    this.batch.phase = 'DOSE';
    this.batchPlant = {
      volumeM3: () => this.state[VOL]!,
      tempC: () => this.state[TEMP]!,
      dosedM3: () => this.dosedM3,
      setCharge: (on) => void (this.charging = on),
      setDosing: (on) => this.setDosing(on),
      setTransfer: (on) => void (this.transferring = on),
      resetDosedTotal: () => void (this.dosedM3 = 0),
      permissive: () => this.permissive(),
    };

    const batchPoint: TagPoint = {
      meta: { name: 'KI-5411', unit: UNIT, desc: t('Batch phase', '批次阶段'), eu: '', lo: 0, hi: PHASES.length - 1, decimals: 0, states: [...PHASES], writable: true },
      read: () => this.batch.phaseIndex,
      quality: () => 0,
      write: (v) => (typeof v === 'string' ? this.batch.command(v, this.batchPlant) : refuse('INVALID_VALUE', 'KI-5411 takes a batch command')),
    };
    const agitatorTag = motorEquipment('M-5401', UNIT, t('R-5401 agitator', '缩合釜搅拌器'), this.agitator);
    const loops = [this.tic, this.tjc, this.fic, this.aic];
    this.points = [
      ...loops.flatMap((l) => l.loop.points()),
      ...this.ind.points(),
      calcPoint({ name: 'TY-5408', unit: UNIT, desc: t('Calculated MTSR', 'MTSR 计算值'), eu: '°C', lo: 0, hi: 150, normal: [0, 35], decimals: 1 }, () => this.mtsrC),
      calcPoint({ name: 'TY-5408.ACC', unit: UNIT, desc: t('Calculated accumulation of B', '累积度计算值'), eu: '%', lo: 0, hi: 100, normal: [0, 20], decimals: 1 }, () => this.accumulationPct),
      batchPoint,
      calcPoint({ name: 'YI-5411', unit: UNIT, desc: t('Batch phase timer', '批次阶段计时'), eu: 'min', lo: 0, hi: 600, decimals: 0 }, () => this.batch.phaseS / 60),
      agitatorTag.point, this.pumpA.point(), this.pumpB.point(), ...this.xvDose.points(),
    ];
    this.loops = loops.map((l) => l.loop.meta());
    this.equipment = [
      { name: 'KI-5411', unit: UNIT, desc: t('R-5401 batch', '缩合釜批次'), commands: [...BATCH_COMMANDS] },
      agitatorTag.meta, this.pumpA.equipment(), this.pumpB.equipment(), this.xvDose.equipment(),
    ];
    this.sensors = new Map<string, Sensor>([...loops.map((l) => [`${l.loop.name}.PV`, l.sensor] as [string, Sensor]), ...this.ind.sensorEntries()]);
  }

  get levelPct(): number {
    return (this.state[VOL]! / P.VESSEL_M3) * 100;
  }

  /** Dosing flow actually entering, L/h. */
  get doseLph(): number {
    const pump = Math.max(this.pumpA.speed, this.pumpB.speed);
    return this.doseValve.flow * pump * this.xvDose.flowFactor;
  }

  /** Accumulation Xac = nB / nB,total, %. */
  get accumulationPct(): number {
    return (Math.max(0, this.state[NB]!) / P.N_B_TOTAL) * 100;
  }

  /** MTSR = T + Xac·ΔTad (§3.2), °C. */
  get mtsrC(): number {
    return this.state[TEMP]! + (this.accumulationPct / 100) * adiabaticRise(P.SB, P.N_B_TOTAL, P.FINAL_MASS_KG);
  }

  /** Missing start/resume permissive, or null. */
  permissive(): string | null {
    if (!this.agitator.running) return 'agitator M-5401 not running';
    if (!this.jacketOk) return 'jacket circulation not running';
    if (this.supplies.brineC() > 2) return 'chilled brine TI-5903 not below 2 °C';
    if (this.batch.phase === 'IDLE' && this.levelPct > 5) return 'R-5401 not empty (LI-5401 > 5 %)';
    return this.sisPermissive();
  }

  private setDosing(on: boolean): void {
    const loop = this.fic.loop;
    if (on) {
      this.xvDose.commandOpen = true;
      if (!this.pumpB.running) this.pumpA.running = true;
      // Recipe rate; pre-position the valve for it, then close the loop (no wound-up start).
      loop.sp = P.DOSE_FLOW_LPH;
      loop.pid.track(this.doseValve.positionFor(loop.sp), loop.sp, loop.sp);
      loop.mode = 'AUTO';
    } else {
      this.xvDose.commandOpen = false;
      this.pumpA.running = false;
      this.pumpB.running = false;
      loop.mode = 'MAN';
      loop.pid.track(0, loop.sp, 0);
    }
  }

  step(dtS: number, _ctx: StepContext): void {
    // A dosing interlock holds the batch (PackML-like Held); RESUME needs the permissives back.
    if (this.batch.phase === 'DOSE' && this.sisPermissive() !== null) this.batch.command('HOLD', this.batchPlant);
    this.batch.step(dtS, this.batchPlant);
    // Control: master before slave; the split range maps TIC-5404.OP 0–50 % brine, 50–100 % hot water.
    this.tic.loop.update(dtS);
    this.tjc.loop.update(dtS);
    this.fic.loop.update(dtS);
    this.aic.loop.update(dtS);
    this.agitator.update(dtS);
    this.pumpA.update(dtS);
    this.pumpB.update(dtS);
    this.xvDose.update(dtS);
    this.doseValve.update(this.fic.loop.op, dtS);
    this.naohValve.update(this.aic.loop.op, dtS);
    this.moveJacket(dtS);
    this.react(dtS);
    for (const l of [this.tic, this.tjc, this.fic, this.aic]) l.measure(dtS);
    this.ind.update(dtS);
  }

  /** Jacket inlet: brine and hot water pull it, the circulation loop mixes it towards the reactor. */
  private moveJacket(dtS: number): void {
    const op = this.tjc.loop.op;
    const brine = clamp((50 - op) / 50, 0, 1);
    const hot = clamp((op - 50) / 50, 0, 1);
    const dTj = brine * P.JACKET_VALVE_RATE * (this.supplies.brineC() - this.tjC)
      + hot * P.JACKET_VALVE_RATE * (P.HOT_WATER_C - this.tjC)
      + P.JACKET_RETURN_RATE * (this.state[TEMP]! - this.tjC);
    this.tjC += (this.jacketOk ? dTj : P.JACKET_RETURN_RATE * (this.state[TEMP]! - this.tjC)) * dtS;
  }

  private react(dtS: number): void {
    const y = this.state;
    const u = this.inputs;
    const stir = this.agitator.speed / P.AGITATOR.ratedRpm;
    u.fd = this.doseLph / 1000 / 3600;
    u.tjC = this.tjC;
    u.uaFactor = this.jacketOk ? this.agitator.uaFactor : 0;
    u.kFactor = this.kMalf * (0.1 + 0.9 * clamp(stir, 0, 1));
    const nA0 = y[NA]!;
    const rv = reactionRate(P.SB, y, u.kFactor); // kmol/s, for the pH balance
    this.rk4.step((s, out) => semibatchDerivative(P.SB, u, s, out), y, dtS);
    this.nP += Math.max(0, nA0 - y[NA]!);
    this.dosedM3 += u.fd * dtS;
    this.ph = clamp(this.ph + ((this.naohValve.flow / 3600) * P.NAOH_CONC - rv) * dtS / P.PH_BUFFER, 0, 14);
    this.chargeAndTransfer(dtS);
  }

  /** Charging adds A at the charge concentration; transfer removes everything in proportion. */
  private chargeAndTransfer(dtS: number): void {
    const y = this.state;
    this.outM3 = 0;
    this.outProductKg = 0;
    if (this.charging) {
      const dv = (P.CHARGE_FLOW / 3600) * dtS;
      const v = y[VOL]!;
      y[TEMP] = v > MIN_VOLUME ? (y[TEMP]! * v + P.CHARGE_TEMP_C * dv) / (v + dv) : P.CHARGE_TEMP_C;
      y[VOL] = v + dv;
      y[NA] = y[NA]! + P.CHARGE_CONC_A * dv;
    }
    if (this.transferring && y[VOL]! > 0) {
      const dv = Math.min(y[VOL]!, (P.TRANSFER_FLOW / 3600) * dtS);
      const f = dv / y[VOL]!;
      this.outM3 = dv;
      this.outProductKg = this.nP * f * P.PRODUCT_KG_PER_KMOL;
      this.nP -= this.nP * f;
      y[NA] = y[NA]! * (1 - f);
      y[NB] = y[NB]! * (1 - f);
      y[VOL] = y[VOL]! - dv;
    }
  }

  /** Cold start: empty, agitator stopped, batch idle and not automatic. */
  coldStart(): void {
    this.state.set([0, 0, 0, 20]);
    this.nP = 0;
    this.dosedM3 = 0;
    this.tjC = 20;
    this.agitator.running = false;
    this.agitator.speed = 0;
    this.batch.auto = false;
    this.batch.enter('IDLE', this.batchPlant);
  }
}
