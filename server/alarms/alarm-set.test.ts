import { describe, expect, it } from 'vitest';
import { AlarmSet } from './alarm-set.ts';
import type { AlarmConfig } from './types.ts';

const alarm = (tag: string, over: Partial<AlarmConfig> = {}): AlarmConfig => ({
  id: `${tag}.HIHI`, tag, type: 'HIHI', limit: 100, deadband: 0, onDelayS: 0, offDelayS: 0, latching: true,
  priority: 'critical', measurement: 'temperature', rangeLo: 0, rangeHi: 200, maxShelveS: 900, tripGroup: 'SD-1', ...over,
});

describe('AlarmSet', () => {
  it('first-out is the earliest activation in time, even when a later one is evaluated first', () => {
    // B is evaluated first (catalog order) but its on-delay made it activate later than A.
    const set = new AlarmSet([alarm('B', { onDelayS: 10 }), alarm('A', { onDelayS: 3 })]);
    set.sample('B', { pv: 150 }, 0);
    set.sample('A', { pv: 150 }, 5_000);
    const events = set.tick(30_000);
    expect(events.filter((e) => e.kind === 'first-out')).toEqual([{ kind: 'first-out', alarm: 'A.HIHI', t: 8_000, group: 'SD-1' }]);
    expect(set.firstOut('SD-1')).toBe('A.HIHI');
  });

  it('the horn sounds only for configured priorities and newer than the last silence', () => {
    const set = new AlarmSet([alarm('C'), alarm('L', { priority: 'low', tripGroup: undefined })], { hornPriorities: ['critical'] });
    set.sample('L', { pv: 150 }, 1_000);
    expect(set.hornSounding).toBe(false);
    set.sample('C', { pv: 150 }, 2_000);
    expect(set.hornSounding).toBe(true);
    set.silenceHorn(3_000);
    expect(set.hornSounding).toBe(false);
    expect(set.view('C.HIHI')?.state).toBe('Unacknowledged');
  });

  it('a preview (commit = false) changes nothing', () => {
    const set = new AlarmSet([alarm('C')]);
    set.sample('C', { pv: 150 }, 1_000);
    const before = JSON.stringify(set.data());
    const r = set.act({ action: 'ack', alarm: 'C.HIHI', user: 'op', role: 'operator' }, 2_000, false);
    expect(r.audit).toMatchObject({ result: 'accepted', fromState: 'Unacknowledged', toState: 'Acknowledged' });
    expect(JSON.stringify(set.data())).toBe(before);
  });
});
