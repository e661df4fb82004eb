import { describe, expect, it } from 'vitest';
import type { Catalog } from '../protocol.ts';
import { parseJournalQuery, unitTargets } from './journal-query.ts';

const parse = (q: string, units = (u: string) => [`${u}-target`]) => parseJournalQuery(new URLSearchParams(q), units);

describe('GET /api/journal parameters', () => {
  it('parses paging, plant time and text filters', () => {
    expect(parse('before=42&limit=26&plantFrom=1000&plantTo=2000&tag=TIC-5301&user=operator&unit=U53&kind=audit')).toEqual({
      before: 42, limit: 26, plantFrom: 1000, plantTo: 2000, tag: 'TIC-5301', user: 'operator', targets: ['U53-target'], kind: 'audit',
    });
    expect(parse('plantFrom=2026-11-28T00:00:00Z')).toEqual({ plantFrom: Date.parse('2026-11-28T00:00:00Z') });
    expect(parse('tag=%20%20&user=')).toEqual({}); // blank filters are no filters
  });

  it('refuses bad values with stable codes', () => {
    expect(parse('before=0')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(parse('before=1.5')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(parse('before=abc')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(parse('plantFrom=yesterday')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(parse('plantFrom=2000&plantTo=1000')).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(parse(`tag=${'x'.repeat(65)}`)).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(parse(`user=${'x'.repeat(65)}`)).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
  });

  it('names every target of a unit: tags, loops, equipment, interlocks and alarms', () => {
    const catalog = {
      tags: [{ name: 'TIC-5301.SP', unit: 'U53' }, { name: 'LI-5103', unit: 'U51' }],
      loops: [{ name: 'TIC-5301', unit: 'U53' }],
      equipment: [{ name: 'XV-5311', unit: 'U53' }],
      interlocks: [{ id: 'I-01', unit: 'U53' }, { id: 'I-10', unit: 'U51' }],
    } as unknown as Catalog;
    expect(unitTargets('U53', catalog, [{ id: 'TIC-5301.HI', unit: 'U53' }, { id: 'LI-5103.HI', unit: 'U51' }]).sort()).toEqual(
      ['I-01', 'TIC-5301', 'TIC-5301.HI', 'TIC-5301.SP', 'XV-5311'],
    );
  });
});
