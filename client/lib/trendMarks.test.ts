import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../server/protocol.ts';
import { actionMarkers, markerNear, parseAlarmLimits } from './trendMarks.ts';

describe('trend marks', () => {
  it('takes alarm limits that carry a number and a priority', () => {
    const body = { ok: true, alarms: [
      { id: 'TIC-5301.HI', limit: 120, priority: 2 },
      { id: 'TIC-5301.HIHI', tag: 'TIC-5301.PV', setpoint: 125, priority: 1 },
      { id: 'XV-5311.DISC', priority: 3 },
      { id: 'X.HI', limit: 1, priority: 9 },
      { id: 'LIC-5101.LO', tag: 'LIC-5101', limit: 20, priority: 'medium' },
      { id: 'TIC-5301.DEV_HI', tag: 'TIC-5301', type: 'DEV_HI', limit: 5, priority: 'high' },
    ] };
    expect(parseAlarmLimits(body)).toEqual([
      { tag: 'TIC-5301', id: 'TIC-5301.HI', value: 120, priority: 2 },
      { tag: 'TIC-5301.PV', id: 'TIC-5301.HIHI', value: 125, priority: 1 },
      { tag: 'LIC-5101', id: 'LIC-5101.LO', value: 20, priority: 3 },
    ]);
    expect(parseAlarmLimits('nonsense')).toEqual([]);
  });

  it('turns operator actions into markers with hover text', () => {
    const rec = (o: Partial<JournalRecord>): JournalRecord => ({
      id: 1, wallT: 0, plantT: 5000, kind: 'audit', user: 'operator', role: 'operator', action: 'write', target: 'TIC-5301.SP',
      oldValue: '117', newValue: '115', result: 'accepted', code: null, source: 'socket', ...o,
    });
    const m = actionMarkers([rec({}), rec({ action: 'login', plantT: 1 }), rec({ plantT: null }), rec({ plantT: 1000, kind: 'system' })]);
    expect(m).toEqual([{ t: 5000, text: 'operator: write TIC-5301.SP 117 → 115 (accepted)' }]);
    expect(markerNear(m, 5400, 500)).toBe(m[0]);
    expect(markerNear(m, 6000, 500)).toBeNull();
  });
});
