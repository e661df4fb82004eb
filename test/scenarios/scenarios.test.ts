/**
 * Every scenario file in this folder must pass; and the runner must fail (exit 1, printing the
 * mismatch) on a wrong expectation and refuse (exit 2, naming file/case/field) an invalid file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMismatch, runScenarios } from '../../scripts/scenario/index.ts';

const HERE = 'test/scenarios';

function cli(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenario.ts', ...files], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const HI = { id: 'FI-101.HI', tag: 'FI-101', type: 'HI', limit: 80, deadband: 5, onDelayS: 0, offDelayS: 0, latching: false, priority: 'high', measurement: 'flow', rangeLo: 0, rangeHi: 100, maxShelveS: 3600 };

describe('scenario files', () => {
  it('all pass (alarm mode and plant mode)', { timeout: 120_000 }, () => {
    const report = runScenarios([HERE]);
    expect(report.invalid).toEqual([]);
    const failures = report.results.filter((r) => !r.ok).map((r) => `${r.id} ${r.name}: ${r.mismatch ? formatMismatch(r.mismatch) : r.error}`);
    expect(failures).toEqual([]);
    expect(report.results.filter((r) => !r.file.includes('/plant/')).length).toBeGreaterThanOrEqual(40);
    expect(report.results.filter((r) => r.file.includes('/plant/')).length).toBeGreaterThanOrEqual(12);
  });

  it('a wrong expectation fails with the mismatch printed and exit code 1', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-scenario-'));
    const file = join(dir, 'wrong.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        cases: [
          { id: 'W01', name: 'right', alarms: [HI], steps: [{ t: 0, tag: 'FI-101', pv: 90, expect: { 'FI-101.HI': { state: 'Unacknowledged' } } }] },
          { id: 'W02', name: 'deliberately-wrong', why: 'expects Normal above the limit', alarms: [HI], steps: [{ t: 0, tag: 'FI-101', pv: 50 }, { t: 5, tag: 'FI-101', pv: 90, expect: { 'FI-101.HI': { state: 'Normal' } } }] },
        ],
      }),
    );
    const r = cli(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ok W01 right');
    expect(r.out).toContain('FAIL W02 deliberately-wrong');
    expect(r.out).toContain('step 1 (t=5 s): FI-101.HI.state expected "Normal", actual "Unacknowledged"');
    expect(r.out).toContain('why: expects Normal above the limit');
    expect(r.out.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('an invalid file is refused with file, case and field, exit code 2, and nothing runs', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-scenario-'));
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, cases: [{ id: 'I01', name: 'bad', alarms: [{ ...HI, deadband: -1 }], steps: [{ t: 0, tag: 'FI-101', pv: 1 }] }] }));
    const r = cli(file, join(HERE, 'alarm', 'limits.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}: case I01: alarm FI-101.HI: deadband: must be a number ≥ 0`);
    expect(r.out).not.toContain('passed');
  });
});
