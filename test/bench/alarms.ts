/**
 * Alarm engine throughput for 10,000 configured alarms (target ≥ 1,000,000 sample evaluations per
 * second on one core), the same through AlarmSet (samples + tick, as the server's shell uses it),
 * and the time to run the whole scenario folder.
 */
import { AlarmSet } from '../../server/alarms/alarm-set.ts';
import { evaluate } from '../../server/alarms/evaluate.ts';
import { initialState, type AlarmConfig, type AlarmInput, type AlarmState, type AlarmType } from '../../server/alarms/types.ts';
import { runScenarios } from '../../scripts/scenario/index.ts';
import type { BenchRow } from './row.ts';

const N = 10_000;
const TYPES: AlarmType[] = ['HI', 'HIHI', 'LO', 'LOLO', 'HI', 'LO', 'DEV_HI', 'DEV_LO', 'ROC_POS', 'BAD_PV'];

function configs(): AlarmConfig[] {
  return Array.from({ length: N }, (_, i) => {
    const type = TYPES[i % TYPES.length]!;
    const tag = `T-${Math.floor(i / TYPES.length)}`;
    const limit = type === 'BAD_PV' ? null : type.startsWith('DEV') ? 5 : type === 'ROC_POS' ? 2 : type.startsWith('HI') ? 80 : 20;
    return {
      id: `${tag}.${type}${i}`, tag, type, limit, deadband: 1, onDelayS: i % 3 === 0 ? 5 : 0, offDelayS: 0, latching: false,
      priority: 'medium', measurement: 'flow', rangeLo: 0, rangeHi: 100, maxShelveS: 3600, ...(type === 'ROC_POS' ? { rocWindowS: 5 } : {}),
    };
  });
}

/** A process value that wanders across the limits now and then. */
const pvAt = (tag: number, round: number) => 50 + 45 * Math.sin(tag * 0.7 + round * 0.05);

/** CPU seconds (user + system) of this process since `start`: one core's work, whatever else runs. */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

export async function bench(): Promise<BenchRow[]> {
  const cfg = configs();
  // Raw engine: evaluate(prev, sample, now, cfg) for every alarm, many rounds.
  const states: AlarmState[] = cfg.map(() => initialState());
  const inputs: AlarmInput[] = cfg.map(() => ({ pv: 50, quality: 'good', sp: 50, target: null }));
  const rounds = 200;
  const tagsN = N / TYPES.length;
  // The process values are made before the clock starts: only the engine is timed.
  const pvs = Array.from({ length: rounds }, (_, r) => Float64Array.from({ length: tagsN }, (_, k) => pvAt(k, r)));
  let transitions = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    const now = r * 1000;
    for (let i = 0; i < N; i++) {
      const input = inputs[i]!;
      input.pv = pvs[r]![(i / TYPES.length) | 0]!;
      const out = evaluate(states[i]!, input, now, cfg[i]!);
      states[i] = out.next;
      transitions += out.events.length;
    }
  }
  const rawPerS = (rounds * N) / ((performance.now() - t0) / 1000);
  const rawPerCpuS = (rounds * N) / cpuSeconds(cpu0);

  // Through AlarmSet: one input per tag, then a tick (how the server evaluates a frame).
  const set = new AlarmSet(cfg);
  const tags = [...set.tags()];
  const setRounds = 100;
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  for (let r = 0; r < setRounds; r++) {
    const row = pvs[r]!;
    tags.forEach((tag, k) => set.setInput(tag, { pv: row[k]!, sp: 50, quality: 'good' }));
    set.tick(r * 1000);
  }
  const setPerS = (setRounds * N) / ((performance.now() - t1) / 1000);
  const setPerCpuS = (setRounds * N) / cpuSeconds(cpu1);

  const t2 = performance.now();
  const report = runScenarios(['test/scenarios']);
  const scenarioMs = performance.now() - t2;
  if (report.invalid.length > 0 || report.failed > 0) throw new Error(`scenario folder: ${report.invalid.length} invalid, ${report.failed} failed`);

  return [
    { name: `alarm evaluate() with ${N} alarms (${transitions} transitions), per CPU s`, value: Math.round(rawPerCpuS), unit: 'evaluations/CPU s', target: '≥ 1,000,000 on one core' },
    { name: `alarm evaluate() with ${N} alarms, per wall s`, value: Math.round(rawPerS), unit: 'evaluations/s', target: '≥ 1,000,000 on one core' },
    { name: `AlarmSet frame (inputs + tick), ${N} alarms, per CPU s`, value: Math.round(setPerCpuS), unit: 'evaluations/CPU s', target: '≥ 1,000,000 on one core' },
    { name: `AlarmSet frame (inputs + tick), ${N} alarms, per wall s`, value: Math.round(setPerS), unit: 'evaluations/s' },
    { name: `scenario folder (${report.passed} cases)`, value: Math.round(scenarioMs), unit: 'ms' },
  ];
}
