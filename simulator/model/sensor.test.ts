import { describe, expect, it } from 'vitest';
import { Sensor, type SensorSpec } from './sensor.ts';

const spec: SensorSpec = { name: 'TT-TEST', lo: 0, hi: 250, lagS: 10, noiseAbs: 0.02, noiseRel: 0 };
const quiet: SensorSpec = { ...spec, noiseAbs: 0 };

describe('Sensor', () => {
  it('lags a step with its time constant', () => {
    const s = new Sensor(quiet, 1, 100);
    s.update(110, 10); // one time constant
    expect(s.value).toBeCloseTo(100 + 10 * (1 - Math.exp(-1)), 9);
  });

  it('adds noise of the specified size', () => {
    const s = new Sensor(spec, 1, 100);
    const xs: number[] = [];
    for (let i = 0; i < 5000; i++) {
      s.update(100, 0.5);
      xs.push(s.value);
    }
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(100, 2);
    expect(sd).toBeGreaterThan(0.015);
    expect(sd).toBeLessThan(0.025);
  });

  it('applies bias, drift and freeze without touching quality', () => {
    const s = new Sensor(quiet, 1, 100);
    s.setFault({ kind: 'bias', offset: 3 });
    s.update(100, 0.5);
    expect(s.value).toBeCloseTo(103, 9);
    s.setFault({ kind: 'drift', ratePerS: -0.5 / 60 });
    for (let i = 0; i < 120; i++) s.update(100, 0.5); // 60 s
    expect(s.value).toBeCloseTo(99.5, 6);
    s.setFault({ kind: 'freeze' });
    s.update(150, 100);
    expect(s.value).toBeCloseTo(99.5, 6);
    expect(s.quality).toBe(0);
  });

  it('fails out of range with bad quality, and recovers when cleared', () => {
    const s = new Sensor(quiet, 1, 100);
    s.setFault({ kind: 'fail', to: 'high' });
    s.update(100, 0.5);
    expect(s.value).toBeGreaterThan(250);
    expect(s.quality).toBe(2);
    s.setFault({ kind: 'fail', to: 'low' });
    s.update(100, 0.5);
    expect(s.value).toBeLessThan(0);
    s.setFault({ kind: 'none' });
    s.update(100, 0.5);
    expect(s.value).toBeCloseTo(100, 9);
    expect(s.quality).toBe(0);
  });

  it('saturates just outside its range with uncertain quality', () => {
    const s = new Sensor(quiet, 1, 100);
    s.update(400, 1000);
    expect(s.value).toBeCloseTo(250 + 0.03125 * 250, 9);
    expect(s.quality).toBe(1);
  });
});
