import { describe, expect, it } from 'vitest';
import { DEFAULT_ALARM_DB, loadAlarmDatabase, parseAlarmDatabase } from './database.ts';

describe('Workshop 5 alarm database', () => {
  const db = loadAlarmDatabase();
  const byId = new Map(db.alarms.map((a) => [a.id, a]));

  it('holds the alarms of reference §7.1 and the comms/system alarms', () => {
    for (const id of [
      'LIC-5101.HIHI', 'TIC-5202.HIHI', 'PDT-5206.LOLO', 'AT-5291.HIHI', 'TIC-5301.HIHI', 'TIC-5301.LO', 'FIC-5306.LO', 'LIC-5307.HIHI',
      'PIC-5308.HIHI', 'SI-5310.LOLO', 'II-5310.HI', 'FIC-5402.HIHI', 'TIC-5403.LOLO', 'TY-5408.HIHI', 'AIC-5501.LOLO', 'VI-5604.HIHI',
      'TIC-5701.HIHI', 'WIC-5801.LO', 'PI-5906.LOLO', 'AT-5996.HIHI', 'AT-5998.HIHI', 'FFIC-5302.DEV_HI', 'SYS-SIMLINK.HI', 'SYS-STALE.HI',
    ])
      expect(byId.has(id), id).toBe(true);
    expect(db.alarms.length).toBeGreaterThan(100);
  });

  it('uses the EEMUA 191 deadbands by measurement type (% of range)', () => {
    const pct = (id: string) => {
      const a = byId.get(id)!;
      return (a.deadband / (a.rangeHi! - a.rangeLo!)) * 100;
    };
    expect(pct('FIC-5306.LO')).toBeCloseTo(5); // flow
    expect(pct('TIC-5301.HI')).toBeCloseTo(1); // temperature
    expect(pct('LIC-5307.HI')).toBeCloseTo(2); // level
    expect(pct('PIC-5308.HI')).toBeCloseTo(2); // pressure
    expect(pct('AI-5309.LO')).toBeCloseTo(1); // composition
  });

  it('rationalizes every alarm in Chinese and English; trips latch and are critical; designed suppression is data', () => {
    for (const a of db.alarms) {
      expect(a.rationale.cause.zh && a.rationale.cause.en && a.rationale.action.zh && a.rationale.consequence.en, a.id).toBeTruthy();
      expect(a.rationale.timeToRespondS).toBeGreaterThan(0);
      if (a.interlock) expect([a.latching, a.priority, a.tripGroup !== undefined]).toEqual([true, 'critical', true]);
    }
    expect(byId.get('FIC-5105.LO')!.suppressWhen).toEqual([{ tag: 'P-5101A', is: 'STOPPED' }, { tag: 'P-5101B', is: 'STOPPED' }]);
    expect(byId.get('FIC-5402.HI')!.suppressWhen).toEqual([{ tag: 'KI-5411', isNot: 'DOSE' }]);
  });

  it('names the file, the alarm and the field of every problem', () => {
    const good = byId.get('TIC-5301.HI')!;
    const r = parseAlarmDatabase('w5.json', {
      schemaVersion: 1,
      horn: { priorities: ['critical'] },
      alarms: [{ ...good, deadband: -1 }, { ...good, id: 'TIC-5301.HIHI', type: 'HIHI', rationale: { ...good.rationale, action: { zh: '', en: 'x' } } }, good, good],
    });
    expect(r).toEqual([
      'w5.json: alarm TIC-5301.HI: deadband: must be a number ≥ 0',
      'w5.json: alarm TIC-5301.HIHI: rationale.action: must be { zh, en } with both texts',
      'w5.json: alarm TIC-5301.HI: id: is not unique',
    ]);
    expect(DEFAULT_ALARM_DB).toMatch(/workshop5-alarms\.json$/);
  });
});
