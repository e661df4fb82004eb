import { describe, expect, it } from 'vitest';
import { openDb } from '../store/db.ts';
import { Journal } from '../journal/journal.ts';
import { TagTable } from '../tags/tag-table.ts';
import { CommandRegistry } from '../commands/registry.ts';
import type { Catalog, TagMeta } from '../../simulator/protocol.ts';
import type { AlarmDelta } from '../protocol.ts';
import { loadAlarmDatabase, type AlarmDatabase } from './database.ts';
import { AlarmService } from './service.ts';

const T0 = Date.UTC(2025, 0, 6);
const full = loadAlarmDatabase();
const database: AlarmDatabase = {
  ...full,
  alarms: full.alarms.filter((a) => ['TIC-5301.HI', 'TIC-5301.HIHI', 'TIC-5301.BAD_PV', 'FIC-5105.LO', 'SYS-SIMLINK.HI', 'SYS-STALE.HI', 'AT-5998.HI'].includes(a.id)),
};
const tag = (name: string, lo: number, hi: number, states?: string[]): TagMeta => ({
  name, unit: 'U', desc: { en: name, zh: name }, eu: '', lo, hi, decimals: 1, writable: false, ...(states ? { states } : {}),
});
const catalog: Catalog = {
  tags: [tag('TIC-5301.PV', 0, 250), tag('FIC-5105.PV', 0, 6), tag('P-5101A', 0, 2, ['STOPPED', 'RUNNING']), tag('P-5101B', 0, 2, ['STOPPED', 'RUNNING'])],
  loops: [],
  equipment: [],
};

function rig(db = openDb(null)) {
  const journal = new Journal(db);
  const tags = new TagTable();
  const deltas: AlarmDelta[] = [];
  const logs: string[] = [];
  let journalAtBroadcast = 0;
  const alarms = new AlarmService({
    db, journal, tags, database, now: () => 1, log: (m) => logs.push(m),
    onChange: (d) => {
      deltas.push(d);
      journalAtBroadcast = journal.query({ kind: 'alarm' }).length;
    },
  });
  tags.setCatalog(catalog);
  alarms.onCatalog(catalog);
  tags.setLink(true);
  alarms.onSystem({ simulator: 'connected', clock: null, stale: false });
  let t = T0;
  const frame = (tic: number, fic = 3, pumps = [1, 0], seconds = 1) => {
    for (let i = 0; i < seconds; i++) {
      t += 1000;
      tags.applyFrame({ seq: 0, t, v: [tic, fic, ...pumps], q: [0, 0, 0, 0], clock: { state: 'running', speed: 1, t } });
      alarms.onFrame(t);
    }
  };
  const commands = new CommandRegistry(journal, { tags, clock: () => null, sendToPlant: async () => ({ ok: true }), alarms }, () => 1);
  return { db, journal, alarms, deltas, logs, frame, commands, journalAtBroadcast: () => journalAtBroadcast };
}

