/**
 * Unit U58: automatic packing line PK-5801, 25 kg bags. PackML state machine (§5.3), checkweigher
 * with reject band, metal detector, conveyor VFD, shift counters, and OEE = A × P × Q (§5.3) over a
 * 1 h exponentially weighted window. Random draws come from a seeded stream. [assumption] values.
 */
import type { EquipmentMeta, LoopMeta, Text } from '../protocol.ts';
import { calcPoint, Indicators } from './instruments.ts';
import { refuse, type TagPoint } from './point.ts';
import { createPrng, type Prng } from './prng.ts';
import type { Sensor } from './sensor.ts';
import type { StepContext, Unit } from './unit.ts';
import { lagFraction } from './units.ts';

const UNIT = 'U58';
const t = (en: string, zh: string): Text => ({ en, zh });
export const PACKML = ['Stopped', 'Resetting', 'Idle', 'Starting', 'Execute', 'Completing', 'Complete', 'Aborting', 'Aborted',
  'Stopping', 'Clearing', 'Suspending', 'Suspended', 'Unsuspending', 'Holding', 'Held', 'Unholding'] as const;
export const PACKML_COMMANDS = ['RESET', 'START', 'STOP', 'HOLD', 'UNHOLD', 'ABORT', 'CLEAR'] as const;
const S = Object.fromEntries(PACKML.map((n, i) => [n, i])) as Record<(typeof PACKML)[number], number>;
/** Acting states end by themselves after this long, and lead to… */
const ACTING_S = 5; // s
const ACTING_NEXT: Record<number, number> = {
  [S.Resetting]: S.Idle, [S.Starting]: S.Execute, [S.Completing]: S.Complete, [S.Aborting]: S.Aborted, [S.Stopping]: S.Stopped,
  [S.Clearing]: S.Stopped, [S.Suspending]: S.Suspended, [S.Unsuspending]: S.Execute, [S.Holding]: S.Held, [S.Unholding]: S.Execute,
};
const BAG_KG = 25;
const RATE_BPM = 3.0; // bags/min at 0.5 m/s
const IDEAL_BPM = 3.4; // bags/min: the ideal cycle
const BELT_MS = 0.5; // m/s
const WEIGHT_SD = 0.051; // kg: 5 % outside ±0.1 kg
const PALLET_EVERY_S = 3600; // s of Execute between pallet changes
const PALLET_CHANGE_S = 360; // s Suspended
const METAL_PER_H = 0.5; // rejects per hour
const OEE_TAU_S = 3600; // s
const SHIFT_H = 8;
const CST_OFFSET_H = 8;

export class U58Packing implements Unit {
  readonly id = UNIT;
  state = S.Execute;
  stateS = 0;
  beltMs = BELT_MS;
  /** Malfunctions: conveyor jam (0…1 of the speed lost) and checkweigher drift, kg (§7.4 #20). */
  jam = 0;
  weigherDrift = 0;
  estop = false;
  siloKg = 60_000;
  lastBagKg = BAG_KG;
  bagProgress = 0;
  executeS = 0;
  shift = -1;
  bagsShift = 0;
  tonnesShift = 0;
  metalShift = 0;
  /** Weighted sums for OEE: planned s, run s, total bags, good bags. */
  wPlanned = OEE_TAU_S;
  wRun = 0.9 * OEE_TAU_S;
  wTotal = (0.9 * OEE_TAU_S * RATE_BPM) / 60;
  wGood = 0.95 * ((0.9 * OEE_TAU_S * RATE_BPM) / 60);
  /** Bag rate, bags/min (5 min weighted). */
  rateBpm = RATE_BPM;
  /** Product in from the dryer in the last step, kg (set by the plant). */
  productIn: () => number = () => 0;
  private readonly rng: Prng;
  private lowBeltS = 0;
  readonly ind: Indicators;

  readonly points: readonly TagPoint[];
  readonly loops: readonly LoopMeta[] = [];
  readonly equipment: readonly EquipmentMeta[];
  readonly sensors: ReadonlyMap<string, Sensor>;

