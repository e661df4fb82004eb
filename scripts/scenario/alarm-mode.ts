/**
 * Alarm mode: the alarms under test, driven by the case's samples, ticks and actions at the
 * case's times. At each step, timer expiries first (a tick at t), then the step's input, then checks.
 */
import { AlarmSet } from '../../server/alarms/alarm-set.ts';
import { checkAlarms, checkAudit } from './checks.ts';
import type { Case, CaseResult } from './types.ts';

/** Plant time of t = 0 in alarm mode, epoch ms (the simulator's default start). */
export const CASE_START_T = Date.UTC(2025, 0, 6, 0, 0, 0);

export function runAlarmCase(file: string, c: Case): CaseResult {
  const set = new AlarmSet(c.alarms);
  const result = (extra: Partial<CaseResult>): CaseResult => ({ file, id: c.id, name: c.name, ...(c.why ? { why: c.why } : {}), ok: true, ...extra });
  for (const step of c.steps) {
    const now = CASE_START_T + step.t * 1000;
    set.tick(now);
    let audit: Record<string, unknown> | null = null;
    let changed = false;
    const input = step.input;
    switch (input.kind) {
      case 'sample': {
        const fields: Parameters<AlarmSet['sample']>[1] = {};
        if (input.pv !== undefined) fields.pv = input.pv;
        if (input.sp !== undefined) fields.sp = input.sp;
        if (input.target !== undefined) fields.target = input.target;
        if (input.quality !== undefined) fields.quality = input.quality;
        set.sample(input.tag, fields, now);
        break;
      }
      case 'alarm-action': {
        const before = JSON.stringify(set.state(input.alarm));
        const r = set.act(input, now);
        audit = { ...r.audit };
        changed = JSON.stringify(set.state(input.alarm)) !== before;
        break;
      }
      case 'tick':
        break;
      default:
        return result({ ok: false, error: `step ${step.index}: ${input.kind} is for plant mode` });
    }
    const m = checkAlarms(step, set) ?? checkAudit(step, audit, changed);
    if (m) return result({ ok: false, mismatch: m });
  }
  return result({});
}
