import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createPlant } from '../../simulator/index.ts';
import { openHistoryDb, SqliteHistoryStore } from '../history/sqlite-store.ts';
import { DEFAULT_ALARM_DB, loadAlarmDatabase } from './database.ts';
import { formatComparison, replayAlarms } from './replay.ts';

const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
const HOUR = 3_600_000;

/**
 * Every tag at normal operation at T0 (as the historian records a running plant), then one hour of
 * TIC-5301.PV swinging 119 ↔ 123.5 °C every 30 s: a HI alarm at 122 °C that chatters.
 */
function recordSwing(store: SqliteHistoryStore): void {
  const plant = createPlant({ seed: 1 });
  const frame = plant.frame();
  store.write(plant.catalog().tags.map((tag, i) => ({ id: store.tagId(tag.name), t: T0 - 1000, v: frame.v[i]!, q: frame.q[i]! })));
  const id = store.tagId('TIC-5301.PV');
  const samples = [];
  for (let t = 0; t <= HOUR; t += 30_000) samples.push({ id, t: T0 + t, v: (t / 30_000) % 2 ? 123.5 : 119, q: 0 as const });
  store.write(samples);
}

function alternativeWithOnDelay(dir: string, onDelayS: number): string {
  const json = JSON.parse(readFileSync(DEFAULT_ALARM_DB, 'utf8'));
  for (const a of json.alarms) if (a.id === 'TIC-5301.HI') a.onDelayS = onDelayS;
  const file = join(dir, 'alternative.json');
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('alarm what-if replay over recorded history', () => {
  it('counts what the current and an alternative database would have annunciated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-replay-'));
    const store = new SqliteHistoryStore(openHistoryDb(null));
    recordSwing(store);
    const catalog = createPlant({ seed: 1 }).catalog();
    const current = replayAlarms(store, catalog, loadAlarmDatabase(), T0, T0 + HOUR);
    const delayed = replayAlarms(store, catalog, loadAlarmDatabase(alternativeWithOnDelay(dir, 60)), T0, T0 + HOUR);

    expect(current.samples).toBe(121); // the normal-operation values lie before the window
    expect(current.perAlarm.get('TIC-5301.HI')).toBe(60); // every 30-s excursion above 122 °C
    expect(current.perAlarm.get('TIC-5301.ROC_POS')).toBe(60); // and every 4.5 °C jump
    expect(current.total).toBe(120);
    expect(delayed.perAlarm.get('TIC-5301.HI') ?? 0).toBe(0); // no excursion lasts 60 s
    expect(delayed.perAlarm.get('TIC-5301.ROC_POS')).toBe(60); // untouched by the change
    expect(current.kpis.find((k) => k.name === 'peak per 10 min')?.value).toBe(20);
    expect(delayed.kpis.find((k) => k.name === 'peak per 10 min')?.value).toBe(10);
    const text = formatComparison(current, delayed).join('\n');
    expect(text).toMatch(/TIC-5301\.HI\s+60\s+0\s+-60/);
    expect(text).toMatch(/TOTAL\s+120\s+60\s+-60/);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs from the command line against DATA_DIR and refuses bad arguments with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-replay-cli-'));
    const store = new SqliteHistoryStore(openHistoryDb(dir));
    recordSwing(store);
    store.close();
    const alt = alternativeWithOnDelay(dir, 60);
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenario.ts', ...args], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8', timeout: 60_000 });

    const ok = run('--replay', new Date(T0).toISOString(), String(T0 + HOUR), '--alarms', alt);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/TOTAL\s+120\s+60\s+-60/);
    expect(ok.stdout).toMatch(/peak per 10 min\s+20\s+10/);

    expect(run('--replay', 'yesterday', 'today', '--alarms', alt).status).toBe(2);
    expect(run('--replay', String(T0 + HOUR), String(T0), '--alarms', alt).status).toBe(2);
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion":1,"alarms":[{"id":"X"}]}');
    const broken = run('--replay', String(T0), String(T0 + HOUR), '--alarms', join(dir, 'broken.json'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json/);
    rmSync(dir, { recursive: true, force: true });
  });
});
