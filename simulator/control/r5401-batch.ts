/**
 * The R-5401 batch as phases (ISA-88 style): IDLE → CHARGE → COOL → DOSE → HOLD → TRANSFER → IDLE,
 * plus HELD. Each phase sets its equipment on entry and ends on its condition; START and RESUME
 * check permissives and name the one that is missing (reference §3.2, §7.1 U54 KI-5411/YI-5411).
 */
import type { SimReply } from '../protocol.ts';
import { refuse } from '../model/point.ts';

export const PHASES = ['IDLE', 'CHARGE', 'COOL', 'DOSE', 'HOLD', 'TRANSFER', 'HELD'] as const;
export type Phase = (typeof PHASES)[number];
export const BATCH_COMMANDS = ['START', 'HOLD', 'RESUME', 'ABORT'] as const;

/** What the batch drives and reads on R-5401. */
export interface BatchPlant {
  volumeM3(): number;
  tempC(): number;
  dosedM3(): number;
  /** Opens / closes the charge line, the dosing line (XV-5410 + P-5401A + FIC-5402 AUTO) and the transfer pump. */
  setCharge(on: boolean): void;
  setDosing(on: boolean): void;
  setTransfer(on: boolean): void;
  resetDosedTotal(): void;
  /** Missing permissive for starting or resuming, null when all are met. */
  permissive(): string | null;
}

export interface BatchTimes {
  chargeVolumeM3: number;
  tSpC: number;
  doseTotalM3: number;
  holdS: number;
}

export class R5401Batch {
  phase: Phase = 'IDLE';
  /** Phase held from (for RESUME). */
  heldPhase: Phase = 'IDLE';
  /** Time in the phase, s. */
  phaseS = 0;
  /** Start the next batch by itself after a transfer (campaign mode). */
  auto = true;
  readonly times: BatchTimes;

  constructor(times: BatchTimes) {
    this.times = times;
  }

  get phaseIndex(): number {
    return PHASES.indexOf(this.phase);
  }

  step(dtS: number, p: BatchPlant): void {
    this.phaseS += dtS;
    switch (this.phase) {
      case 'IDLE':
        if (this.auto && this.phaseS >= 300 && p.permissive() === null) this.enter('CHARGE', p);
        break;
      case 'CHARGE':
        if (p.volumeM3() >= this.times.chargeVolumeM3) this.enter('COOL', p);
        break;
      case 'COOL':
        if (p.tempC() <= this.times.tSpC + 0.5) this.enter('DOSE', p);
        break;
      case 'DOSE':
        if (p.dosedM3() >= this.times.doseTotalM3) this.enter('HOLD', p);
        break;
      case 'HOLD':
        if (this.phaseS >= this.times.holdS) this.enter('TRANSFER', p);
        break;
      case 'TRANSFER':
        if (p.volumeM3() <= 0.02) this.enter('IDLE', p);
        break;
      case 'HELD':
        break;
    }
  }

  /** Enters a phase: equipment for it on, the rest off. */
  enter(phase: Phase, p: BatchPlant): void {
    p.setCharge(phase === 'CHARGE');
    p.setDosing(phase === 'DOSE');
    p.setTransfer(phase === 'TRANSFER');
    if (phase === 'CHARGE') p.resetDosedTotal();
    this.phase = phase;
    this.phaseS = 0;
  }

  command(value: number | string, p: BatchPlant): SimReply {
    const old = this.phase;
    switch (value) {
      case 'START': {
        if (this.phase !== 'IDLE') return refuse('INVALID_VALUE', `a batch is running (phase ${this.phase})`);
        const missing = p.permissive();
        if (missing) return refuse('PERMISSIVE_MISSING', missing);
        this.enter('CHARGE', p);
        break;
      }
      case 'HOLD':
        if (this.phase === 'IDLE' || this.phase === 'HELD') return refuse('INVALID_VALUE', `nothing to hold (phase ${this.phase})`);
        this.heldPhase = this.phase;
        this.enter('HELD', p);
        break;
      case 'RESUME': {
        if (this.phase !== 'HELD') return refuse('INVALID_VALUE', `the batch is not held (phase ${this.phase})`);
        const missing = p.permissive();
        if (missing) return refuse('PERMISSIVE_MISSING', missing);
        this.enter(this.heldPhase, p);
        break;
      }
      case 'ABORT':
        this.enter('IDLE', p);
        break;
      default:
        return refuse('INVALID_VALUE', `KI-5411 accepts ${BATCH_COMMANDS.join(', ')}`);
    }
    return { ok: true, old, new: this.phase };
  }
}