  constructor({ seed }: { seed: number }) {
    this.rng = createPrng(seed, 'PK-5801');
    this.ind = new Indicators(UNIT, [
      { tag: 'SIC-5805', desc: t('Conveyor speed', '输送带速度'), eu: 'm/s', lo: 0, hi: 1, normal: [0.2, 0.8], decimals: 2, lagS: 0.5, noiseRel: 0.003, truth: () => this.beltMs },
      { tag: 'WI-5810', desc: t('Product silo inventory', '成品料仓存量'), eu: 't', lo: 0, hi: 100, normal: [2, 95], decimals: 2, lagS: 1, truth: () => this.siloKg / 1000 },
    ], seed);
    const c = (name: string, en: string, zh: string, eu: string, hi: number, read: () => number, decimals = 1, normal?: [number, number]): TagPoint =>
      calcPoint({ name, unit: UNIT, desc: t(en, zh), eu, lo: 0, hi, decimals, ...(normal ? { normal } : {}) }, read);
    const estop: TagPoint = {
      meta: { name: 'HS-5808', unit: UNIT, desc: t('E-stop', '急停'), eu: '', lo: 0, hi: 1, decimals: 0, states: ['OFF', 'ON'], writable: true },
      read: () => (this.estop ? 1 : 0),
      quality: () => 0,
      write: (v) => {
        if (v !== 'ON' && v !== 'OFF') return refuse('INVALID_VALUE', 'HS-5808 is ON or OFF');
        const old = this.estop ? 'ON' : 'OFF';
        this.estop = v === 'ON';
        return { ok: true, old, new: v };
      },
    };
    const packml: TagPoint = {
      meta: { name: 'YI-5806', unit: UNIT, desc: t('PackML state', 'PackML 状态'), eu: '', lo: 0, hi: 16, decimals: 0, states: [...PACKML], writable: true },
      read: () => this.state,
      quality: () => 0,
      write: (v) => this.command(v),
    };
    this.points = [
      c('WIC-5801', 'Bag net weight (checkweigher)', '单袋净重', 'kg', 30, () => this.lastBagKg, 2, [24.9, 25.1]),
      c('FI-5802', 'Packing rate', '包装速率', 'bags/min', 6, () => this.rateBpm, 2, [2, 6]),
      c('FQI-5803', 'Bags this shift', '本班袋数', 'bags', 5000, () => this.bagsShift, 0),
      c('FQI-5804', 'Tonnage this shift', '本班产量', 't', 100, () => this.tonnesShift, 3),
      ...this.ind.points(),
      packml,
      c('XA-5807', 'Metal-detector rejects', '金属检测剔除数', 'count', 100, () => this.metalShift, 0),
      estop,
      c('UI-5809', 'OEE', 'OEE', '%', 100, () => this.oee * 100, 1, [60, 100]),
      c('UI-5809.A', 'OEE availability', 'OEE 可用率', '%', 100, () => this.availability * 100, 1),
      c('UI-5809.P', 'OEE performance', 'OEE 性能', '%', 100, () => this.performance * 100, 1),
      c('UI-5809.Q', 'OEE quality', 'OEE 质量', '%', 100, () => this.quality * 100, 1),
    ];
    this.equipment = [
      { name: 'YI-5806', unit: UNIT, desc: t('Packing line PK-5801', '自动包装线'), commands: [...PACKML_COMMANDS] },
      { name: 'HS-5808', unit: UNIT, desc: t('Packing line e-stop', '包装线急停'), commands: ['ON', 'OFF'] },
    ];
    this.sensors = new Map(this.ind.sensorEntries());
  }

  get availability(): number {
    return this.wPlanned > 0 ? this.wRun / this.wPlanned : 0;
  }
  get performance(): number {
    return this.wRun > 0 ? Math.min(1, (this.wTotal * 60) / IDEAL_BPM / this.wRun) : 0;
  }
  get quality(): number {
    return this.wTotal > 0 ? this.wGood / this.wTotal : 0;
  }
  get oee(): number {
    return this.availability * this.performance * this.quality;
  }

  /** Power dip or interlock: the line holds (PackML Held). */
  hold(): void {
    if (this.state === S.Execute || this.state === S.Suspended || this.state === S.Suspending) this.go(S.Holding);
  }

