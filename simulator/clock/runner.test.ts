import { describe, expect, it } from 'vitest';
import { createPlant } from '../model/workshop5.ts';
import { createPlantClock } from './clock.ts';
import { createRunner } from './runner.ts';

function rig(speed: number | 'max' = 1) {
  let wall = 0;
  let steps = 0;
  let frames = 0;
  const clock = createPlantClock({ startT: 0, wallNow: () => wall, speed });
  const runner = createRunner({ plant: { step: () => void steps++ }, clock, onFrame: () => void frames++ });
  return {
    clock,
    runner,
    wallAdd: (ms: number) => (wall += ms),
    counts: () => ({ steps, frames }),
  };
}

describe('createRunner', () => {
  it('steps the plant by wall time × speed in fixed 0.5 s steps and frames after each advance', () => {
    const r = rig(5);
    r.wallAdd(100); // 500 ms plant
    expect(r.runner.tick()).toBe(0.5);
    r.wallAdd(150); // 750 ms plant: one step, 250 ms carried
    r.runner.tick();
    r.wallAdd(50); // + 250 ms: another step
    r.runner.tick();
    expect(r.counts()).toEqual({ steps: 3, frames: 3 });
    expect(r.clock.t).toBe(1_500);
  });

  it('sends a heartbeat frame at least once per wall second while frozen', () => {
    const r = rig();
    r.clock.freeze();
    for (let i = 0; i < 25; i++) {
      r.wallAdd(100);
      r.runner.tick();
    }
    expect(r.counts().steps).toBe(0);
    expect(r.counts().frames).toBe(2);
    expect(r.clock.t).toBe(0);
  });

  it("runs far faster than real time at 'max' and keeps the event loop responsive", async () => {
    const plant = createPlant({ seed: 1, startT: 0 });
    plant.step(600); // warm up (JIT) before measuring
    const t0Plant = plant.t;
    const clock = createPlantClock({ startT: plant.t, speed: 'max' });
    let frames = 0;
    const runner = createRunner({ plant, clock, onFrame: () => void frames++ });
    const lags: number[] = [];
    const probe = setInterval(
      (() => {
        let last = performance.now();
        return () => {
          const now = performance.now();
          lags.push(now - last);
          last = now;
        };
      })(),
      20,
    );
    const t0 = performance.now();
    runner.start();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    runner.stop();
    clearInterval(probe);
    const wallS = (performance.now() - t0) / 1000;
    const plantS = (plant.t - t0Plant) / 1000;
    const ratio = plantS / wallS;
    console.log(`'max' speed: ${Math.round(plantS)} plant s in ${wallS.toFixed(2)} wall s = ${Math.round(ratio)}× real time, ${frames} frames`);
    // the ≥ 1000× target is measured in `npm run bench`; here only that 'max' is not a paced speed
    expect(ratio).toBeGreaterThan(100);
    expect(clock.t).toBe(plant.t);
    expect(frames).toBeGreaterThan(1);
    expect(lags.length).toBeGreaterThan(10); // timers still fire between slices…
    expect(Math.max(...lags)).toBeLessThan(1000); // …and no slice holds the loop for long (slices end after 50 ms)
  });
});