describe('AlarmService (shell)', () => {
  it('journals every transition before it broadcasts, and reports unbound alarms once', () => {
    const r = rig();
    expect(r.logs).toHaveLength(1);
    expect(r.logs[0]).toContain('AT-5998.HI');
    expect(r.alarms.unbound).toEqual(['AT-5998.HI']);
    r.frame(125, 3, [1, 0], 10);
    expect(r.alarms.set.view('TIC-5301.HI')?.state).toBe('Unacknowledged');
    const transitions = r.journal.query({ kind: 'alarm' }).filter((x) => x.action === 'transition');
    expect(transitions.at(-1)).toMatchObject({ target: 'TIC-5301.HI', fromState: 'Normal', toState: 'Unacknowledged', result: 'condition' });
    expect(r.journalAtBroadcast()).toBe(r.journal.query({ kind: 'alarm' }).length);
    expect(r.deltas.at(-1)?.c.map((v) => v.id)).toContain('TIC-5301.HI');
    expect(r.alarms.list().map((v) => v.id)).toEqual(['TIC-5301.HI']);
  });

  it('raises the comms alarms, and suppresses BAD_PV by design while the simulator link is down', () => {
    const r = rig();
    r.frame(117, 3, [1, 0], 3);
    r.alarms.onSystem({ simulator: 'connected', clock: null, stale: true });
    expect(r.alarms.set.view('SYS-STALE.HI')?.state).toBe('Unacknowledged');
    r.alarms.onSystem({ simulator: 'disconnected', clock: null, stale: false });
    expect(r.alarms.set.view('SYS-SIMLINK.HI')?.state).toBe('Unacknowledged');
    expect(r.alarms.set.view('TIC-5301.BAD_PV')?.state).toBe('Suppressed by Design');
    expect(r.alarms.set.view('TIC-5301.HI')?.state).toBe('Normal');
    r.alarms.onSystem({ simulator: 'connected', clock: null, stale: false });
    expect(r.alarms.set.view('SYS-SIMLINK.HI')?.state).toBe('RTN Unacknowledged');
    expect(r.alarms.set.view('TIC-5301.BAD_PV')?.state).toBe('Normal');
  });

  it('applies designed suppression as the system role, audited', () => {
    const r = rig();
    r.frame(117, 0.2, [0, 0], 10);
    expect(r.alarms.set.view('FIC-5105.LO')?.state).toBe('Suppressed by Design');
    expect(r.journal.query({ kind: 'audit' }).find((x) => x.action === 'suppress')).toMatchObject({ target: 'FIC-5105.LO', user: 'system', result: 'accepted', toState: 'Suppressed by Design' });
    r.frame(117, 0.2, [1, 0], 1);
    expect(r.alarms.set.view('FIC-5105.LO')?.state).toBe('Unacknowledged');
  });

  it('runs alarm commands through the registry with roles and the audit fields of the format', async () => {
    const r = rig();
    r.frame(125, 3, [1, 0], 10);
    const op = { user: 'op1', role: 'operator' as const, source: 'api' };
    expect(await r.commands.execute({ type: 'shelve', alarm: 'TIC-5301.HI', durationS: 999_999, reason: 'x' }, op)).toMatchObject({ ok: false, code: 'SHELVE_TOO_LONG' });
    expect(await r.commands.execute({ type: 'removeFromService', alarm: 'TIC-5301.HI' }, op)).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect(await r.commands.execute({ type: 'ack', alarm: 'NO-SUCH.HI' }, op)).toMatchObject({ ok: false, code: 'ALARM_UNKNOWN' });
    expect(await r.commands.execute({ type: 'shelve', alarm: 'TIC-5301.HI', durationS: 600, reason: 'TT-5301 calibration' }, op)).toEqual({ ok: true, old: 'Unacknowledged', new: 'Shelved' });
    const audit = r.journal.query({ kind: 'audit' }).filter((x) => x.action === 'shelve');
    expect(audit.map((a) => a.result)).toEqual(['rejected', 'accepted']);
    expect(audit[1]).toMatchObject({ user: 'op1', role: 'operator', target: 'TIC-5301.HI', fromState: 'Unacknowledged', toState: 'Shelved', reason: 'TT-5301 calibration', durationS: 600 });
    expect(audit[0]).toMatchObject({ code: 'SHELVE_TOO_LONG', durationS: 999_999, fromState: 'Unacknowledged', toState: 'Unacknowledged' });
    const sv = { user: 'sv1', role: 'supervisor' as const, source: 'socket' };
    expect(await r.commands.execute({ type: 'removeFromService', alarm: 'TIC-5301.HIHI', reason: 'TT-5301 replaced' }, sv)).toMatchObject({ ok: true, new: 'Out of Service' });
  });

  it('restores states, shelves and first-outs from the database after a restart', async () => {
    const r = rig();
    r.frame(135, 3, [1, 0], 10);
    const op = { user: 'op1', role: 'operator' as const, source: 'api' };
    await r.commands.execute({ type: 'shelve', alarm: 'TIC-5301.HI', durationS: 600, reason: 'x' }, op);
    const before = r.alarms.set.data();
    const again = new AlarmService({ db: r.db, journal: r.journal, tags: new TagTable(), database, now: () => 2, onChange: () => {} });
    expect(again.set.data()).toEqual(before);
    expect(again.set.view('TIC-5301.HIHI')).toMatchObject({ state: 'Unacknowledged', firstOut: true });
    expect(again.set.state('TIC-5301.HI')?.shelvedUntil).toBe(before.states['TIC-5301.HI']!.shelvedUntil);
  });

  it('sounds the horn for new unacknowledged alarms; silence is not acknowledge; a new alarm sounds again', async () => {
    const r = rig();
    r.frame(125, 3, [1, 0], 10);
    expect(r.alarms.snapshot().horn.sounding).toBe(true);
    const op = { user: 'op1', role: 'operator' as const, source: 'api' };
    expect(await r.commands.execute({ type: 'silenceHorn' }, op)).toEqual({ ok: true, old: 'sounding', new: 'silenced' });
    expect(r.alarms.snapshot().horn.sounding).toBe(false);
    expect(r.alarms.set.view('TIC-5301.HI')?.state).toBe('Unacknowledged');
    expect(r.deltas.at(-1)?.horn.sounding).toBe(false);
    r.frame(135, 3, [1, 0], 2);
    expect(r.alarms.snapshot().horn.sounding).toBe(true);
    expect(await r.commands.execute({ type: 'silenceHorn' }, { ...op, role: 'visitor' })).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
  });
});
