/**
 * The trend page in a real Chromium against the real server, simulator and historian: history
 * and live in one line, the same history after a reload, and no gap after the browser's link is
 * cut for 20 s of plant time (the plant runs ×10 meanwhile) and comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRig, waitFor, type Rig } from '../integration/harness.ts';
import { assertBrowserTestsCanRun, CLIENT_DIR, launch } from './browser.ts';
import { startLinkProxy, type LinkProxy } from './link-proxy.ts';

type Columns = [number[], ...(number | null)[][]];

/** The columns the chart draws (uPlot's data), x in plant seconds. */
async function chartData(page: Page): Promise<Columns> {
  return page.evaluate(() => {
    const el = document.querySelector('.trend-page .plot') as (HTMLElement & { uplot?: { data: unknown } }) | null;
    return JSON.parse(JSON.stringify(el?.uplot?.data ?? [[]])) as Columns;
  });
}

/** The rows the trend holds (history and live, before drawing decimates them). */
async function heldRows(page: Page): Promise<Columns> {
  return page.evaluate(() => {
    const el = document.querySelector('.trend-page .plot') as (HTMLElement & { trendRows?: () => unknown }) | null;
    return JSON.parse(JSON.stringify(el?.trendRows?.() ?? [[]])) as Columns;
  });
}

/** Largest step between consecutive points of pen 1, and whether any point in [from, to] s is null. */
function line(data: Columns, from: number, to: number) {
  const [x, y] = data as [number[], (number | null)[]];
  let maxStep = 0;
  let nulls = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i]! < from || x[i]! > to) continue;
    if (y[i] === null) nulls++;
    if (i > 0 && x[i - 1]! >= from) maxStep = Math.max(maxStep, x[i]! - x[i - 1]!);
  }
  return { maxStep, nulls, points: x.filter((t) => t >= from && t <= to).length };
}

describe('trend page in Chromium', () => {
  let rig: Rig;
  let proxy: LinkProxy;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  let historyEnd = 0;
  /** The analog tag with the most recorded samples: its line shows every second of plant time. */
  let busy = '';

  beforeAll(async () => {
    assertBrowserTestsCanRun();
    rig = await startRig({ staticDir: CLIENT_DIR });
    proxy = await startLinkProxy(rig.server.port);
    // two minutes of plant history before the page opens
    const start = rig.sim.clock.t;
    rig.sim.clock.setSpeed(50);
    await waitFor(() => rig.server.services.history!.recorder.knownUntil! > start + 120_000, 10_000, 'history');
    rig.sim.clock.setSpeed(1);
    historyEnd = rig.server.services.history!.recorder.knownUntil! / 1000;
    const store = rig.server.services.history!.store;
    const analog = rig.server.services.tags.catalog.tags.filter((t) => !t.states);
    busy = analog.map((t) => [t.name, store.count(t.name, 0, Number.MAX_SAFE_INTEGER)] as const).sort((a, b) => b[1] - a[1])[0]![0];
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(proxy.url);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await rig?.stop();
  });

  it('opens a trend and shows history and live as one line', async () => {
    await page.getByRole('link', { name: 'Trends' }).click();
    await page.locator('.trend-page .plot canvas').waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await chartData(page))[0].at(-1) ?? 0, { timeout: 10_000 }).toBeGreaterThan(historyEnd + 1);
    const data = await chartData(page);
    const first = data[0][0]!;
    expect(first).toBeLessThan(historyEnd - 100); // history reaches back before the page opened
    const l = line(data, first, data[0].at(-1)!);
    expect(l.nulls).toBe(0);
    expect(l.maxStep).toBeLessThanOrEqual(70); // a point at least every minute (+ one frame at ×50)
    expect(await page.getByLabel('Trend value TIC-5301.PV').textContent()).toMatch(/\d+\.\d °C/);
  });

  it('shows the history again after a reload', async () => {
    await page.goto(`${proxy.url}/#/trend?pens=${busy},TIC-5301.PV&span=600000`);
    await expect.poll(async () => (await chartData(page))[0].at(-1) ?? 0, { timeout: 10_000 }).toBeGreaterThan(historyEnd + 1);
    const before = await heldRows(page);
    await page.reload();
    await page.locator('.trend-page .plot canvas').waitFor({ timeout: 10_000 });
    // live samples may arrive before the history answer: wait for the history part itself
    const recorded = (rows: Columns) => rows[0].filter((t) => t < historyEnd - 1).length;
    await expect.poll(async () => recorded(await heldRows(page)), { timeout: 15_000 }).toBeGreaterThan(0.8 * recorded(before));
    const after = await heldRows(page);
    expect(recorded(after)).toBeGreaterThan(10); // the history is back after the reload, as much of it as before
    expect(after[0][0]!).toBeLessThan(historyEnd - 60); // reaching back before the page was first opened
  });

  it('back-fills 20 s of plant time without a gap after the link comes back', async () => {
    await expect.poll(async () => (await chartData(page))[0].at(-1) ?? 0, { timeout: 10_000 }).toBeGreaterThan(rig.sim.clock.t / 1000 - 2);
    const cut = (await chartData(page))[0].at(-1)!;
    proxy.drop();
    await expect.poll(() => page.getByText('Server: disconnected').count(), { timeout: 5000 }).toBe(1);
    rig.sim.clock.setSpeed(10);
    await waitFor(() => rig.sim.clock.t / 1000 > cut + 20, 10_000, '20 s of plant time');
    rig.sim.clock.setSpeed(1);
    const back = rig.sim.clock.t / 1000;
    proxy.restore();
    await expect.poll(() => page.getByText('Server: connected').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => line(await chartData(page), cut - 5, back).nulls, { timeout: 10_000 }).toBe(0);
    const l = line(await chartData(page), cut - 5, back);
    expect(l.points).toBeGreaterThan(15); // the busy pen has a sample about every plant second
    expect(l.maxStep).toBeLessThanOrEqual(5); // drawn at about one point per pixel; the cut was 20 s
  });
});
