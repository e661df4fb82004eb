/**
 * Faceplate writes and the journal in a real Chromium against the real server and simulator: an
 * operator changes a loop mode and back, stops and starts a pump (and sees its A/B partner), sees no
 * bypass control on an interlock and pages back in the journal; a supervisor bypasses an interlock
 * with a reason and finds it in the journal with user and reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, post, startRig, type Rig } from '../integration/harness.ts';
import { assertBrowserTestsCanRun, CLIENT_DIR, launch } from './browser.ts';

describe('faceplates and journal in Chromium', () => {
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

  const tag = (name: string) => rig.server.services.tags;
  const stateOf = (name: string) => {
    const meta = tag(name).meta(name)!;
    return meta.states![tag(name).get(name)!.v];
  };
  const faceplate = (name: string) => page.getByRole('region', { name: `Faceplate ${name}` });

  async function logInAs(user: string) {
    if (await page.getByRole('button', { name: 'Log out' }).count()) {
      await page.getByRole('button', { name: 'Log out' }).click();
    }
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('User name').fill(user);
    await page.getByLabel('Password').fill(user);
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByRole('button', { name: 'Log out' }).waitFor({ timeout: 10_000 });
  }

  async function open(name: string) {
    await page.locator('body').click({ position: { x: 5, y: 500 } });
    await page.keyboard.press('/');
    await page.keyboard.type(name);
    await page.getByRole('list', { name: 'Matching objects' }).getByRole('button', { name: `Open ${name}`, exact: true }).waitFor({ timeout: 3000 });
    await page.keyboard.press('Enter');
    await faceplate(name).waitFor({ timeout: 3000 });
  }

  async function confirm(newText: string) {
    const dialog = page.getByRole('dialog').filter({ hasText: newText });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
  }

  it('lets an operator change LIC-5307 from AUTO to MAN and back, confirmed', async () => {
    await logInAs('operator');
    await open('LIC-5307');
    const fp = faceplate('LIC-5307');
    const mode = fp.getByLabel('Mode LIC-5307', { exact: true });
    await expect.poll(() => mode.textContent(), { timeout: 5000 }).toBe('AUTO');
    for (const next of ['MAN', 'AUTO']) {
      await fp.getByRole('group', { name: 'Mode of LIC-5307' }).getByRole('button', { name: next, exact: true }).click();
      await confirm(next);
      await expect.poll(() => fp.getByRole('status').filter({ hasText: 'Confirmed' }).count(), { timeout: 5000 }).toBe(1);
      await expect.poll(() => mode.textContent(), { timeout: 5000 }).toBe(next);
      expect(stateOf('LIC-5307.MODE')).toBe(next);
    }
  });

  it('lets an operator stop and start a pump and shows run feedback, current and the A/B pair', async () => {
    await open('P-5101A');
    const fp = faceplate('P-5101A');
    const state = fp.getByLabel('State P-5101A', { exact: true });
    await expect.poll(() => state.textContent(), { timeout: 5000 }).toBe('RUNNING');
    await expect.poll(async () => Number(await fp.getByLabel('Motor current P-5101A', { exact: true }).textContent()), { timeout: 5000 }).toBeGreaterThan(0);
    const pair = fp.getByRole('region', { name: 'A/B pair' });
    expect(await pair.textContent()).toContain('Duty pump');
    expect(await pair.textContent()).toContain('Standby: P-5101B');
    await fp.getByRole('group', { name: 'Commands for P-5101A' }).getByRole('button', { name: 'Stop' }).click();
    await confirm('STOPPED');
    await expect.poll(() => state.textContent(), { timeout: 5000 }).toBe('STOPPED');
    expect(stateOf('P-5101A')).toBe('STOPPED');
    await expect.poll(() => pair.textContent(), { timeout: 5000 }).toContain('Neither pump running');
    expect(await pair.getByLabel('State of partner P-5101B').textContent()).toBe('STOPPED');
    await fp.getByRole('group', { name: 'Commands for P-5101A' }).getByRole('button', { name: 'Start' }).click();
    await confirm('RUNNING');
    await expect.poll(() => state.textContent(), { timeout: 5000 }).toBe('RUNNING');
    expect(stateOf('P-5101A')).toBe('RUNNING');
    await expect.poll(() => pair.textContent(), { timeout: 5000 }).toContain('Duty pump');
    expect(rig.server.services.journal.query({ kind: 'audit', tag: 'P-5101A' }).map((r) => `${r.user} ${r.newValue} ${r.result}`)).toEqual(['operator STOP accepted', 'operator START accepted']);
  });

  it('shows an on/off valve with its limit switch, commanded position and discrepancy alarm list', async () => {
    await open('XV-5311');
    const fp = faceplate('XV-5311');
    await expect.poll(() => fp.getByLabel('Commanded position XV-5311', { exact: true }).textContent(), { timeout: 5000 }).toBe(stateOf('XV-5311.CMD'));
    expect(await fp.textContent()).toMatch(/ZSO|ZSC/);
    await page.getByRole('region', { name: 'Alarms of XV-5311' }).getByRole('row', { name: 'XV-5311.DISCREPANCY', exact: true }).waitFor({ timeout: 5000 });
    expect(await fp.getByRole('group', { name: 'Commands for XV-5311' }).getByRole('button').count()).toBe(2);
  });

  it('shows an operator no bypass control on an interlock', async () => {
    await open('I-10');
    const fp = faceplate('I-10');
    await fp.getByRole('button', { name: 'Reset interlock' }).waitFor();
    expect(await fp.getByRole('button', { name: 'Bypass' }).count()).toBe(0);
    expect(await fp.getByLabel('Bypass reason').count()).toBe(0);
  });

  it('pages back in the journal past the newest page', async () => {
    const operator = await login(rig.server, 'operator');
    for (let i = 0; i < 30; i++) {
      expect((await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: 101 + i }, operator)).status).toBe(200);
    }
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Journal' }).click();
    const table = page.getByRole('table', { name: 'Journal records' });
    await page.getByLabel('Tag or alarm').fill('TIC-5301.SP');
    await page.getByLabel('Tag or alarm').press('Enter');
    await expect.poll(() => table.getByRole('row').filter({ hasNotText: 'TIC-5301.SP' }).count(), { timeout: 5000 }).toBe(1); // the header
    await expect.poll(() => table.getByRole('cell', { name: '130', exact: true }).count(), { timeout: 5000 }).toBe(1);
    expect(await table.getByRole('row').count()).toBe(26); // header + a page of 25
    expect(await table.getByRole('cell', { name: '101', exact: true }).count()).toBe(0);
    const paging = page.getByRole('group', { name: 'Journal pages' });
    await paging.getByRole('button', { name: 'Older' }).click();
    await expect.poll(() => table.getByRole('cell', { name: '101', exact: true }).count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await paging.textContent()).toContain('Page 2');
    expect(await table.getByRole('cell', { name: '130', exact: true }).count()).toBe(0);
    await paging.getByRole('button', { name: 'Newer' }).click();
    await expect.poll(() => table.getByRole('cell', { name: '130', exact: true }).count(), { timeout: 5000 }).toBe(1);
  });

  it('lets a supervisor bypass an interlock with a reason, shown in the journal with user and reason', async () => {
    await logInAs('supervisor');
    await open('I-10');
    const fp = faceplate('I-10');
    await fp.getByLabel('Bypass reason').fill('LSHH-5102 proof test');
    await fp.getByRole('button', { name: 'Bypass', exact: true }).click();
    await expect.poll(() => stateOf('I-10.STATE'), { timeout: 5000 }).toBe('BYPASSED');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Journal' }).click();
    await page.getByLabel('Tag or alarm').fill('I-10');
    await page.getByLabel('Tag or alarm').press('Enter');
    const row = page.getByRole('table', { name: 'Journal records' }).getByRole('row').filter({ hasText: 'LSHH-5102 proof test' });
    await row.first().waitFor({ timeout: 5000 });
    expect(await row.first().textContent()).toMatch(/supervisor.*bypass.*I-10.*BYPASSED.*LSHH-5102 proof test/);
  });
});
