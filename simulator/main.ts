/** Simulator process: `npm run sim`. Env: SIM_PORT (8081), SIM_HOST (127.0.0.1), SIM_SEED (1), SIM_SPEED (1). */
import { isValidSpeed, systemWallNow, type Speed } from './clock/clock.ts';
import { startSimulator } from './server.ts';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return n;
}

function envSpeed(): Speed {
  const raw = process.env.SIM_SPEED;
  if (raw === undefined || raw === '') return 1;
  const speed: Speed = raw === 'max' ? 'max' : Number(raw);
  if (!isValidSpeed(speed)) throw new Error(`SIM_SPEED must be 1…50 or max, got "${raw}"`);
  return speed;
}

async function main(): Promise<void> {
  const port = envInt('SIM_PORT', 8081);
  const host = process.env.SIM_HOST || '127.0.0.1';
  const seed = envInt('SIM_SEED', 1);
  const speed = envSpeed();
  // A live plant starts at the time of day (whole seconds); headless runs use a fixed start.
  const startT = Math.floor(systemWallNow() / 1000) * 1000;
  const sim = await startSimulator({ port, host, seed, speed, startT });
  const tags = sim.plant.catalog().tags.length;
  console.log(`simulator listening on http://${host}:${sim.port} (seed ${seed}, speed ${speed}, ${tags} tags)`);

  let closing = false;
  const stop = (signal: string): void => {
    if (closing) return;
    closing = true;
    sim.close().then(
      () => console.log(`simulator stopped (${signal})`),
      (err: unknown) => {
        console.error('simulator: error while stopping', err);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('simulator: failed to start:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
