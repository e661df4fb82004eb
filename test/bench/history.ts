/**
 * The historian: sustained ingest with the server running, a 7-day × 8-pen query of 1-s data
 * downsampled to 2,000 points per pen, the first-start 24-hour fill, and the browser cost of
 * updating 8 live pens of 3,600 points (performance marks `trend-update` in Chromium).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRig, waitFor } from '../integration/harness.ts';
import { CLIENT_DIR, CHROMIUM, launch } from '../e2e/browser.ts';
import { fillHistory } from '../../server/history/fill.ts';
import { openHistoryDb, SqliteHistoryStore } from '../../server/history/sqlite-store.ts';
import type { HistoryStore, IdSample } from '../../server/history/store.ts';
import { quantile, type BenchRow } from './row.ts';

const DAY_S = 86_400;
const PENS = 8;

/** Writes `seconds` of 1-s data for `ids` ending before `endT`, an hour per batch; returns rows/s. */
async function writeSeconds(store: HistoryStore, ids: number[], endT: number, seconds: number): Promise<number> {
  const t0 = performance.now();
  const startT = endT - seconds * 1000;
  for (let s = 0; s < seconds; s += 3600) {
    const batch: IdSample[] = [];
    for (const id of ids)
      for (let k = s; k < Math.min(seconds, s + 3600); k++)
        batch.push({ id, t: startT + k * 1000, v: 100 + 10 * Math.sin(k / 900 + id) + (k % 4099 === 0 ? 25 : 0) + ((k * 7919 + id) % 13) / 13, q: 0 });
    store.write(batch);
    await new Promise((r) => setImmediate(r)); // the server keeps serving between batches
  }
  return (ids.length * seconds) / ((performance.now() - t0) / 1000);
}

async function serverRows(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zk-bench-hist-'));
  const rig = await startRig({ dataDir: dir });
  try {
    const store = rig.server.services.history!.store;
    const tags = Array.from({ length: PENS }, (_, i) => `BENCH-${i + 1}`);
    const ids = tags.map((t) => store.tagId(t));
    const endT = rig.sim.clock.t - 60_000;
    const ingest = await writeSeconds(store, ids, endT, 7 * DAY_S);
    const url = `${rig.server.url}/api/history?tags=${tags.join(',')}&from=${endT - 7 * DAY_S * 1000}&to=${endT}&points=2000`;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const q0 = performance.now();
      const body = (await (await fetch(url)).json()) as Record<string, unknown[]>;
      times.push(performance.now() - q0);
      if (body.t!.length > 2000 || body['BENCH-1']!.length !== body.t!.length) throw new Error('history answer has the wrong shape');
    }
    return [
      { name: 'historian ingest, server running (4.8 M rows, 1-h sorted batches)', value: Math.round(ingest), unit: 'samples/s', target: '≥ 200,000' },
      { name: 'history 7 d × 8 pens of 1-s data → 2,000 points/pen (HTTP) p50', value: +quantile(times, 0.5).toFixed(1), unit: 'ms', target: '< 500' },
      { name: 'history 7 d × 8 pens → 2,000 points/pen (HTTP) max', value: +Math.max(...times).toFixed(1), unit: 'ms', target: '< 500' },
    ];
  } finally {
    await rig.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function fillRow(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zk-bench-fill-'));
  const store = new SqliteHistoryStore(openHistoryDb(dir));
  try {
    const r = await fillHistory(store, { endT: Date.UTC(2025, 0, 7), hours: 24 });
    return [
      { name: 'first-start fill, 24 h of the whole plant', value: +(r.wallMs / 1000).toFixed(1), unit: 's', target: 'seconds' },
      { name: 'first-start fill, samples stored', value: r.samples, unit: 'samples' },
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function browserRows(): Promise<BenchRow[]> {
  if (!existsSync(CHROMIUM)) return [{ name: 'trend update, 8 pens × 3,600 points (no Chromium)', value: -1, unit: 'skipped' }];
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'zk-bench-trend-'));
  const rig = await startRig({ dataDir: dir, staticDir: CLIENT_DIR });
  const browser = await launch();
  try {
    const h = rig.server.services.history!;
    const pens = rig.server.services.tags.catalog.tags.filter((t) => !t.states).slice(0, PENS).map((t) => t.name);
    await waitFor(() => h.recorder.knownUntil !== null, 5000, 'first frame');
    // the hour before the plant started, at 1 s: 3,600 points per pen
    await writeSeconds(h.store, pens.map((p) => h.store.tagId(p)), h.recorder.knownUntil! - 1000, 3600);
    const page = await browser.context.newPage();
    await page.goto(`${rig.server.url}/#/trend?pens=${pens.join(',')}&span=3600000`);
    await page.locator('.trend-page .plot canvas').waitFor({ timeout: 10_000 });
    await waitFor(() => true);
    await page.waitForFunction(() => Number((document.querySelector('.trend-page .plot') as HTMLElement | null)?.dataset.rows ?? 0) >= 3600, undefined, { timeout: 10_000 });
    await page.evaluate(() => performance.clearMeasures('trend-update'));
    await page.waitForTimeout(8000);
    const { times, points } = await page.evaluate(() => ({
      times: performance.getEntriesByName('trend-update').map((e) => e.duration),
      points: Number((document.querySelector('.trend-page .plot') as HTMLElement).dataset.rows),
    }));
    if (times.length < 5) throw new Error(`only ${times.length} trend updates measured`);
    return [
      { name: `trend update, 8 live pens × ${points} points, p50 (${times.length} updates)`, value: +quantile(times, 0.5).toFixed(2), unit: 'ms', target: '< 4' },
      { name: 'trend update, 8 live pens, p95', value: +quantile(times, 0.95).toFixed(2), unit: 'ms', target: '< 4' },
    ];
  } finally {
    await browser.close();
    await rig.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<BenchRow[]> {
  return [...(await serverRows()), ...(await fillRow()), ...(await browserRows())];
}
