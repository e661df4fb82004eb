import { describe, expect, it } from 'vitest';
import type { AlarmView } from '../../server/protocol.ts';
import {
  alarmObject, applyAlarmDelta, bannerAlarms, filterAlarms, formatDuration, hiddenLetter, hornPriority, markLook,
  NO_FILTER, objectAlarm, pageOf, priorityCounts, shelveChoices, sortAlarms,
} from './alarms.ts';

function alarm(id: string, patch: Partial<AlarmView> = {}): AlarmView {
  return {
    id, tag: id.slice(0, id.lastIndexOf('.')), type: 'HI', priority: 'medium', state: 'Unacknowledged', annunciated: true,
    active: true, limit: 10, unit: 'U53', t: 1000, activeSince: 1000, shelvedUntil: null, shelveReason: null,
    chattering: false, firstOut: false, desc: { en: id, zh: id }, ...patch,
  };
}

describe('alarm marks', () => {
  it('code priority by colour, shape and number; flash only while unacknowledged', () => {
    expect(markLook(alarm('A.HI', { priority: 'critical' }))).toMatchObject({ number: 1, shape: 'triangle', colour: '#D50000', flashing: true, outline: false });
    expect(markLook(alarm('A.HI', { priority: 'high', state: 'Acknowledged' }))).toMatchObject({ number: 2, shape: 'diamond', flashing: false });
    expect(markLook(alarm('A.HI', { priority: 'low', state: 'RTN Unacknowledged' }))).toMatchObject({ number: 4, shape: 'circle', flashing: true, outline: true });
    expect(markLook(alarm('A.HI', { state: 'Latched Unacknowledged' })).flashing).toBe(true);
    expect(hiddenLetter('Shelved')).toBe('S');
    expect(hiddenLetter('Suppressed by Design')).toBe('D');
    expect(hiddenLetter('Out of Service')).toBe('O');
    expect(hiddenLetter('Acknowledged')).toBe('');
  });
});

describe('banner', () => {
  const list = [
    alarm('A.HI', { priority: 'low', t: 5000 }),
    alarm('B.HI', { priority: 'critical', t: 1000 }),
    alarm('C.HI', { priority: 'critical', t: 3000 }),
    alarm('D.HI', { priority: 'high', t: 9000 }),
    alarm('E.HI', { priority: 'medium', state: 'Shelved', annunciated: false }),
    alarm('F.HI', { priority: 'medium' }),
    alarm('G.HI', { priority: 'medium', state: 'Acknowledged' }),
  ];

  it('shows the five most important annunciated alarms, by priority then newest first', () => {
    expect(bannerAlarms(list).map((a) => a.id)).toEqual(['C.HI', 'B.HI', 'D.HI', 'F.HI', 'G.HI']);
  });

  it('counts annunciated alarms per priority', () => {
    expect(priorityCounts(list)).toEqual({ critical: 2, high: 1, medium: 2, low: 1 });
  });

  it('sounds the tone of the highest unacknowledged priority', () => {
    expect(hornPriority(list)).toBe('critical');
    expect(hornPriority([alarm('X.HI', { priority: 'critical', state: 'Acknowledged' }), alarm('Y.HI', { priority: 'low' })])).toBe('low');
    expect(hornPriority([])).toBeNull();
  });
});

describe('alarm list', () => {
  it('applies deltas: changed views replace, Normal ones leave', () => {
    const list = [alarm('A.HI'), alarm('B.HI')];
    const next = applyAlarmDelta(list, { c: [alarm('A.HI', { state: 'Normal' }), alarm('B.HI', { state: 'Acknowledged' }), alarm('C.HI')] });
    expect(next.map((a) => [a.id, a.state])).toEqual([['B.HI', 'Acknowledged'], ['C.HI', 'Unacknowledged']]);
  });

  it('finds the mark for an object (loop PV names included)', () => {
    const list = [alarm('TIC-5301.HI', { priority: 'medium' }), alarm('TIC-5301.HIHI', { priority: 'critical' }), alarm('FIC-5306.LO')];
    expect(alarmObject('TIC-5301.PV')).toBe('TIC-5301');
    expect(objectAlarm(list, 'TIC-5301')?.id).toBe('TIC-5301.HIHI');
    expect(objectAlarm(list, 'TIC-5301.PV')?.id).toBe('TIC-5301.HIHI');
    expect(objectAlarm(list, 'LIC-5307')).toBeNull();
    expect(objectAlarm([alarm('X.HI', { state: 'Shelved', annunciated: false })], 'X')?.state).toBe('Shelved');
  });

  it('filters by tab, unit, priority and state', () => {
    const list = [alarm('A.HI', { unit: 'U51' }), alarm('B.HI', { priority: 'high' }), alarm('C.HI', { state: 'Shelved', annunciated: false }), alarm('D.HI', { state: 'Out of Service', annunciated: false })];
    expect(filterAlarms(list, NO_FILTER).map((a) => a.id)).toEqual(['A.HI', 'B.HI']);
    expect(filterAlarms(list, { ...NO_FILTER, tab: 'hidden' }).map((a) => a.id)).toEqual(['C.HI', 'D.HI']);
    expect(filterAlarms(list, { ...NO_FILTER, unit: 'U51' }).map((a) => a.id)).toEqual(['A.HI']);
    expect(filterAlarms(list, { ...NO_FILTER, priority: 'high' }).map((a) => a.id)).toEqual(['B.HI']);
    expect(filterAlarms(list, { ...NO_FILTER, tab: 'hidden', state: 'Out of Service' }).map((a) => a.id)).toEqual(['D.HI']);
  });

  it('sorts by a column both ways', () => {
    const list = [alarm('B.HI', { t: 2 }), alarm('A.HI', { t: 3, priority: 'critical' }), alarm('C.HI', { t: 1, priority: 'low' })];
    expect(sortAlarms(list, { key: 'time', asc: true }).map((a) => a.id)).toEqual(['C.HI', 'B.HI', 'A.HI']);
    expect(sortAlarms(list, { key: 'tag', asc: false }).map((a) => a.id)).toEqual(['C.HI', 'B.HI', 'A.HI']);
    expect(sortAlarms(list, { key: 'priority', asc: true }).map((a) => a.id)).toEqual(['A.HI', 'B.HI', 'C.HI']);
  });

  it('pages rows and clamps the page', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(rows, 2, 20)).toEqual({ rows: [40, 41, 42, 43, 44], pages: 3, page: 2 });
    expect(pageOf(rows, 9, 20).page).toBe(2);
    expect(pageOf([], 0, 20)).toEqual({ rows: [], pages: 1, page: 0 });
  });
});

describe('shelving', () => {
  it('offers durations up to the alarm maximum only', () => {
    expect(shelveChoices(900)).toEqual([300, 900]);
    expect(shelveChoices(28800)).toEqual([300, 900, 1800, 3600, 7200, 14400, 28800]);
    expect(shelveChoices(1000)).toEqual([300, 900, 1000]);
    expect(shelveChoices(0)).toEqual([]);
  });

  it('formats durations', () => {
    expect(formatDuration(900)).toBe('15 min');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(1000)).toBe('16 min 40 s');
  });
});
