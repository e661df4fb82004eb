/**
 * The console in a real Chromium against the real server and simulator: live values, login,
 * a setpoint change through the faceplate, the visitor's view, and the simulator going away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSimulator } from '../../simulator/index.ts';
import { startRig, waitFor, type Rig } from '../integration/harness.ts';
import { assertBrowserTestsCanRun, CLIENT_DIR, launch } from './browser.ts';

describe('console in Chromium', () => {
  let rig: Rig;
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;

  beforeAll(async () => {
    assertBrowserTestsCanRun();
    rig = await startRig({ staticDir: CLIENT_DIR });
    browser = await launch();
    page = await browser.context.newPage();
    await page.goto(rig.server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await rig?.stop();
  });

  const pv = () => page.getByLabel('Process value TIC-5301', { exact: true });
  const sp = () => page.getByLabel('Setpoint TIC-5301', { exact: true });

  it('shows a visitor live R-5301 values and no controls', async () => {
    await expect.poll(async () => Number(await pv().textContent()), { timeout: 10_000 }).toBeGreaterThan(110);
    const first = await pv().textContent();
    await expect.poll(async () => await pv().textContent(), { timeout: 10_000 }).not.toBe(first); // it moves
    await expect.poll(() => page.getByRole('button', { name: 'Log in' }).count()).toBe(1);
    expect(await page.getByLabel('New setpoint').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Write setpoint' }).count()).toBe(0);
    expect(await page.locator('.u-over').count()).toBeGreaterThan(0); // the uPlot trend is drawn
  });

  it('logs an operator in, changes TIC-5301.SP through the faceplate with confirmation, and sees it confirmed', async () => {
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('User name').fill('operator');
    await page.getByLabel('Password').fill('operator');
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByLabel('New setpoint').waitFor({ timeout: 10_000 });

    await page.getByLabel('New setpoint').fill('115');
    await page.getByRole('button', { name: 'Write setpoint' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '115' });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(async () => await page.getByRole('status').filter({ hasText: /Confirmed/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(async () => Number(await sp().textContent()), { timeout: 10_000 }).toBe(115);
    expect(rig.server.services.tags.get('TIC-5301.SP')!.v).toBe(115);
    expect(rig.server.services.journal.query({ kind: 'audit' }).at(-1)).toMatchObject({
      user: 'operator', action: 'write', target: 'TIC-5301.SP', newValue: '115', result: 'accepted', source: 'socket',
    });
  });

  it('shows a refusal in words: out-of-range SP is stopped before it is sent', async () => {
    const before = rig.server.services.journal.query({ kind: 'audit' }).length;
    await page.getByLabel('New setpoint').fill('999');
    await page.getByRole('button', { name: 'Write setpoint' }).click();
    await expect.poll(async () => await page.getByText(/range/i).count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(rig.server.services.journal.query({ kind: 'audit' }).length).toBe(before);
    expect(rig.server.services.tags.get('TIC-5301.SP')!.v).toBe(115);
  });

  it('switches the whole console to Chinese and back', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '登出' }).waitFor({ timeout: 5000 });
    expect(await page.getByLabel('新设定值').count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor({ timeout: 5000 });
  });

  it('greys every value when the simulator dies and recovers without a reload', async () => {
    const port = rig.simPort;
    await rig.sim.close();
    await expect.poll(async () => await page.getByText(/not connected|connection lost|disconnected/i).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(async () => await pv().evaluate((el) => getComputedStyle(el).color), { timeout: 10_000 }).toBe('rgb(154, 154, 154)');
    rig.sim = await startSimulator({ port, host: '127.0.0.1', seed: 3 });
    await waitFor(() => rig.server.services.system().simulator === 'connected', 5000, 'simulator back');
    await expect.poll(async () => await pv().evaluate((el) => getComputedStyle(el).color), { timeout: 5000 }).toBe('rgb(0, 0, 0)');
  });
});
