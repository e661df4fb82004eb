import { describe, expect, it } from 'vitest';
import { createPlantClock } from './clock/clock.ts';
import { applySimCommand, handleSimCommand, parseSimCommand } from './commands.ts';
import { runFor } from './model/plant.ts';
import { createPlant } from './model/workshop5.ts';

function rig() {
  let wall = 0;
  const plant = createPlant({ seed: 9, startT: 0 });
  const clock = createPlantClock({ startT: 0, wallNow: () => wall });
  return { plant, clock, send: (x: unknown) => handleSimCommand(x, { plant, clock }), tick: (ms: number) => (wall += ms) };
}

describe('parseSimCommand', () => {
  it('accepts well-formed commands', () => {
    expect(parseSimCommand({ type: 'write', tag: 'TIC-5301.SP', value: 115 })).toEqual({ type: 'write', tag: 'TIC-5301.SP', value: 115 });
    expect(parseSimCommand({ type: 'write', tag: 'M-5301', value: 'STOP' })).toEqual({ type: 'write', tag: 'M-5301', value: 'STOP' });
    expect(parseSimCommand({ type: 'clock', action: 'freeze' })).toEqual({ type: 'clock', action: 'freeze' });
    expect(parseSimCommand({ type: 'clock', action: 'speed', speed: 'max' })).toEqual({ type: 'clock', action: 'speed', speed: 'max' });
  });

  it.each([
    null, undefined, 42, 'write', [], {}, { type: 'erase' },
    { type: 'write', value: 1 }, { type: 'write', tag: '', value: 1 }, { type: 'write', tag: 'X'.repeat(65), value: 1 },
    { type: 'write', tag: 'TIC-5301.SP' }, { type: 'write', tag: 'TIC-5301.SP', value: null },
    { type: 'write', tag: 'TIC-5301.SP', value: { v: 1 } }, { type: 'write', tag: 'TIC-5301.SP', value: Number.NaN },
    { type: 'write', tag: 'TIC-5301.SP', value: Infinity }, { type: 'write', tag: 7, value: 1 },
    { type: 'clock' }, { type: 'clock', action: 'rewind' }, { type: 'clock', action: 'speed' },
    { type: 'clock', action: 'speed', speed: true },
  ])('refuses %j with INVALID_COMMAND', (x) => {
    expect(parseSimCommand(x)).toMatchObject({ ok: false, code: 'INVALID_COMMAND', detail: expect.any(String) });
  });
});

describe('applying commands', () => {
  it('refuses with each code and a detail, and changes nothing', () => {
    const { plant, send } = rig();
    const before = plant.frame();
    const cases: [unknown, string][] = [
      [{ type: 'write', tag: 'TIC-5399.SP', value: 1 }, 'TAG_UNKNOWN'],
      [{ type: 'write', tag: 'TIC-5301.PV', value: 100 }, 'TAG_NOT_WRITABLE'],
      [{ type: 'write', tag: 'TI-5304', value: 60 }, 'TAG_NOT_WRITABLE'],
      [{ type: 'write', tag: 'TIC-5301.MODE', value: 'HAND' }, 'INVALID_VALUE'],
      [{ type: 'write', tag: 'TIC-5301.MODE', value: 0 }, 'INVALID_VALUE'],
      [{ type: 'write', tag: 'TIC-5301.SP', value: 'hot' }, 'INVALID_VALUE'],
      [{ type: 'write', tag: 'M-5301', value: 'RUNNING' }, 'INVALID_VALUE'],
      [{ type: 'clock', action: 'speed', speed: 'fast' }, 'INVALID_VALUE'],
      [{ type: 'write', tag: 'TIC-5301.SP', value: 251 }, 'OUT_OF_RANGE'],
      [{ type: 'write', tag: 'FIC-5301.SP', value: -0.1 }, 'OUT_OF_RANGE'],
      [{ type: 'clock', action: 'speed', speed: 51 }, 'OUT_OF_RANGE'],
      [{ type: 'clock', action: 'speed', speed: 0.5 }, 'OUT_OF_RANGE'],
      [{ type: 'write', tag: 'FIC-5306.SP', value: 9 }, 'MODE_FORBIDS'], // CAS
      [{ type: 'write', tag: 'TIC-5301.OP', value: 50 }, 'MODE_FORBIDS'], // AUTO
      [{ type: 'write', tag: 'TIC-5301.MODE', value: 'CAS' }, 'MODE_FORBIDS'], // no master
      [{ type: 'write', tag: 'LIC-5307.MODE', value: 'CAS' }, 'MODE_FORBIDS'],
      [{ type: 'bogus' }, 'INVALID_COMMAND'],
    ];
    for (const [cmd, code] of cases) {
      const reply = send(cmd);
      expect(reply, JSON.stringify(cmd)).toMatchObject({ ok: false, code });
      expect(reply.ok === false && reply.detail).toBeTruthy();
    }
    expect(send({ type: 'write', tag: 'TIC-5301.SP', value: 251 })).toMatchObject({ detail: 'TIC-5301.SP must be within 0…250 °C' });
    expect(plant.frame()).toStrictEqual(before);

    // And the trajectory afterwards is that of a plant that never saw them.
    const twin = createPlant({ seed: 9, startT: 0 });
    runFor(plant, 300);
    runFor(twin, 300);
    expect(plant.frame()).toStrictEqual(twin.frame());
  });

  it('applies writes and replies with old and new values (state names for MODE and equipment)', () => {
    const { plant, send } = rig();
    expect(send({ type: 'write', tag: 'TIC-5301.SP', value: 115 })).toEqual({ ok: true, old: 116.85, new: 115 });
    expect(plant.value('TIC-5301.SP')).toBe(115);
    expect(send({ type: 'write', tag: 'FIC-5306.MODE', value: 'AUTO' })).toEqual({ ok: true, old: 'CAS', new: 'AUTO' });
    expect(plant.value('FIC-5306.MODE')).toBe(1);
    expect(send({ type: 'write', tag: 'FIC-5301.MODE', value: 'MAN' })).toEqual({ ok: true, old: 'AUTO', new: 'MAN' });
    expect(send({ type: 'write', tag: 'FIC-5301.OP', value: 20 })).toMatchObject({ ok: true, new: 20 });
    expect(plant.value('FIC-5301.OP')).toBe(20);
    expect(send({ type: 'write', tag: 'M-5301', value: 'STOP' })).toEqual({ ok: true, old: 'RUNNING', new: 'STOPPED' });
    expect(plant.value('M-5301')).toBe(0);
  });

  it('drives the clock: freeze, run and speed', () => {
    const { clock, send } = rig();
    expect(send({ type: 'clock', action: 'freeze' })).toEqual({ ok: true, old: 'running', new: 'frozen' });
    expect(clock.state().state).toBe('frozen');
    expect(send({ type: 'clock', action: 'run' })).toEqual({ ok: true, old: 'frozen', new: 'running' });
    expect(send({ type: 'clock', action: 'speed', speed: 50 })).toEqual({ ok: true, old: 1, new: 50 });
    expect(send({ type: 'clock', action: 'speed', speed: 'max' })).toEqual({ ok: true, old: 50, new: 'max' });
    expect(clock.state().speed).toBe('max');
  });

  it('a plant without a clock refuses clock commands', () => {
    const plant = createPlant({ seed: 1 });
    expect(plant.command({ type: 'clock', action: 'freeze' })).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
    expect(applySimCommand({ type: 'write', tag: 'X', value: 1 }, { plant, clock: createPlantClock({ startT: 0 }) })).toMatchObject({ code: 'TAG_UNKNOWN' });
  });
});

