import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../server/protocol.ts';
import { EMPTY_JOURNAL_FILTER, filterJournal, journalCsv, journalQuery, recordDetail, targetObject } from './journal.ts';

function rec(id: number, patch: Partial<JournalRecord> = {}): JournalRecord {
  return {
    id, wallT: 1_700_000_000_000 + id, plantT: 1_700_000_000_000 + id, kind: 'audit', user: 'operator', role: 'operator', action: 'write',
    target: 'TIC-5301.SP', oldValue: '110', newValue: '115', result: 'accepted', code: null, source: 'socket', ...patch,
  };
}

describe('journal', () => {
  it('asks the server for time range and kind', () => {
    expect(journalQuery(EMPTY_JOURNAL_FILTER)).toBe('limit=2000');
    const q = new URLSearchParams(journalQuery({ ...EMPTY_JOURNAL_FILTER, from: '2026-01-01T00:00:00Z', kind: 'alarm' }, 50));
    expect(Object.fromEntries(q)).toEqual({ from: String(Date.parse('2026-01-01T00:00:00Z')), kind: 'alarm', limit: '50' });
    expect(journalQuery({ ...EMPTY_JOURNAL_FILTER, to: 'nonsense' })).toBe('limit=2000');
  });

  it('filters by unit, tag and user, newest first', () => {
    const records = [
      rec(1),
      rec(2, { target: 'LIC-5101.HI', kind: 'alarm', user: null }),
      rec(3, { user: 'supervisor', target: 'FIC-5306.SP' }),
      rec(4, { target: null, action: 'login' }),
    ];
    const unitOf = (n: string) => ({ 'TIC-5301': 'U53', 'FIC-5306': 'U53', 'LIC-5101': 'U51' } as Record<string, string>)[n];
    expect(targetObject('TIC-5301.HIHI')).toBe('TIC-5301');
    expect(filterJournal(records, { unit: '', tag: '', user: '' }, unitOf).map((r) => r.id)).toEqual([4, 3, 2, 1]);
    expect(filterJournal(records, { unit: 'U53', tag: '', user: '' }, unitOf).map((r) => r.id)).toEqual([3, 1]);
    expect(filterJournal(records, { unit: '', tag: 'lic-51', user: '' }, unitOf).map((r) => r.id)).toEqual([2]);
    expect(filterJournal(records, { unit: '', tag: '', user: 'Supervisor' }, unitOf).map((r) => r.id)).toEqual([3]);
  });

  it('describes alarm details and exports CSV with quoting', () => {
    expect(recordDetail(rec(1, { fromState: 'Unacknowledged', toState: 'Shelved', reason: 'sensor work', durationS: 900 }))).toBe('Unacknowledged → Shelved · “sensor work” · 900 s');
    const csv = journalCsv([rec(1, { reason: 'a, "b"' })]).split('\r\n');
    expect(csv[0]).toBe('id,wallT,plantT,kind,user,role,action,target,oldValue,newValue,result,code,source,reason,durationS,fromState,toState');
    expect(csv[1]).toContain('"a, ""b"""');
    expect(csv[1]).toContain('2023-11-14T22:13:20.001Z');
  });
});
