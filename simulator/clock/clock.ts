/**
 * The plant clock: plant time (epoch ms), run / freeze, and speed (1…50 × real time, or 'max').
 * It is the only module that reads the wall clock, through an injectable source. It counts how
 * much plant time is owed to the plant; a runner steps the plant and reports what it stepped.
 */
import type { ClockRunState, ClockState } from '../protocol.ts';

export type Speed = number | 'max';

export const SPEED_MIN = 1; // × real time
export const SPEED_MAX = 50; // × real time

/** Wall time source, epoch ms. */
export type WallNow = () => number;

/** The machine's wall clock: the one place the simulator reads the time of day. */
export const systemWallNow: WallNow = () => Date.now();

export interface ClockOptions {
  /** Plant time at start, epoch ms. */
  startT: number;
  speed?: Speed;
  state?: ClockRunState;
  /** Wall time source; Date.now unless a test injects one. */
  wallNow?: WallNow;
  /** Most plant time that may be owed at once, in wall seconds of backlog (a stall is not replayed). */
  maxBacklogWallS?: number;
}

export interface PlantClock {
  /** Plant time, epoch ms. Never decreases. */
  readonly t: number;
  readonly speed: Speed;
  readonly running: boolean;
  state(): ClockState;
  run(): void;
  freeze(): void;
  /** Sets the speed; throws RangeError outside 1…50 (callers validate first). */
  setSpeed(speed: Speed): void;
  /** Plant ms owed at the current wall time (0 while frozen or at 'max'). */
  owed(): number;
  /** Records that the plant advanced `ms` plant milliseconds. */
  advance(ms: number): void;
  /** Wall time, epoch ms (the runner's heartbeat uses it). */
  wall(): number;
}

export function isValidSpeed(speed: Speed): boolean {
  return speed === 'max' || (Number.isFinite(speed) && speed >= SPEED_MIN && speed <= SPEED_MAX);
}

export function createPlantClock(options: ClockOptions): PlantClock {
  const wallNow = options.wallNow ?? systemWallNow;
  const maxBacklogWallS = options.maxBacklogWallS ?? 10;
  let t = options.startT;
  let speed: Speed = options.speed ?? 1;
  let running = (options.state ?? 'running') === 'running';
  let lastWall = wallNow();
  let backlog = 0; // plant ms owed
  if (!isValidSpeed(speed)) throw new RangeError(`speed must be ${SPEED_MIN}…${SPEED_MAX} or 'max'`);

  /** Moves the wall reference to now, adding what elapsed (× speed) to the backlog if running. */
  function sync(): void {
    const now = wallNow();
    const elapsed = Math.max(0, now - lastWall); // a wall clock stepping back owes nothing
    lastWall = now;
    if (running && speed !== 'max') {
      backlog = Math.min(backlog + elapsed * speed, maxBacklogWallS * 1000 * speed);
    }
  }

  return {
    get t() {
      return t;
    },
    get speed() {
      return speed;
    },
    get running() {
      return running;
    },
    state: () => ({ state: running ? 'running' : 'frozen', speed, t }),
    run() {
      sync();
      running = true;
    },
    freeze() {
      sync();
      running = false;
      backlog = 0;
    },
    setSpeed(next) {
      if (!isValidSpeed(next)) throw new RangeError(`speed must be ${SPEED_MIN}…${SPEED_MAX} or 'max'`);
      sync();
      speed = next;
      backlog = 0;
    },
    owed() {
      sync();
      return backlog;
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`plant time never runs backwards (advance ${ms} ms)`);
      t += ms;
      backlog = Math.max(0, backlog - ms);
    },
    wall: () => wallNow(),
  };
}
