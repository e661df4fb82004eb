/**
 * The simulator-control commands over HTTP: malfunction, clearMalfunction, bypass (with reason),
 * resetInterlock, snapshot — roles, refusals with stable codes, audit records, and the plant's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, login, post, startRig, waitFor, type Rig } from './harness.ts';

describe('simulator-control commands: roles, refusals, audit', () => {
  let rig: Rig;
  let operator: string;
  let supervisor: string;
  let instructor: string;
  beforeAll(async () => {
    rig = await startRig();
    operator = await login(rig.server, "operator");
    supervisor = await login(rig.server, "supervisor");
    instructor = await login(rig.server, "instructor");
  });
  afterAll(async () => {
    await rig.stop();
  });

  const cmd = (body: object, cookie?: string) => post(rig.server, '/api/commands', body, cookie);
  // Other parts of the server (designed alarm suppression) audit too; look for the command's own record.
  const lastAudit = (action?: string) => rig.server.services.journal.query({ kind: 'audit' }).filter((r) => !action || r.action === action).at(-1)!;
  const stateName = (tag: string) => {
    const meta = rig.server.services.tags.meta(tag)!;
    return meta.states![rig.server.services.tags.get(tag)!.v];
  };

  it('lists malfunctions and interlocks with both descriptions in the tag catalog, and every tag with en + zh', async () => {
    const { body } = await getJson(rig.server, '/api/tags');
    const catalog = rig.server.services.tags.catalog;
    expect(catalog.malfunctions).toHaveLength(20);
    expect(catalog.interlocks).toHaveLength(14);
    expect(catalog.tags.length).toBeGreaterThanOrEqual(200);
    expect(catalog.tags.every((t) => t.desc.en && t.desc.zh)).toBe(true);
    expect(JSON.stringify(body)).toContain('I-01.STATE');
  });

  it('malfunction: instructor only; unknown id and bad parameters refused with codes; inject, see the response, clear', async () => {
    expect((await cmd({ type: 'malfunction', id: 'M03' }, operator)).body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect(lastAudit('malfunction')).toMatchObject({ action: 'malfunction', target: 'M03', result: 'rejected', code: 'NOT_AUTHORIZED', user: 'operator' });
    expect((await cmd({ type: 'malfunction', id: 'M42' }, instructor)).body).toMatchObject({ ok: false, code: 'MALFUNCTION_UNKNOWN' });
    expect((await cmd({ type: 'malfunction', id: 'M02', params: { magnitude: 99 } }, instructor)).body).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect((await cmd({ type: 'malfunction', id: 'M02', params: { magnitude: 'big' } }, instructor)).body).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    const r = await cmd({ type: 'malfunction', id: 'M02', params: { magnitude: 5 } }, instructor);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, old: 'INACTIVE', new: 'ACTIVE' });
    expect(lastAudit('malfunction')).toMatchObject({ action: 'malfunction', target: 'M02', newValue: '{"magnitude":5}', result: 'accepted', user: 'instructor' });
    await waitFor(() => (rig.server.services.tags.get('TI-5902')?.v ?? 0) > 27.5, 8000, 'CW supply rising');
    expect((await cmd({ type: 'clearMalfunction', id: 'M02' }, instructor)).body).toEqual({ ok: true, old: 'ACTIVE', new: 'INACTIVE' });
    expect(lastAudit('clearMalfunction')).toMatchObject({ action: 'clearMalfunction', target: 'M02', result: 'accepted' });
  });

  it('bypass: supervisor with a reason; operator refused; no reason refused; the state tag shows BYPASSED', async () => {
    expect((await cmd({ type: 'bypass', interlock: 'I-01', on: true, reason: 'TT-5301C calibration' }, operator)).body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect((await cmd({ type: 'bypass', interlock: 'I-01', on: true }, supervisor)).body).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect((await cmd({ type: 'bypass', interlock: 'I-01', on: true, reason: '  ' }, supervisor)).body).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect((await cmd({ type: 'bypass', interlock: 'I-77', on: true, reason: 'x' }, supervisor)).body).toMatchObject({ ok: false, code: 'INTERLOCK_UNKNOWN' });
    const r = await cmd({ type: 'bypass', interlock: 'I-01', on: true, reason: 'TT-5301C calibration' }, supervisor);
    expect(r.body).toEqual({ ok: true, old: 'NORMAL', new: 'BYPASSED' });
    expect(lastAudit('bypass')).toMatchObject({ action: 'bypass', target: 'I-01', oldValue: 'NORMAL', newValue: 'BYPASSED', reason: 'TT-5301C calibration', result: 'accepted', user: 'supervisor', role: 'supervisor' });
    await waitFor(() => stateName('I-01.STATE') === 'BYPASSED', 3000, 'I-01 bypassed');
    expect((await cmd({ type: 'bypass', interlock: 'I-01', on: false, reason: 'calibration done' }, instructor)).body).toEqual({ ok: true, old: 'BYPASSED', new: 'NORMAL' });
    await waitFor(() => stateName('I-01.STATE') === 'NORMAL', 3000, 'I-01 normal');
  });

  it('resetInterlock: refused while the cause is active, accepted once cleared (operator)', async () => {
    expect((await cmd({ type: 'resetInterlock', interlock: 'I-14' })).body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect((await cmd({ type: 'write', tag: 'HS-5808', value: 'ON' }, operator)).body).toMatchObject({ ok: true });
    await waitFor(() => stateName('I-14.STATE') === 'TRIPPED', 3000, 'I-14 trip');
    expect(stateName('I-14.FO')).toBe('HS-5808');
    expect((await cmd({ type: 'resetInterlock', interlock: 'I-14' }, operator)).body).toMatchObject({ ok: false, code: 'INTERLOCK_CAUSE_ACTIVE' });
    expect(lastAudit('resetInterlock')).toMatchObject({ action: 'resetInterlock', target: 'I-14', oldValue: 'TRIPPED', result: 'failed', code: 'INTERLOCK_CAUSE_ACTIVE' });
    expect((await cmd({ type: 'write', tag: 'HS-5808', value: 'OFF' }, operator)).body).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 1200)); // the SIS re-evaluates on the next plant step
    expect((await cmd({ type: 'resetInterlock', interlock: 'I-14' }, operator)).body).toEqual({ ok: true, old: 'TRIPPED', new: 'NORMAL' });
  });

  it('snapshot: instructor saves, lists and restores; the plant clock does not go back; built-ins are read-only', async () => {
    expect((await cmd({ type: 'snapshot', action: 'list' }, supervisor)).body).toMatchObject({ ok: false, code: 'NOT_AUTHORIZED' });
    expect((await cmd({ type: 'snapshot', action: 'save', name: 'cold-start' }, instructor)).body).toMatchObject({ ok: false, code: 'SNAPSHOT_READ_ONLY' });
    expect((await cmd({ type: 'snapshot', action: 'restore', name: 'no-such' }, instructor)).body).toMatchObject({ ok: false, code: 'SNAPSHOT_UNKNOWN' });
    expect((await cmd({ type: 'snapshot', action: 'save', name: 'bad/name' }, instructor)).body).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect((await cmd({ type: 'snapshot', action: 'save', name: 'lesson-1' }, instructor)).body).toEqual({ ok: true, new: 'lesson-1' });
    expect((await cmd({ type: 'snapshot', action: 'list' }, instructor)).body).toEqual({ ok: true, names: ['normal-operation', 'cold-start', 'lesson-1'] });
    const before = rig.server.services.tags.get('TIC-5301.PV')!.t;
    expect((await cmd({ type: 'snapshot', action: 'restore', name: 'cold-start' }, instructor)).body).toEqual({ ok: true, new: 'cold-start' });
    expect(lastAudit('snapshot')).toMatchObject({ action: 'snapshot', target: 'cold-start', newValue: 'restore', result: 'accepted', user: 'instructor' });
    await waitFor(() => stateName('M-5301') === 'STOPPED', 3000, 'cold plant');
    // A start refused by a permissive says which.
    const start = await cmd({ type: 'write', tag: 'KI-5411', value: 'START' }, operator);
    expect(start.body).toMatchObject({ ok: false, code: 'PERMISSIVE_MISSING', detail: 'agitator M-5401 not running' });
    expect(lastAudit('write')).toMatchObject({ action: 'write', target: 'KI-5411', result: 'failed', code: 'PERMISSIVE_MISSING' });
    expect(rig.server.services.tags.get('TIC-5301.PV')!.t).toBeGreaterThanOrEqual(before);
    expect((await cmd({ type: 'snapshot', action: 'restore', name: 'normal-operation' }, instructor)).body).toMatchObject({ ok: true });
    await waitFor(() => stateName('M-5301') === 'RUNNING', 3000, 'running plant');
  });
});