  command(v: number | string): ReturnType<NonNullable<TagPoint['write']>> {
    const old = PACKML[this.state]!;
    const ok = (next: number) => (this.go(next), { ok: true as const, old, new: PACKML[next]! });
    switch (v) {
      case 'RESET': return this.state === S.Stopped || this.state === S.Complete ? ok(S.Resetting) : refuse('INVALID_VALUE', `RESET from ${old}`);
      case 'START':
        if (this.state !== S.Idle) return refuse('INVALID_VALUE', `START from ${old}`);
        if (this.estop) return refuse('PERMISSIVE_MISSING', 'e-stop HS-5808 is ON');
        return ok(S.Starting);
      case 'STOP': return this.state === S.Aborted || this.state === S.Aborting || this.state === S.Stopped ? refuse('INVALID_VALUE', `STOP from ${old}`) : ok(S.Stopping);
      case 'HOLD': return this.state === S.Execute ? ok(S.Holding) : refuse('INVALID_VALUE', `HOLD from ${old}`);
      case 'UNHOLD':
        if (this.state !== S.Held) return refuse('INVALID_VALUE', `UNHOLD from ${old}`);
        if (this.jam > 0.5) return refuse('PERMISSIVE_MISSING', 'conveyor jammed');
        return ok(S.Unholding);
      case 'ABORT': return this.state === S.Aborted ? refuse('INVALID_VALUE', 'already aborted') : ok(S.Aborting);
      case 'CLEAR':
        if (this.state !== S.Aborted) return refuse('INVALID_VALUE', `CLEAR from ${old}`);
        if (this.estop) return refuse('PERMISSIVE_MISSING', 'e-stop HS-5808 is ON');
        return ok(S.Clearing);
      default: return refuse('INVALID_VALUE', `YI-5806 accepts ${PACKML_COMMANDS.join(', ')}`);
    }
  }

  step(dtS: number, ctx: StepContext): void {
    const shift = Math.floor((ctx.t / 3_600_000 + CST_OFFSET_H) / SHIFT_H);
    if (shift !== this.shift) {
      this.shift = shift;
      this.bagsShift = 0;
      this.tonnesShift = 0;
      this.metalShift = 0;
    }
    this.siloKg += this.productIn();
    if (this.estop && this.state !== S.Aborted && this.state !== S.Aborting) this.go(S.Aborting);
    this.stateS += dtS;
    const next = ACTING_NEXT[this.state];
    if (next !== undefined && this.stateS >= ACTING_S) this.go(next);
    const running = this.state === S.Execute;
    // The belt idles on through a pallet change (Suspended); it stops when the line stops or holds.
    const moving = running || (this.state >= S.Suspending && this.state <= S.Unsuspending);
    const target = moving ? BELT_MS * (1 - this.jam) : 0;
    this.beltMs += (target - this.beltMs) * lagFraction(dtS, moving ? 5 : 2);
    if (running) this.execute(dtS);
    if (this.state === S.Suspended && this.stateS >= PALLET_CHANGE_S && this.siloKg >= BAG_KG) this.go(S.Unsuspending);
    const decay = Math.exp(-dtS / OEE_TAU_S);
    this.wPlanned = this.wPlanned * decay + dtS;
    this.wRun = this.wRun * decay + (running ? dtS : 0);
    this.wTotal *= decay;
    this.wGood *= decay;
    if (running) this.rateBpm *= Math.exp(-dtS / 300); // rate while producing
    this.ind.update(dtS);
  }

  private execute(dtS: number): void {
    this.executeS += dtS;
    // Conveyor jam: speed below 0.2 m/s for 5 s holds the line.
    this.lowBeltS = this.beltMs < 0.2 ? this.lowBeltS + dtS : 0;
    if (this.lowBeltS >= 5) {
      this.lowBeltS = 0;
      this.go(S.Holding);
      return;
    }
    if (this.executeS >= PALLET_EVERY_S || this.siloKg < BAG_KG) {
      this.executeS = 0;
      this.go(S.Suspending);
      return;
    }
    if (this.rng.uniform() < (METAL_PER_H * dtS) / 3600) this.metalShift++;
    this.bagProgress += ((RATE_BPM / 60) * (this.beltMs / BELT_MS)) * dtS;
    if (this.bagProgress >= 1) {
      this.bagProgress -= 1;
      const w = BAG_KG + this.weigherDrift + WEIGHT_SD * this.rng.normal();
      this.lastBagKg = w;
      this.siloKg -= BAG_KG;
      this.wTotal += 1;
      this.rateBpm += (1 / 300) * 60;
      if (Math.abs(w - BAG_KG) <= 0.1) {
        this.wGood += 1;
        this.bagsShift++;
        this.tonnesShift += BAG_KG / 1000;
      }
    }
  }

  private go(s: number): void {
    this.state = s;
    this.stateS = 0;
  }

  coldStart(): void {
    this.go(S.Stopped);
    this.beltMs = 0;
  }
}
