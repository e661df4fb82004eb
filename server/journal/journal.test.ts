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

  it('pages back by record id and filters by plant time, tag, user and targets', () => {
    const j = new Journal(openDb(null));
    for (let i = 0; i < 10; i++) j.append({ ...entry(i), user: i % 3 ? 'op' : 'Sup', target: i === 4 ? 'FIC-5306.LO' : i === 5 ? '50%_x' : 'TIC-5301.SP', plantT: i === 9 ? null : 5000 + i });
    const ids = (q: Parameters<Journal['query']>[0]) => j.query(q).map((r) => r.id);
    expect(ids({ limit: 3 })).toEqual([8, 9, 10]);
    expect(ids({ limit: 3, before: 8 })).toEqual([5, 6, 7]);
    expect(ids({ limit: 3, before: 3 })).toEqual([1, 2]);
    expect(ids({ plantFrom: 5007 })).toEqual([8, 9]); // record 10 has no plant time
    expect(ids({ plantFrom: 5002, plantTo: 5003 })).toEqual([3, 4]);
    expect(ids({ tag: 'fic-53' })).toEqual([5]);
    expect(ids({ tag: '%' })).toEqual([6]); // LIKE wildcards are literal
    expect(ids({ tag: '_' })).toEqual([6]);
    expect(ids({ user: 'sup' })).toEqual([1, 4, 7, 10]);
    expect(ids({ targets: ['FIC-5306.LO', '50%_x'] })).toEqual([5, 6]);
    expect(ids({ targets: [] })).toEqual([]);
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
