import { describe, expect, it } from 'vitest';
import { alarmKpis, type TransitionRecord } from './kpi.ts';

const MIN = 60_000;
const kpi = (records: TransitionRecord[], to = 60 * MIN, current: { alarm: string; active: boolean; activeSince: number }[] = []) => {
  const list = alarmKpis(records, (a) => (a.startsWith('C') ? 'critical' : 'low'), { from: 0, to }, current);
  return (name: string) => list.find((k) => k.name === name)!;
};
const act = (t: number, alarm: string): TransitionRecord => ({ t, alarm, from: 'Normal', to: 'Unacknowledged' });
const clear = (t: number, alarm: string): TransitionRecord => ({ t, alarm, from: 'Unacknowledged', to: 'RTN Unacknowledged' });

describe('alarm KPIs', () => {
  it('rates per 10 min, peak, floods (start > 10, end < 5) with their targets', () => {
    const flood = Array.from({ length: 12 }, (_, i) => act(11 * MIN + i * 1000, `L-${i}`));
    const k = kpi([act(MIN, 'L-a'), ...flood, act(25 * MIN, 'L-b')]);
    expect(k('annunciated alarms').value).toBe(14);
    expect(k('average per 10 min').value).toBeCloseTo(14 / 6);
    expect(k('peak per 10 min')).toMatchObject({ value: 12, meets: false, target: '≤ 10' });
    expect(k('10-min periods over 10 alarms').value).toBeCloseTo(16.67);
    expect(k('floods')).toMatchObject({ value: 1, meets: false });
    expect(k('time in flood').value).toBe(600);
  });

  it('counts chattering, fleeting and stale alarms, top-10 and priorities', () => {
    const k = kpi(
      [act(0, 'C-1'), clear(2000, 'C-1'), act(20_000, 'C-1'), clear(30_000, 'C-1'), act(50_000, 'C-1'), act(5 * MIN, 'L-1'), clear(9 * MIN, 'L-1')],
      26 * 60 * MIN,
      [{ alarm: 'L-9', active: true, activeSince: 30 * MIN }, { alarm: 'L-8', active: true, activeSince: 5 * 60 * MIN }],
    );
    expect(k('chattering alarms').value).toBe(1);
    expect(k('fleeting alarms').value).toBe(1);
    expect(k('stale alarms (active > 24 h)').value).toBe(1);
    expect(k('top 1: C-1').value).toBe(3);
    expect(k('priority critical+high').value).toBe(75);
  });

  it('reports shelved and out-of-service counts and time, clipped to the window', () => {
    const k = kpi([
      { t: 10 * MIN, alarm: 'L-1', from: 'Unacknowledged', to: 'Shelved' },
      { t: 20 * MIN, alarm: 'L-1', from: 'Shelved', to: 'Normal' },
      { t: 50 * MIN, alarm: 'L-2', from: 'Normal', to: 'Out of Service' },
    ]);
    expect(k('Shelved: entries').value).toBe(1);
    expect(k('Shelved: total time').value).toBe(600);
    expect(k('Out of Service: total time').value).toBe(600);
  });
});
