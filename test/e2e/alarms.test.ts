/**
 * The alarm console in a real Chromium against the real server and simulator: a malfunction
 * injected by the instructor raises alarms that appear in the banner and the summary; the operator
 * acknowledges one from the banner and another from the summary, shelves one with a reason (shown
 * in the shelved tab), and finds those actions in the journal; a visitor sees no controls.
 * Screenshots of each display level go to test-results/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login, post, startRig, type Rig } from '../integration/harness.ts';
import { assertBrowserTestsCanRun, CLIENT_DIR, launch } from './browser.ts';

const SHOTS = join(CLIENT_DIR, '..', '..', 'test-results');

describe('alarm console in Chromium', () => {
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
    console.log('call-up times (navigation → live values visible), ms:', JSON.stringify(callUps));
    await browser?.close();
    await rig?.stop();
  });

  const banner = () => page.getByRole('region', { name: 'Alarm banner' });
  const table = () => page.getByRole('table', { name: 'Alarms' });
  const alarms = () => rig.server.services.alarms.list();
  const stateOf = (id: string) => alarms().find((a) => a.id === id)?.state ?? 'Normal';
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  /** Clicks a page link and measures until `ready` holds. */
  async function callUp(name: string, link: string, ready: () => Promise<boolean>) {
    const t0 = Date.now();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link }).click();
    await expect.poll(ready, { timeout: 5000, interval: 20 }).toBe(true);
    callUps[name] = Date.now() - t0;
  }

  it('shows a visitor the banner, the summary and no controls', async () => {
    await banner().waitFor({ timeout: 10_000 });
    await page.getByRole('list', { name: 'Alarm counts' }).waitFor();
    expect(await page.getByRole('button', { name: 'Silence horn' }).count()).toBe(0);
    await callUp('alarm summary', 'Alarms', async () => (await table().count()) === 1);
    expect(await page.getByRole('button', { name: 'Acknowledge selected' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Acknowledge|Shelve|Out of service) / }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Journal' }).click();
    await page.getByText('Log in to read the journal.').waitFor();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('article', { name: /^U51 / }).getByRole('link', { name: /^U51 / }).click();
    await page.getByRole('button', { name: /^P-5101A / }).click();
    await page.getByRole('region', { name: 'Faceplate P-5101A' }).getByText('View only', { exact: false }).waitFor({ timeout: 5000 });
    expect(await page.getByRole('region', { name: 'Faceplate P-5101A' }).getByRole('button').count()).toBe(0);
    await page.getByRole('button', { name: /^I-10 / }).click();
    expect(await page.getByRole('region', { name: 'Faceplate I-10' }).getByRole('button').count()).toBe(0);
  });

  it('raises alarms from an instructor malfunction: in the banner and the summary', async () => {
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('User name').fill('operator');
    await page.getByLabel('Password').fill('operator');
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByRole('button', { name: 'Log out' }).waitFor({ timeout: 10_000 });

    const instructor = await login(rig.server, 'instructor');
    expect((await post(rig.server, '/api/commands', { type: 'malfunction', id: 'M01' }, instructor)).status).toBe(200);
    await expect.poll(() => stateOf('FIC-5306.LOLO'), { timeout: 15_000 }).toMatch(/Unacknowledged/);
    await banner().getByRole('button', { name: /^Open faceplate FIC-5306:/ }).first().waitFor({ timeout: 5000 });
    await expect.poll(() => page.getByRole('button', { name: 'Silence horn' }).isEnabled(), { timeout: 5000 }).toBe(true);

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Alarms' }).click();
    await table().getByRole('row', { name: 'FIC-5306.LOLO', exact: true }).waitFor({ timeout: 5000 });
    await shot('L4-alarm-summary');
  });

  it('acknowledges one alarm from the banner and another from the summary', async () => {
    await banner().getByRole('button', { name: 'Acknowledge FIC-5306.LOLO' }).click();
    await expect.poll(() => stateOf('FIC-5306.LOLO'), { timeout: 5000 }).toMatch(/^(Acknowledged|Latched Acknowledged|Normal)$/);

    await expect.poll(() => alarms().filter((a) => a.annunciated && /Unacknowledged/.test(a.state) && a.id !== 'FIC-5306.LOLO').length, { timeout: 15_000 }).toBeGreaterThan(0);
    const other = alarms().find((a) => a.annunciated && a.state === 'Unacknowledged' && a.id !== 'FIC-5306.LOLO')!;
    await table().getByRole('button', { name: `Acknowledge ${other.id}` }).click({ timeout: 5000 });
    await expect.poll(() => stateOf(other.id), { timeout: 5000 }).not.toMatch(/Unacknowledged/);

    await page.getByRole('button', { name: 'Silence horn' }).click();
    await expect.poll(() => rig.server.services.alarms.set.hornSounding, { timeout: 5000 }).toBe(false);
  });

  it('shelves an alarm with a reason and shows it in the shelved tab, with help', async () => {
    await expect.poll(() => stateOf('FIC-5306.LO'), { timeout: 15_000 }).not.toBe('Normal');
    await table().getByRole('button', { name: 'Shelve FIC-5306.LO', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('CW header repair');
    await dialog.getByLabel('Duration').selectOption('900');
    await dialog.getByRole('button', { name: 'Shelve', exact: true }).click();
    await expect.poll(() => stateOf('FIC-5306.LO'), { timeout: 5000 }).toBe('Shelved');
    await page.getByRole('tab', { name: 'Shelved / suppressed / out of service' }).click();
    const row = table().getByRole('row', { name: 'FIC-5306.LO', exact: true });
    await row.waitFor({ timeout: 5000 });
    expect(await row.textContent()).toContain('Shelved');

    await row.getByRole('button', { name: 'Help FIC-5306.LO', exact: true }).click();
    await page.getByRole('dialog').getByText('Time to respond').waitFor();
    await shot('L4-alarm-help');
    await page.getByRole('button', { name: 'Close' }).click();

    await row.getByRole('button', { name: 'Show FIC-5306', exact: true }).click(); // link to the unit display
    await page.getByRole('region', { name: 'Faceplate FIC-5306' }).waitFor({ timeout: 5000 });
    expect(await page.evaluate(() => location.hash)).toBe('#/unit/U53');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Alarms' }).click();
  });

  it('shows the faceplate with its alarms from a banner click and on the unit display', async () => {
    await banner().getByRole('button', { name: /^Open faceplate FIC-5306:/ }).first().click();
    const alarmsOf = page.getByRole('region', { name: 'Alarms of FIC-5306' });
    await alarmsOf.waitFor({ timeout: 5000 });
    expect(await alarmsOf.getByRole('row', { name: 'FIC-5306.LO', exact: true }).textContent()).toContain('Shelved');
    await shot('L3-faceplate-popup');
    await callUp('unit U53', 'Unit U53', async () => /^\d/.test((await page.getByLabel('Process value FIC-5306', { exact: true }).textContent({ timeout: 1000 }).catch(() => '')) ?? ''));
    await page.getByRole('img', { name: /^FIC-5306\.LOLO / }).waitFor({ timeout: 5000 });
    await shot('L2-unit-U53');
  });

  it('navigates overview → unit display → faceplate, with live values', async () => {
    await callUp('overview L1', 'Overview', async () => /^\d/.test((await page.getByLabel('Value TIC-5301', { exact: true }).textContent({ timeout: 1000 }).catch(() => '')) ?? ''));
    const tile = page.getByRole('article', { name: /^U51 / });
    expect(await tile.getByRole('list', { name: 'Alarm counts' }).getByRole('listitem').count()).toBe(4);
    await shot('L1-overview');
    const t0 = Date.now();
    await tile.getByRole('link', { name: /^U51 / }).click();
    const pump = page.getByRole('button', { name: /^P-5101A / });
    await pump.waitFor({ timeout: 5000 });
    await expect.poll(async () => /^\d/.test((await page.getByLabel('Value LIC-5101', { exact: true }).textContent()) ?? ''), { timeout: 5000, interval: 20 }).toBe(true);
    callUps['unit U51 L2'] = Date.now() - t0;
    await shot('L2-unit-U51');
    await pump.click();
    const fp = page.getByRole('region', { name: 'Faceplate P-5101A' });
    await fp.waitFor({ timeout: 5000 });
    expect(await fp.getByRole('group', { name: /P-5101A/ }).getByRole('button').count()).toBeGreaterThan(0); // start / stop for an operator
    await page.getByRole('button', { name: /^I-10 / }).click();
    await page.getByRole('region', { name: 'Faceplate I-10' }).getByRole('button', { name: 'Reset interlock' }).waitFor();
    expect(await page.getByRole('button', { name: 'Bypass' }).count()).toBe(0); // operators do not bypass
    await shot('L3-interlock-faceplate');
    // the display fits the screen: nothing sticks out to the right (which would scroll the whole console)
    expect(await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length)).toBe(0);
  });

  it('shows the journal with the actions, users and old/new values', async () => {
    const operator = await login(rig.server, 'operator');
    expect((await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: 114 }, operator)).status).toBe(200);
    await callUp('journal', 'Journal', async () => (await page.getByRole('table', { name: 'Journal records' }).getByRole('row').count()) > 2);
    const journal = page.getByRole('table', { name: 'Journal records' });
    await page.getByLabel('User').fill('operator');
    await expect.poll(async () => await journal.textContent(), { timeout: 5000 }).toContain('CW header repair');
    const text = (await journal.textContent())!;
    expect(text).toContain('FIC-5306.LOLO');
    expect(text).toMatch(/TIC-5301\.SP.*114/);
    await page.getByLabel('Tag or alarm').fill('TIC-5301.SP');
    const sp = journal.getByRole('row').filter({ hasText: 'TIC-5301.SP' }).first();
    expect(await sp.textContent()).toMatch(/operator.*write.*TIC-5301\.SP.*11\d.*114.*accepted/);
    await shot('L4-journal');
  });

  it('opens any tag’s faceplate from the "/" tag search', async () => {
    await page.locator('body').click({ position: { x: 5, y: 500 } });
    await page.keyboard.press('/');
    await page.keyboard.type('P-5901A');
    await page.getByRole('list', { name: 'Matching objects' }).getByRole('button', { name: 'Open P-5901A' }).waitFor({ timeout: 3000 });
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Faceplate P-5901A' }).waitFor({ timeout: 3000 });
    await shot('L3-search-faceplate');
  });

  it('lets a supervisor take an alarm out of service with a reason', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('User name').fill('supervisor');
    await page.getByLabel('Password').fill('supervisor');
    await page.getByRole('button', { name: 'Log in' }).last().click();
    await page.getByRole('button', { name: 'Log out' }).waitFor({ timeout: 10_000 });
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Alarms' }).click();
    await page.getByRole('tab', { name: 'Active alarms' }).click();
    const target = alarms().find((a) => a.annunciated && a.id !== 'FIC-5306.LOLO')!;
    await table().getByRole('button', { name: `Out of service ${target.id}`, exact: true }).click();
    await page.getByRole('dialog').getByLabel('Reason').fill('transmitter replaced');
    await page.getByRole('dialog').getByRole('button', { name: 'Out of service', exact: true }).click();
    await expect.poll(() => stateOf(target.id), { timeout: 5000 }).toBe('Out of Service');
    await page.getByRole('tab', { name: 'Shelved / suppressed / out of service' }).click();
    await table().getByRole('button', { name: `Return to service ${target.id}`, exact: true }).waitFor({ timeout: 5000 });
  });

  it('switches the banner and the summary to Chinese', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '报警横幅' }).waitFor({ timeout: 5000 });
    await page.getByRole('navigation').getByRole('link', { name: '报警' }).click();
    await page.getByRole('table', { name: '报警列表' }).waitFor();
    await shot('L4-alarm-summary-zh');
    await page.getByRole('button', { name: 'English' }).click();
  });
});
