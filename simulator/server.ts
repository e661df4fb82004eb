/**
 * The simulator process shell: a plant, its clock and runner, served over a typed Socket.IO
 * server. On connect a client gets the catalog, then the latest frame, then every new frame.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { createPlantClock, type Speed, type WallNow, type PlantClock } from './clock/clock.ts';
import { createRunner } from './clock/runner.ts';
import { handleSimCommand } from './commands.ts';
import type { Plant } from './model/plant.ts';
import { refuse } from './model/point.ts';
import { createPlant, DEFAULT_START_T } from './model/workshop5.ts';
import type { ServerToSimEvents, SimReply, SimToServerEvents, TagFrame } from './protocol.ts';

export interface SimulatorOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  host?: string;
  seed: number;
  speed?: Speed;
  /** Plant time at start, epoch ms. */
  startT?: number;
  wallNow?: WallNow;
  /** Wall ms between runner ticks. */
  tickMs?: number;
}

export interface RunningSimulator {
  /** The port actually listened on. */
  port: number;
  plant: Plant;
  clock: PlantClock;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const plant = createPlant({ seed: options.seed, startT: options.startT ?? DEFAULT_START_T });
  const clockOptions = { startT: plant.t, speed: options.speed ?? 1 };
  const clock = createPlantClock(options.wallNow ? { ...clockOptions, wallNow: options.wallNow } : clockOptions);
  const catalog = plant.catalog();
  const http = createServer();
  const io = new Server<ServerToSimEvents, SimToServerEvents>(http, { serveClient: false });

  let seq = 0;
  const makeFrame = (): TagFrame => ({ seq: seq++, ...plant.frame(), clock: clock.state() });
  let last: TagFrame | undefined;
  const runner = createRunner({
    plant,
    clock,
    tickMs: options.tickMs ?? 100,
    onFrame: () => {
      last = makeFrame();
      io.emit('frame', last);
    },
  });

  io.on('connection', (socket) => {
    socket.emit('catalog', catalog);
    socket.emit('frame', last ?? (last = makeFrame()));
    socket.on('command', (payload: unknown, ack: unknown) => {
      // A client that sends only a callback puts it first; a payload without a callback gets no reply.
      const reply = typeof payload === 'function' ? refuse('INVALID_COMMAND', 'no command') : safeHandle(payload, plant, clock);
      const respond = typeof payload === 'function' ? payload : ack;
      if (typeof respond === 'function') (respond as (r: SimReply) => void)(reply);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  runner.start();

  return {
    port: (http.address() as AddressInfo).port,
    plant,
    clock,
    async close() {
      runner.stop();
      await io.close();
    },
  };
}

function safeHandle(payload: unknown, plant: Plant, clock: PlantClock): SimReply {
  try {
    return handleSimCommand(payload, { plant, clock });
  } catch (err) {
    console.error('simulator: command failed', err);
    return refuse('INVALID_COMMAND', 'the command could not be applied');
  }
}
