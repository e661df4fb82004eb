import { describe, expect, it } from 'vitest';
import { createPlantClock } from './clock.ts';

function fakeWall(start = 1_000) {
  let now = start;
  return { now: () => now, add: (ms: number) => (now += ms) };
}

describe('createPlantClock', () => {
  it('owes plant time at the speed multiple of wall time', () => {
    const wall = fakeWall();
    const clock = createPlantClock({ startT: 5_000, wallNow: wall.now, speed: 10 });
    wall.add(200);
    expect(clock.owed()).toBe(2_000);
    clock.advance(1_500);
    expect(clock.t).toBe(6_500);
    expect(clock.owed()).toBe(500);
    expect(clock.state()).toEqual({ state: 'running', speed: 10, t: 6_500 });
  });

  it('freeze stops time; run does not catch up the frozen interval', () => {
    const wall = fakeWall();
    const clock = createPlantClock({ startT: 0, wallNow: wall.now });
    wall.add(1_000);
    clock.freeze();
    expect(clock.owed()).toBe(0);
    wall.add(60_000);
    expect(clock.owed()).toBe(0);
    expect(clock.state()).toMatchObject({ state: 'frozen', t: 0 });
    clock.run();
    wall.add(500);
    expect(clock.owed()).toBe(500);
  });

  it('never runs backwards: negative advances throw, a wall clock stepping back owes nothing', () => {
    const wall = fakeWall();
    const clock = createPlantClock({ startT: 10_000, wallNow: wall.now });
    expect(() => clock.advance(-1)).toThrow(RangeError);
    wall.add(-5_000);
    expect(clock.owed()).toBe(0);
    expect(clock.t).toBe(10_000);
  });

  it('validates the speed and caps the backlog after a stall', () => {
    const wall = fakeWall();
    const clock = createPlantClock({ startT: 0, wallNow: wall.now, speed: 2, maxBacklogWallS: 10 });
    expect(() => clock.setSpeed(0)).toThrow(RangeError);
    expect(() => clock.setSpeed(51)).toThrow(RangeError);
    wall.add(3_600_000);
    expect(clock.owed()).toBe(20_000);
    clock.setSpeed('max');
    wall.add(1_000);
    expect(clock.owed()).toBe(0); // the runner steps as fast as it can instead
  });
});
