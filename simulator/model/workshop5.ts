/**
 * Workshop 5: the nine units U51–U59 wired together (what each takes from the others), the safety
 * system (I-01…I-14) and the malfunctions (M01…M20). Each unit is its own file; this file only
 * connects them.
 */
import { createInterlocks } from '../control/workshop5-interlocks.ts';
import { MalfunctionSet } from '../malfunctions/malfunctions.ts';
import { createMalfunctions } from '../malfunctions/workshop5-malfunctions.ts';
import { Plant } from './plant.ts';
import { R5301 } from './r5301.ts';
import { SafetySystem } from '../control/safety-system.ts';
import { U51TankFarm } from './u51-tank-farm.ts';
import { U52Chlorine } from './u52-chlorine.ts';
import { U54R5401 } from './u54-r5401.ts';
import { U55Scrubber } from './u55-scrubber.ts';
import { U56Centrifuge } from './u56-centrifuge.ts';
import { U57Dryer } from './u57-dryer.ts';
import { U58Packing } from './u58-packing.ts';
import { U59Utilities } from './u59-utilities.ts';

export interface PlantOptions {
  /** Seed of all instrument noise. Same seed and same commands ⇒ same trajectory. */
  seed: number;
  /** Plant time at start, epoch ms. */
  startT?: number;
  /** Initial state: the steady state (default) or everything stopped and empty. */
  initial?: 'normal-operation' | 'cold-start';
}

/** Snapshots every plant has. */
export const BUILTIN_SNAPSHOTS = ['normal-operation', 'cold-start'] as const;

/** Default plant start: 2025-01-06 08:00 China Standard Time (00:00 UTC), a day shift. */
export const DEFAULT_START_T = Date.UTC(2025, 0, 6, 0, 0, 0);

/** The units of Workshop 5, by name, for wiring, interlocks, malfunctions and tests. */
export interface Workshop5Units {
  u51: U51TankFarm;
  u52: U52Chlorine;
  r5301: R5301;
  r5401: U54R5401;
  u55: U55Scrubber;
  u56: U56Centrifuge;
  u57: U57Dryer;
  u58: U58Packing;
  u59: U59Utilities;
}

export function createUnits(seed: number): Workshop5Units {
  const u59 = new U59Utilities({ seed });
  const u51 = new U51TankFarm({ seed });
  const u52 = new U52Chlorine({ seed });
  const u55 = new U55Scrubber({ seed });
  const r5301 = new R5301({
    seed,
    supplies: {
      cwFactor: () => u59.cwFactor,
      cwSupplyC: () => u59.cwSupplyC,
      cl2Factor: () => u52.cl2Factor,
      ventFactor: () => u55.ventFactor,
      feedFactor: () => u51.feedFactor,
    },
  });
  const r5401 = new U54R5401({ seed, supplies: { brineC: () => u59.brineC } });
  const u56 = new U56Centrifuge({ seed });
  const u57 = new U57Dryer({ seed });
  const u58 = new U58Packing({ seed });
  u51.feedDemand = () => r5301.feedFlowM3h;
  u52.cl2Draw = () => r5301.cl2FlowKgh;
  u52.reactorKpa = () => r5301.pressureKpa;
  u55.cl2Feed = () => r5301.cl2FlowKgh;
  u56.inflow = () => ({ m3: r5401.outM3, kg: r5401.outProductKg });
  u57.cakeIn = () => u56.cakeOutKg;
  u58.productIn = () => u57.productOutKg;
  u52.steamHeader = () => u59.steamOk;
  u57.steamHeader = () => u59.steamOk;
  u59.airUsers.push(r5301.xvCl2, r5301.xvFeed, r5301.xvDump, r5401.xvDose, u51.xvInlet, u52.xvHeader);
  const motor = (m: { running: boolean }, kw: number, trip: () => void = () => void (m.running = false)) =>
    u59.addLoad({ get running() { return m.running; }, trip, kw });
  motor(r5301.agitator, 30);
  motor(r5401.agitator, 22);
  motor(u55.fan, 37);
  motor(u57.vacuumPump, 15);
  motor(u57.rotation, 7.5);
  for (const p of [u51.pumps.a, u51.pumps.b, r5401.pumpA, r5401.pumpB]) motor(p, 5.5, () => p.trip());
  u59.addLoad({ get running() { return u56.running; }, trip: () => u56.trip(), kw: 45 }); // centrifuge M-5602
  u59.addLoad({ running: true, kw: 20, trip: () => u58.hold() }); // packing line: holds on a dip
  return { u51, u52, r5301, r5401, u55, u56, u57, u58, u59 };
}

/** Creates Workshop 5 at its normal operating point (steady state), or cold. */
export function createPlant({ seed, startT = DEFAULT_START_T, initial = 'normal-operation' }: PlantOptions): Plant {
  const u = createUnits(seed);
  const malfunctions = new MalfunctionSet(createMalfunctions(u));
  const sis = new SafetySystem(createInterlocks(u));
  const i03 = sis.get('I-03')!;
  // I-03 stops R-5401 dosing only for its R-5401 cause (SI-5407 LL, cause index 2).
  u.r5401.sisPermissive = () => sis.trippedAmong(['I-06', 'I-07']) ?? (i03.tripped && i03.seen[2] ? 'I-03 tripped' : null);
  u.r5301.xvCl2.permissive = () => sis.trippedAmong(['I-09']) ?? (u.u55.ph < 9 ? 'scrubber pH AIC-5501 below 9 (I-09)' : null);
  const units = [malfunctions, sis, u.u59, u.u51, u.u52, u.r5301, u.r5401, u.u55, u.u56, u.u57, u.u58];
  const plant = new Plant(units, startT, {
    malfunctions,
    sis,
    coldStart: (p: Plant) => coldStart(p, u),
    builtinNames: BUILTIN_SNAPSHOTS,
    builtin: (name) =>
      name === 'normal-operation' || name === 'cold-start' ? createPlant({ seed, startT, initial: name }).captureUnits() : undefined,
  });
  if (initial === 'cold-start') plant.makeCold();
  return plant;
}

/** Everything stopped, R-5301 and R-5401 empty of reaction mass, loops in MAN at 0 %. */
function coldStart(_plant: Plant, u: Workshop5Units): void {
  const r = u.r5301;
  r.state.set([0, 293.15, 293.15, 0]);
  r.pressureKpa = 0;
  r.cl2Ratio = 0;
  r.agitator.running = false;
  r.agitator.speed = 0;
  for (const xv of [r.xvCl2, r.xvFeed, r.xvDump]) {
    xv.commandOpen = false;
    xv.position = 0;
  }
  for (const l of [r.tic, r.cwFlow, r.feedFlow, r.level, r.cl2Flow, r.pressure]) {
    l.mode = 'MAN';
    l.pid.track(0, l.sp, l.sp);
  }
  for (const v of [r.feedValve, r.cwValve, r.outletValve, r.cl2Valve, r.ventValve]) v.position = 0;
  u.r5401.coldStart();
  u.u51.coldStart();
  u.u52.xvHeader.commandOpen = false;
  u.u52.xvHeader.position = 0;
  u.u55.fan.running = false;
  u.u55.fan.speed = 0;
  u.u56.cycle = 0;
  u.u56.speed = 0;
  u.u56.cakeKg = 0;
  u.u57.vacuumPump.running = false;
  u.u57.rotation.running = false;
  u.u57.phase = 0;
  u.u57.solidsKg = 0;
  u.u57.moisture = 5;
  u.u58.coldStart();
}
