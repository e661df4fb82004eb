import { describe, expect, it } from 'vitest';
import type { QualityCode } from '../protocol.ts';
import { Loop, type LoopConfig } from './loop.ts';

/** A transmitter the test moves by hand. */
const meter = (value: number): { value: number; quality: QualityCode } => ({ value, quality: 0 });

function pair() {
  const tPv = meter(116.85);
  const fPv = meter(10.4);
  const base = { unit: 'U53', decimals: 1 };
  const master = new Loop({
    ...base, name: 'TIC-5301', desc: { en: 'T', zh: '温度' }, eu: '°C', lo: 0, hi: 250, pv: tPv,
    tuning: { kc: 25, tiS: 900, tdS: 0, beta: 1, gamma: 0, action: 'direct' }, mode: 'AUTO', sp: 116.85, op: 65,
  } satisfies LoopConfig);
  const slave = new Loop({
    ...base, name: 'FIC-5306', desc: { en: 'F', zh: '流量' }, eu: 'm³/h', lo: 0, hi: 16, pv: fPv,
    tuning: { kc: 0.5, tiS: 12, tdS: 0, beta: 1, gamma: 0, action: 'reverse' }, mode: 'CAS', sp: 10.4, op: 65,
  } satisfies LoopConfig);
  master.cascadeTo(slave);
  const step = (): void => {
    master.update(0.5);
    slave.update(0.5);
  };
  return { master, slave, tPv, fPv, step };
}

describe('Loop modes', () => {
  it('SP tracks PV in MAN; MAN → AUTO does not move the output', () => {
    const { slave, fPv, step } = pair();
    expect(slave.writeMode('MAN')).toEqual({ ok: true, old: 'CAS', new: 'MAN' });
    expect(slave.writeOp(30)).toMatchObject({ ok: true, new: 30 });
    fPv.value = 4.8;
    step();
    expect(slave.sp).toBe(4.8);
    expect(slave.writeMode('AUTO')).toMatchObject({ ok: true, new: 'AUTO' });
    fPv.value = 4.81;
    step();
    expect(Math.abs(slave.op - 30)).toBeLessThan(0.1);
  });

  it('closing the cascade is bumpless: the master tracks the slave SP while the slave is not in CAS', () => {
    const { master, slave, tPv, step } = pair();
    slave.writeMode('AUTO');
    slave.writeSp(8);
    tPv.value = 118; // master error while open: must not wind up
    for (let i = 0; i < 200; i++) step();
    expect(master.op).toBeCloseTo(50, 9); // 8 of 0–16 m³/h
    const slaveOp = slave.op;
    expect(slave.writeMode('CAS')).toMatchObject({ ok: true, old: 'AUTO', new: 'CAS' });
    step();
    expect(Math.abs(slave.sp - 8)).toBeLessThan(0.01); // only the integral of one step moved it
    expect(Math.abs(slave.op - slaveOp)).toBeLessThan(0.05);
  });

  it('in CAS the slave SP follows the master output over the slave range', () => {
    const { master, slave, step } = pair();
    master.writeMode('MAN');
    master.writeOp(25);
    step();
    expect(slave.sp).toBeCloseTo(4, 12);
  });

  it('enforces the mode rules with MODE_FORBIDS and INVALID_VALUE, changing nothing', () => {
    const { master, slave } = pair();
    expect(slave.writeSp(5)).toMatchObject({ ok: false, code: 'MODE_FORBIDS' }); // CAS
    expect(master.writeOp(10)).toMatchObject({ ok: false, code: 'MODE_FORBIDS' }); // AUTO
    expect(master.writeMode('CAS')).toMatchObject({ ok: false, code: 'MODE_FORBIDS' }); // no master
    expect(master.writeMode('auto')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(master.writeMode(1)).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(master.writeSp('100')).toMatchObject({ ok: false, code: 'INVALID_VALUE' });
    expect(master.writeSp(251)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', detail: 'TIC-5301.SP must be within 0…250 °C' });
    slave.writeMode('AUTO');
    master.writeMode('MAN');
    expect(master.writeOp(10)).toMatchObject({ ok: false, code: 'MODE_FORBIDS' }); // tracking the slave
    expect([master.mode, master.sp, master.op, slave.mode, slave.sp]).toEqual(['MAN', 116.85, 65, 'AUTO', 10.4]);
  });

  it('a bad PV sheds the loop to MAN and holds the output; AUTO is refused until it is good', () => {
    const { slave, fPv, step } = pair();
    slave.writeMode('AUTO');
    const op = slave.op;
    fPv.quality = 2;
    fPv.value = -1;
    step();
    expect(slave.mode).toBe('MAN');
    expect(slave.op).toBe(op);
    expect(slave.writeMode('AUTO')).toMatchObject({ ok: false, code: 'MODE_FORBIDS' });
  });
});
