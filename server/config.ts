/** The server's settings from the environment, checked before anything starts. */
import { join, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  simUrl: string;
  dataDir: string;
  demoAccounts: boolean;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The configuration, or a message that says what to change. */
export function readConfig(env: Record<string, string | undefined>, root: string): ServerConfig | { error: string } {
  const port = Number(env.PORT ?? 8080);
  const simPort = Number(env.SIM_PORT ?? 8081);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `PORT=${env.PORT} is not a port number.` };
  if (!Number.isInteger(simPort) || simPort < 0 || simPort > 65535) return { error: `SIM_PORT=${env.SIM_PORT} is not a port number.` };
  const host = env.HOST ?? '127.0.0.1';
  const demo = (env.DEMO_ACCOUNTS ?? 'on').toLowerCase();
  if (demo !== 'on' && demo !== 'off') return { error: `DEMO_ACCOUNTS must be "on" or "off", not "${env.DEMO_ACCOUNTS}".` };
  if (demo === 'on' && !isLoopback(host)) {
    return {
      error:
        `Refusing to listen on HOST=${host} with the demo accounts (password = user name): anyone on the network could log in.\n` +
        `Create real accounts with \`npm run users -- add <name> <role>\` and start with DEMO_ACCOUNTS=off.`,
    };
  }
  return {
    port,
    host,
    simUrl: env.SIM_URL ?? `http://127.0.0.1:${simPort}`,
    dataDir: resolve(env.DATA_DIR ?? join(root, 'data')),
    demoAccounts: demo === 'on',
  };
}
