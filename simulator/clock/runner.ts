/**
 * The runner: the thin timer shell around a plant and its clock. Every tick (~100 ms wall) it
 * steps the plant by the plant time the clock owes, in fixed steps. At speed 'max' it steps in
 * slices via setImmediate, so the event loop stays responsive. After each tick or slice in which
 * the plant advanced it calls onFrame, and at least once per wall second otherwise (heartbeat).
 */
import type { PlantClock } from './clock.ts';

/** What the runner drives: anything with a plant time and a fixed step. */
export interface Steppable {
  step(dtS: number): void;
}

export interface RunnerOptions {
  plant: Steppable;
  clock: PlantClock;
  onFrame: () => void;
  /** Wall interval between ticks, ms. */
  tickMs?: number;
  /** Fixed plant step, s. */
  stepS?: number;
  /** Plant seconds per slice at 'max'. */
  maxSliceS?: number;
  /** Longest wall gap between frames while nothing advances, ms. */
  heartbeatMs?: number;
  /** Longest wall time of one slice at 'max', ms. */
  maxSliceWallMs?: number;
}

export interface Runner {
  start(): void;
  stop(): void;
  /** Steps the plant by what is owed now; returns plant seconds stepped. Called by each tick. */
  tick(): number;
}

export function createRunner(options: RunnerOptions): Runner {
  const { plant, clock, onFrame } = options;
  const tickMs = options.tickMs ?? 100;
  const stepS = options.stepS ?? 0.5;
  const stepMs = stepS * 1000;
  const maxSliceSteps = Math.max(1, Math.round((options.maxSliceS ?? 600) / stepS));
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const maxSliceWallMs = options.maxSliceWallMs ?? 50;
  let interval: ReturnType<typeof setInterval> | undefined;
  let immediate: ReturnType<typeof setImmediate> | undefined;
  let lastFrameWall = clock.wall();

  function stepN(n: number): void {
    for (let i = 0; i < n; i++) {
      plant.step(stepS);
      clock.advance(stepMs);
    }
  }

  function frame(): void {
    lastFrameWall = clock.wall();
    onFrame();
  }

  function maxSlice(): void {
    immediate = undefined;
    if (interval === undefined || !clock.running || clock.speed !== 'max') return;
    // At most maxSliceSteps, and no longer than maxSliceWallMs of wall time, so timers still fire.
    const until = clock.wall() + maxSliceWallMs;
    for (let done = 0; done < maxSliceSteps && clock.wall() < until; done += 20) stepN(Math.min(20, maxSliceSteps - done));
    frame();
    immediate = setImmediate(maxSlice);
  }

  function tick(): number {
    let stepped = 0;
    if (clock.running && clock.speed === 'max') {
      if (immediate === undefined && interval !== undefined) immediate = setImmediate(maxSlice);
    } else {
      stepped = Math.floor(clock.owed() / stepMs);
      stepN(stepped);
      if (stepped > 0) frame();
    }
    if (clock.wall() - lastFrameWall >= heartbeatMs) frame();
    return stepped * stepS;
  }

  return {
    start() {
      if (interval !== undefined) return;
      lastFrameWall = clock.wall();
      interval = setInterval(tick, tickMs);
      tick();
    },
    stop() {
      if (interval !== undefined) clearInterval(interval);
      if (immediate !== undefined) clearImmediate(immediate);
      interval = undefined;
      immediate = undefined;
    },
    tick,
  };
}
