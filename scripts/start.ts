/**
 * `npm start`: build the client if it is missing or older than its sources, start the simulator
 * and the server as two processes, print the URL, and stop both on Ctrl-C.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '8080';
const simPort = process.env.SIM_PORT ?? '8081';

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function clientIsStale(): boolean {
  const built = join(root, 'dist', 'client', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['client', 'server/protocol.ts', 'server/errors.ts', 'simulator/protocol.ts', 'simulator/errors.ts'];
  return Math.max(...sources.map((p) => newest(join(root, p)))) > statSync(built).mtimeMs;
}

if (clientIsStale()) {
  console.log('[start] building the client…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const children = new Set<ChildProcess>();
let stopping = false;

function run(name: string, file: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: root, stdio: 'inherit', env: process.env });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    if (name === 'simulator') {
      console.log(`[start] the simulator stopped (${signal ?? `exit ${code}`}). Start it again with \`npm run sim\`; the server reconnects by itself.`);
    } else {
      console.log(`[start] the server stopped (${signal ?? `exit ${code}`}); stopping.`);
      stop(1);
    }
  });
  return child;
}

function stop(code = 0): void {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const c of children) c.kill('SIGKILL');
    process.exit(code);
  }, 5000);
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check);
      clearTimeout(deadline);
      process.exit(code);
    }
  }, 50);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('simulator', 'simulator/main.ts');
run('server', 'server/main.ts');

for (let i = 0; i < 200 && !stopping; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (res.ok) {
      console.log(`\n  Zhongkong 中控 is running: http://localhost:${port}\n  (simulator on :${simPort}; Ctrl-C stops both)\n`);
      break;
    }
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 100));
}
