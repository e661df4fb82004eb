/**
 * Public entry of the simulator library: plants for headless runs (scenarios, history fill, one
 * plant per trainee), the clock and runner, command parsing, and the Socket.IO process.
 */
export { BUILTIN_SNAPSHOTS, createPlant, createUnits, DEFAULT_START_T, type PlantOptions, type Workshop5Units } from './model/workshop5.ts';
export { Plant, PLANT_STEP_S, runFor, type PlantExtensions, type PlantFrame } from './model/plant.ts';
export type { StateBlob } from './model/state-copy.ts';
export type { Unit, StepContext } from './model/unit.ts';
export type { TagPoint } from './model/point.ts';
export type { SensorFault } from './model/sensor.ts';
export { LOOP_MODES, type LoopMode } from './control/loop.ts';
export { createPlantClock, isValidSpeed, SPEED_MAX, SPEED_MIN, type ClockOptions, type PlantClock, type Speed, type WallNow } from './clock/clock.ts';
export { createRunner, type Runner, type RunnerOptions, type Steppable } from './clock/runner.ts';
export { applySimCommand, handleSimCommand, parseSimCommand } from './commands.ts';
export { startSimulator, type RunningSimulator, type SimulatorOptions } from './server.ts';
export type * from './protocol.ts';
export { SIM_ERRORS, type SimErrorCode } from './errors.ts';
