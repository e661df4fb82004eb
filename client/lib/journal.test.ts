import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../server/protocol.ts';
import { EMPTY_JOURNAL_FILTER, journalCsv, journalPage, journalQuery, plantInputTime, recordDetail } from './journal.ts';

function rec(id: number, patch: Partial<JournalRecord> = {}): JournalRecord {
  return {
    id, wallT: 1_700_000_000_000 + id, plantT: 1_700_000_000_000 + id, kind: 'audit', user: 'operator', role: 'operator', action: 'write',
    target: 'TIC-5301.SP', oldValue: '110', newValue: '115', result: 'accepted', code: null, source: 'socket', ...patch,
  };
}

describe('journal', () => {
  it('reads the time inputs as plant-local time (UTC+8), as the table shows it', () => {
    expect(plantInputTime('2026-01-01T08:00')).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(plantInputTime('2026-01-01T08:00:30')).toBe(Date.parse('2026-01-01T00:00:30Z'));
    expect(plantInputTime('')).toBeNull();
    expect(plantInputTime('nonsense')).toBeNull();
    expect(plantInputTime('2026-01-01T08:00Z')).toBeNull();
  });

  it('asks the server for every filter and a page (+1) back from a record id', () => {
    expect(journalQuery(EMPTY_JOURNAL_FILTER)).toBe('limit=26');
    const q = new URLSearchParams(journalQuery({ from: '2026-01-01T08:00', to: '2026-01-01T09:00', kind: 'alarm', unit: 'U53', tag: ' TIC ', user: 'operator' }, 26, 400));
    expect(Object.fromEntries(q)).toEqual({
      plantFrom: String(Date.parse('2026-01-01T00:00:00Z')), plantTo: String(Date.parse('2026-01-01T01:00:00Z')),
      kind: 'alarm', unit: 'U53', tag: 'TIC', user: 'operator', before: '400', limit: '26',
    });
    expect(journalQuery({ ...EMPTY_JOURNAL_FILTER, to: 'nonsense', tag: '  ' }, 10)).toBe('limit=10');
  });

  it('turns the server answer into a newest-first page and tells whether older records exist', () => {
    const three = [rec(1), rec(2), rec(3)];
    expect(journalPage(three, 2)).toEqual({ rows: [three[2], three[1]], hasOlder: true });
    expect(journalPage(three, 3)).toEqual({ rows: [three[2], three[1], three[0]], hasOlder: false });
    expect(journalPage([], 3)).toEqual({ rows: [], hasOlder: false });
  });

  it('describes alarm details and exports CSV with quoting', () => {
    expect(recordDetail(rec(1, { fromState: 'Unacknowledged', toState: 'Shelved', reason: 'sensor work', durationS: 900 }))).toBe('Unacknowledged → Shelved · “sensor work” · 900 s');
    const csv = journalCsv([rec(1, { reason: 'a, "b"' })]).split('\r\n');
    expect(csv[0]).toBe('id,wallT,plantT,kind,user,role,action,target,oldValue,newValue,result,code,source,reason,durationS,fromState,toState');
    expect(csv[1]).toContain('"a, ""b"""');
    expect(csv[1]).toContain('2023-11-14T22:13:20.001Z');
  });
});
