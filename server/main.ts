/** The HMI server process: reads the environment, starts, and stops cleanly on SIGINT/SIGTERM. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readConfig } from './config.ts';
import { createServer } from './app.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = readConfig(process.env, root);
if ('error' in config) {
  console.error(`[server] ${config.error}`);
  process.exit(2);
}

const server = await createServer({ ...config, staticDir: join(root, 'dist', 'client'), history: { fillHours: 24 } });
console.log(`[server] listening on ${server.url} (simulator ${config.simUrl}, data ${config.dataDir}${config.demoAccounts ? ', demo accounts on' : ''})`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
