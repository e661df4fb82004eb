import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { initialState, type AlarmConfig, type AlarmInput } from './types.ts';

const cfg: AlarmConfig = {
  id: 'TI-1.HI', tag: 'TI-1', type: 'HI', limit: 80, deadband: 2, onDelayS: 10, offDelayS: 0, latching: false,
  priority: 'high', measurement: 'temperature', rangeLo: 0, rangeHi: 100, maxShelveS: 600,
};
const input = (pv: number, quality: AlarmInput['quality'] = 'good'): AlarmInput => ({ pv, quality, sp: null, target: null });

describe('evaluate', () => {
  it('returns the same state object and no events when nothing changes (no allocation on the hot path)', () => {
    const s = initialState();
    const r = evaluate(s, input(50), 1000, cfg);
    expect(r.next).toBe(s);
    expect(r.events).toHaveLength(0);
  });

  it('stamps a delayed activation at the delay expiry, not at the evaluation time', () => {
    let s = evaluate(initialState(), input(90), 1_000, cfg).next;
    expect(s.pendingSince).toBe(1_000);
    const r = evaluate(s, input(90), 25_000, cfg);
    s = r.next;
    expect(r.events).toEqual([{ kind: 'transition', alarm: 'TI-1.HI', t: 11_000, from: 'Normal', to: 'Unacknowledged', cause: 'condition' }]);
    expect(s.activeSince).toBe(11_000);
    expect(s.unackSince).toBe(11_000);
  });

  it('a bad-quality input holds the state and restarts a running delay', () => {
    const pending = evaluate(initialState(), input(90), 0, cfg).next;
    const held = evaluate(pending, input(90, 'bad'), 5_000, cfg).next;
    expect(held.pendingSince).toBeNull();
    expect(held.active).toBe(false);
    expect(evaluate(held, input(90), 12_000, cfg).next.active).toBe(false);
  });

  it('shelf expiry is an event of its own, at the expiry time', () => {
    const shelved = { ...initialState(), active: true, core: 'Acknowledged' as const, shelvedUntil: 60_000, shelveReason: 'x' };
    const r = evaluate(shelved, input(90), 70_000, { ...cfg, onDelayS: 0 });
    expect(r.events[0]).toMatchObject({ from: 'Shelved', to: 'Unacknowledged', cause: 'shelf-expired', t: 60_000 });
    expect(r.next.shelvedUntil).toBeNull();
  });
});
