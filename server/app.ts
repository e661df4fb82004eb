/**
 * `createServer`: the HMI server with its dependencies injected, so tests start it on port 0
 * against a simulator of their own. main.ts reads the environment and calls this.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDb } from './store/db.ts';
import { Services } from './services.ts';
import { attachSockets, resnapshot, type BrowserServer } from './socket.ts';
import { handleApi } from './http/api.ts';
import { sendError } from './http/respond.ts';
import { serveStatic } from './http/static-files.ts';
import { wallNow, type WallClock } from './clock.ts';
import { Historian, type HistorianOptions } from './history/historian.ts';
import { openHistoryDb, SqliteHistoryStore } from './history/sqlite-store.ts';
import { TrendGroups } from './history/trend-groups.ts';

export interface ServerOptions {
  port: number;
  host: string;
  simUrl: string;
  /** Folder for zhongkong.db; null keeps everything in memory (tests). */
  dataDir: string | null;
  demoAccounts: boolean;
  /** Built client to serve; null serves none. */
  staticDir: string | null;
  /** Publish tick for tag deltas, wall ms. */
  tickMs?: number;
  /** No frame for this long (wall ms) while linked ⇒ data are stale. */
  staleMs?: number;
  now?: WallClock;
  /**
   * The historian (history.db beside zhongkong.db; in memory when dataDir is null). On by default;
   * `fillHours` > 0 fills that many hours on first start (main.ts: 24; tests: off). false: none.
   */
  history?: false | HistorianOptions;
}

export interface RunningServer {
  port: number;
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function createServer(opts: ServerOptions): Promise<RunningServer> {
  const tickMs = opts.tickMs ?? 250;
  const staleMs = opts.staleMs ?? 2500;
  const db = openDb(opts.dataDir);
  const historyDb = opts.history === false ? null : openHistoryDb(opts.dataDir);
  const history = historyDb && new Historian(new SqliteHistoryStore(historyDb), opts.history || {});
  let io: BrowserServer | null = null;
  const services = new Services({
    db,
    simUrl: opts.simUrl,
    demoAccounts: opts.demoAccounts,
    now: opts.now ?? wallNow,
    onSystem: (sys) => io?.emit('system', sys),
    onCatalog: () => io && resnapshot(io, services),
    onAlarms: (d) => io?.emit('alarms', d),
    history,
    trendGroups: historyDb && new TrendGroups(historyDb),
  });

  const http = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url, services).catch((err: unknown) => {
        console.error('[server] request failed', req.method, url.pathname, err);
        if (!res.headersSent) sendError(res, 'INTERNAL');
        else res.end();
      });
    } else if (opts.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
      serveStatic(opts.staticDir, url.pathname, res);
    } else {
      sendError(res, 'NOT_FOUND', url.pathname);
    }
  });
  io = attachSockets(http, services);

  const timer = setInterval(() => {
    services.checkStale(staleMs);
    const c = services.tags.takeChanges();
    for (const _ in c) {
      io.emit('tags', { c });
      break;
    }
  }, tickMs);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port, opts.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const hostForUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host;

  return {
    port,
    url: `http://${hostForUrl}:${port}`,
    services,
    async close() {
      clearInterval(timer);
      services.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      history?.close();
      db.close();
    },
  };
}
