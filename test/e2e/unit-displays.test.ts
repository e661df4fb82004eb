/**
 * Level 2 process graphics in a real Chromium against the real server and simulator: the U54
 * condensation reactor and the U58 packing line open from the overview, show live values, and a
 * click on an object (valve, machine, instrument) opens its faceplate; both fit 1366 × 768 without
 * scrolling. Screenshots go to test-results/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startRig, type Rig } from '../integration/harness.ts';
import { assertBrowserTestsCanRun, CLIENT_DIR, launch } from './browser.ts';

const SHOTS = join(CLIENT_DIR, '..', '..', 'test-results');

describe('unit process graphics in Chromium', () => {
  let rig: Rig;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  const callUps: Record<string, number> = {};

  beforeAll(async () => {
    assertBrowserTestsCanRun();
    mkdirSync(SHOTS, { recursive: true });
    rig = await startRig({ staticDir: CLIENT_DIR });
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(rig.server.url);
  });
  afterAll(async () => {
    console.log('unit display call-up times (navigation → live values visible), ms:', JSON.stringify(callUps));
    await browser?.close();
    await rig?.stop();
  });

  // The graphics update every 50 ms tick in the rig (values, flashing alarm marks), so Playwright's
  // "stable bounding box" wait can starve; the clicks skip that check (the objects are visible and on top).

  /** From the overview, opens a unit's display and waits until `value` shows a number. */
  async function openUnit(unit: string, value: string) {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Overview' }).click({ force: true });
    const t0 = Date.now();
    await page.getByRole('article', { name: new RegExp(`^${unit} `) }).getByRole('link', { name: new RegExp(`^${unit} `) }).click({ force: true });
    const display = page.getByRole('group', { name: `Unit display ${unit}` });
    await display.waitFor({ timeout: 5000 });
    await expect.poll(async () => (await display.getByLabel(value, { exact: true }).first().textContent())?.trim() ?? '', { timeout: 5000, interval: 20 }).toMatch(/^-?\d/);
    callUps[unit] = Date.now() - t0;
    return display;
  }

  async function noScroll(): Promise<boolean> {
    return page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
  }

  it('U54: live reactor temperature, dosing valve and ESD valve open their faceplates', async () => {
    await page.getByRole('region', { name: 'Alarm banner' }).waitFor({ timeout: 10_000 });
    const display = await openUnit('U54', 'Value TIC-5403');
    const pv = Number((await display.getByLabel('Value TIC-5403', { exact: true }).textContent())?.trim());
    expect(pv).toBeGreaterThan(-20);
    expect(pv).toBeLessThan(120);
    await display.getByRole('button', { name: /^XV-5410 / }).click({ force: true });
    await page.getByRole('region', { name: 'Faceplate XV-5410' }).waitFor({ timeout: 5000 });
    await display.getByRole('button', { name: 'FIC-5402 control valve' }).click({ force: true });
    await page.getByRole('region', { name: 'Faceplate FIC-5402' }).waitFor({ timeout: 5000 });
    await display.getByRole('button', { name: /^I-06 / }).click({ force: true });
    await page.getByRole('region', { name: 'Faceplate I-06' }).waitFor({ timeout: 5000 });
    expect(await noScroll()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'unit-U54.png') });
  });

  it('U58: live bag weight and PackML state; the checkweigher instrument opens its faceplate; fits 1366 × 768', async () => {
    const display = await openUnit('U58', 'Value WIC-5801');
    const kg = Number((await display.getByLabel('Value WIC-5801', { exact: true }).textContent())?.trim());
    expect(kg).toBeGreaterThan(0);
    expect((await display.getByLabel('Value YI-5806', { exact: true }).textContent())?.trim()).toMatch(/^[A-Z][a-z]+$/);
    // the instrument's value box is part of the object: a click on the number opens the faceplate
    await display.getByLabel('Value WIC-5801', { exact: true }).click({ force: true });
    await page.getByRole('region', { name: 'Faceplate WIC-5801' }).waitFor({ timeout: 5000 });
    await display.getByRole('button', { name: /^YI-5806 / }).click({ force: true });
    await page.getByRole('region', { name: 'Faceplate YI-5806' }).waitFor({ timeout: 5000 });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(200);
    expect(await noScroll()).toBe(true);
    const box = await display.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    await page.screenshot({ path: join(SHOTS, 'unit-U58-1366.png') });
  });
});