describe('simulator-control commands at the edge', () => {
  it('parses malfunction, clearMalfunction, bypass, resetInterlock and snapshot commands', () => {
    expect(parseSimCommand({ type: 'malfunction', id: 'M01', params: { magnitude: 0.5 } })).toEqual({ type: 'malfunction', id: 'M01', params: { magnitude: 0.5 } });
    expect(parseSimCommand({ type: 'clearMalfunction', id: 'M01' })).toEqual({ type: 'clearMalfunction', id: 'M01' });
    expect(parseSimCommand({ type: 'bypass', interlock: 'I-01', on: false })).toEqual({ type: 'bypass', interlock: 'I-01', on: false });
    expect(parseSimCommand({ type: 'resetInterlock', interlock: 'I-01' })).toEqual({ type: 'resetInterlock', interlock: 'I-01' });
    expect(parseSimCommand({ type: 'snapshot', action: 'list' })).toEqual({ type: 'snapshot', action: 'list' });
    expect(parseSimCommand({ type: 'snapshot', action: 'save', name: 'a' })).toEqual({ type: 'snapshot', action: 'save', name: 'a' });
  });

  it.each([
    { type: 'malfunction' }, { type: 'malfunction', id: 'm01; drop' }, { type: 'malfunction', id: 'M01', params: [1] },
    { type: 'bypass', interlock: 'I-01' }, { type: 'bypass', interlock: 'I-01', on: 'yes' }, { type: 'resetInterlock' },
    { type: 'snapshot' }, { type: 'snapshot', action: 'delete', name: 'a' }, { type: 'snapshot', action: 'save' },
  ])('refuses %j with INVALID_COMMAND', (x) => {
    expect(parseSimCommand(x)).toMatchObject({ ok: false, code: 'INVALID_COMMAND' });
  });

  it('applies them to the plant through the same entry as writes', () => {
    const r = rig();
    expect(r.send({ type: 'malfunction', id: 'M01', params: { magnitude: 'x' } })).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(r.send({ type: 'bypass', interlock: 'I-03', on: true })).toEqual({ ok: true, old: 'NORMAL', new: 'BYPASSED' });
    expect(r.send({ type: 'malfunction', id: 'M03' })).toEqual({ ok: true, old: 'INACTIVE', new: 'ACTIVE' });
    runFor(r.plant, 60);
    expect(r.plant.value('M-5301')).toBe(0);
    expect(r.send({ type: 'snapshot', action: 'list' })).toEqual({ ok: true, names: ['normal-operation', 'cold-start'] });
  });
});
