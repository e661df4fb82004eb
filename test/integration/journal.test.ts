/** GET /api/journal against the real server and simulator: paging back by record id, plant time, tag, user and unit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../server/protocol.ts';
import { getJson, login, post, startRig, type Rig } from './harness.ts';

describe('journal query', () => {
  let rig: Rig;
  let operator: string;

  beforeAll(async () => {
    rig = await startRig();
    operator = await login(rig.server, 'operator');
    const supervisor = await login(rig.server, 'supervisor');
    for (const v of [110, 111, 112, 113, 114]) {
      expect((await post(rig.server, '/api/commands', { type: 'write', tag: 'TIC-5301.SP', value: v }, operator)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 150)); // the plant clock moves on between writes
    }
    expect((await post(rig.server, '/api/commands', { type: 'write', tag: 'LIC-5101.SP', value: 50 }, supervisor)).status).toBe(200);
  });
  afterAll(async () => rig?.stop());

  const records = async (q: string) => {
    const r = await getJson(rig.server, `/api/journal?${q}`, operator);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.records as JournalRecord[];
  };

  it('pages back from the newest records by record id', async () => {
    const newest = await records('limit=2&kind=audit&tag=TIC-5301.SP');
    expect(newest.map((r) => r.newValue)).toEqual(['113', '114']);
    const older = await records(`limit=2&kind=audit&tag=TIC-5301.SP&before=${newest[0]!.id}`);
    expect(older.map((r) => r.newValue)).toEqual(['111', '112']);
    const oldest = await records(`limit=2&kind=audit&tag=TIC-5301.SP&before=${older[0]!.id}`);
    expect(oldest.map((r) => r.newValue)).toEqual(['110']);
  });

  it('filters by tag, user and unit on the server', async () => {
    expect((await records('user=SUPERVISOR&kind=audit')).map((r) => r.target)).toContain('LIC-5101.SP');
    expect((await records('user=supervisor&kind=audit')).every((r) => r.user === 'supervisor')).toBe(true);
    const u51 = await records('unit=U51&kind=audit&user=supervisor');
    expect(u51.map((r) => r.target)).toEqual(['LIC-5101.SP']);
    expect((await records('unit=U53&kind=audit&tag=lic')).length).toBe(0);
    expect((await records('unit=U53&kind=audit')).map((r) => r.target)).toContain('TIC-5301.SP');
    expect((await records('unit=U99')).length).toBe(0);
  });

  it('filters by plant time, which is what the table shows', async () => {
    const all = await records('kind=audit&tag=TIC-5301.SP');
    const t2 = all[2]!.plantT!;
    expect(t2).toBeGreaterThan(0);
    const later = await records(`kind=audit&tag=TIC-5301.SP&plantFrom=${t2}`);
    expect(later.every((r) => r.plantT! >= t2)).toBe(true);
    expect(later.map((r) => r.newValue)).toContain('114');
    expect(later.map((r) => r.newValue)).not.toContain('110');
    const iso = new Date(t2).toISOString();
    expect((await records(`kind=audit&tag=TIC-5301.SP&plantTo=${encodeURIComponent(iso)}`)).every((r) => r.plantT! <= t2)).toBe(true);
  });

  it('refuses bad parameters with stable codes and visitors altogether', async () => {
    for (const [q, code] of [['before=-1', 'INVALID_VALUE'], ['plantFrom=soon', 'INVALID_VALUE'], ['plantFrom=2&plantTo=1', 'OUT_OF_RANGE'], [`tag=${'x'.repeat(80)}`, 'INVALID_VALUE']]) {
      const r = await getJson(rig.server, `/api/journal?${q}`, operator);
      expect([r.status, r.body.code], q).toEqual([400, code]);
    }
    expect((await getJson(rig.server, '/api/journal?before=5')).status).toBe(403);
  });
});
