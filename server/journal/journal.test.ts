import { describe, expect, it } from 'vitest';
import { openDb } from '../store/db.ts';
import { Journal, type JournalEntry } from './journal.ts';

const entry = (n: number): JournalEntry => ({
  wallT: 1000 + n, plantT: 5000 + n, kind: n % 2 ? 'audit' : 'system', user: 'op', role: 'operator',
  action: 'write', target: 'TIC-5301.SP', oldValue: '116.85', newValue: String(n), result: 'accepted', code: null, source: 'api',
});

describe('journal', () => {
  it('appends and reads back in order, filtered by kind and time, newest when limited', () => {
    const j = new Journal(openDb(null));
    for (let i = 0; i < 10; i++) j.append(entry(i));
    expect(j.query().map((r) => r.newValue)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(j.query({ kind: 'audit' }).map((r) => r.newValue)).toEqual(['1', '3', '5', '7', '9']);
    expect(j.query({ from: 1003, to: 1005 }).map((r) => r.newValue)).toEqual(['3', '4', '5']);
    expect(j.query({ limit: 2 }).map((r) => r.newValue)).toEqual(['8', '9']);
  });

  it('is append-only: the database refuses updates and deletes', () => {
    const db = openDb(null);
    const j = new Journal(db);
    j.append(entry(1));
    expect(() => db.prepare("UPDATE journal SET result = 'rejected'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal').run()).toThrow(/append-only/);
    expect(j.query()[0]!.result).toBe('accepted');
  });
});
