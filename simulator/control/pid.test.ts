import { describe, expect, it } from 'vitest';
import { Pid, type PidTuning } from './pid.ts';

const span = { lo: 0, hi: 100 };
const pi = (action: PidTuning['action']): PidTuning => ({ kc: 1, tiS: 10, tdS: 0, beta: 1, gamma: 0, action });

describe('Pid', () => {
  it('anti-reset-windup: after long saturation the output leaves the limit as soon as the error reverses', () => {
    const pid = new Pid(pi('reverse'), span, 50);
    for (let i = 0; i < 2000; i++) pid.update(50, 40, 0.5); // 1000 s of +10 % error
    expect(pid.out).toBe(100);
    const next = pid.update(50, 51, 0.5); // error reverses by a little
    expect(next).toBeLessThan(100);
    expect(next).toBeGreaterThan(85);
    // Without back-calculation the reset would hold ~10 000 % and the output would sit at 100.
    expect(pid.reset).toBeLessThan(120);
  });

  it('anti-windup also at the low limit', () => {
    const pid = new Pid(pi('reverse'), span, 50);
    for (let i = 0; i < 2000; i++) pid.update(50, 60, 0.5);
    expect(pid.out).toBe(0);
    expect(pid.update(50, 49, 0.5)).toBeGreaterThan(0);
  });

  it('direct action raises the output when PV rises above SP; reverse lowers it', () => {
    const direct = new Pid(pi('direct'), span, 50);
    const reverse = new Pid(pi('reverse'), span, 50);
    expect(direct.update(50, 55, 0.5)).toBeGreaterThan(50);
    expect(reverse.update(50, 55, 0.5)).toBeLessThan(50);
  });

  it('acts on percent of span: the same error in EU gives a larger move on a narrower span', () => {
    const wide = new Pid(pi('reverse'), { lo: 0, hi: 250 }, 50);
    const narrow = new Pid(pi('reverse'), { lo: 0, hi: 25 }, 50);
    const dWide = wide.update(100, 99, 0.5) - 50;
    const dNarrow = narrow.update(10, 9, 0.5) - 50;
    expect(dNarrow / dWide).toBeCloseTo(10, 9);
  });

  it('P-only: output is the bias at PV = SP and bias + Kc·error otherwise, with no drift in time', () => {
    const pid = new Pid({ kc: 2, tiS: Infinity, tdS: 0, beta: 1, gamma: 0, action: 'direct' }, span, 50);
    expect(pid.update(60, 60, 0.5)).toBe(50);
    for (let i = 0; i < 1000; i++) pid.update(60, 65, 0.5);
    expect(pid.out).toBeCloseTo(60, 12);
    expect(pid.update(60, 60, 0.5)).toBe(50); // saturation or time did not move the bias
  });

  it('bumpless MAN → AUTO: the first computed output continues from the manual output', () => {
    const pid = new Pid(pi('reverse'), span, 0);
    pid.track(37, 50, 50); // manual at 37 %, SP tracking PV
    const first = pid.update(50, 50, 0.5);
    expect(first).toBe(37);
  });

  it('integrates a steady error at Kc/τI per second', () => {
    const pid = new Pid(pi('reverse'), span, 50);
    pid.track(50, 50, 50);
    pid.update(51, 50, 0.5); // P kick 1 %, integral 1 %·0.5 s/10 s
    expect(pid.out).toBeCloseTo(51.05, 12);
    pid.update(51, 50, 0.5);
    expect(pid.out).toBeCloseTo(51.1, 12);
  });

  it('filters the derivative: a PV step gives a bounded kick that decays', () => {
    const pid = new Pid({ kc: 1, tiS: Infinity, tdS: 10, beta: 1, gamma: 0, action: 'reverse' }, span, 50);
    pid.track(50, 50, 50);
    const kick = pid.update(50, 51, 0.5) - 50 + 1; // minus the P part (−1 %)
    expect(kick).toBeLessThan(0);
    expect(Math.abs(kick)).toBeLessThan(10); // raw derivative would be 10·(1/0.5) = 20 %
    for (let i = 0; i < 40; i++) pid.update(50, 51, 0.5);
    expect(pid.out).toBeCloseTo(49, 3);
  });
});
