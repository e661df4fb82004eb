/** `GET /api/alarms/config`: what faceplates and alarm help show about every configured alarm. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startRig, type Rig } from './harness.ts';

describe('GET /api/alarms/config', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.stop();
  });

  it('lists every alarm with limit, shelve maximum and rationalization, for anyone', async () => {
    const { status, body } = await getJson(rig.server, '/api/alarms/config');
    expect(status).toBe(200);
    expect(body.alarms).toHaveLength(rig.server.services.alarms.database.alarms.length);
    const hihi = body.alarms.find((a: { id: string }) => a.id === 'TIC-5301.HIHI');
    expect(hihi).toMatchObject({ tag: 'TIC-5301', type: 'HIHI', priority: 'critical', limit: 130, unit: 'U53', maxShelveS: 900, latching: true });
    expect(hihi.rationale.timeToRespondS).toBeGreaterThan(0);
    expect(hihi.rationale.consequence.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(hihi.rationale.action.en.length).toBeGreaterThan(0);
  });
});
