/** Comparing a step's expectations with what happened; the first mismatch fails the case. */
import type { AlarmSet } from '../../server/alarms/alarm-set.ts';
import type { Mismatch, Step, TagExpect } from './types.ts';

export function checkAlarms(step: Step, set: AlarmSet): Mismatch | null {
  for (const [alarm, want] of Object.entries(step.expect ?? {})) {
    const got = set.view(alarm);
    for (const [field, expected] of Object.entries(want)) {
      const actual = got ? got[field as keyof typeof got] : 'no such alarm';
      if (actual !== expected) return { step: step.index, t: step.t, what: `${alarm}.${field}`, expected, actual };
    }
  }
  return null;
}

/** `audit` is the record of the step's action (null if it had none). */
export function checkAudit(step: Step, audit: Record<string, unknown> | null, changed: boolean): Mismatch | null {
  if (step.expectRejected !== undefined) {
    const rejected = audit?.result === 'rejected';
    if (rejected !== step.expectRejected) return { step: step.index, t: step.t, what: 'rejected', expected: step.expectRejected, actual: audit?.result ?? 'no audit' };
    if (rejected && changed) return { step: step.index, t: step.t, what: 'rejected action changed nothing', expected: true, actual: false };
  }
  for (const [field, expected] of Object.entries(step.expectAudit ?? {})) {
    const actual = audit ? audit[field] : 'no audit';
    if (actual !== expected) return { step: step.index, t: step.t, what: `audit.${field}`, expected, actual };
  }
  return null;
}

/** `read` gives a tag's value (number) or state name; undefined if the tag is unknown. */
export function checkTags(step: Step, key: 'expectTag' | 'expectMaxTag', read: (tag: string) => number | string | undefined): Mismatch | null {
  for (const [tag, want] of Object.entries(step[key] ?? {})) {
    const v = read(tag);
    const m = compare(want, v);
    if (m) return { step: step.index, t: step.t, what: `${key === 'expectMaxTag' ? 'max ' : ''}${tag}${m.field}`, expected: m.expected, actual: v ?? 'no such tag' };
  }
  return null;
}

function compare(want: TagExpect, v: number | string | undefined): { field: string; expected: unknown } | null {
  if (want.equals !== undefined && v !== want.equals) return { field: '', expected: want.equals };
  if (want.min !== undefined && !(typeof v === 'number' && v >= want.min)) return { field: ' ≥', expected: want.min };
  if (want.max !== undefined && !(typeof v === 'number' && v <= want.max)) return { field: ' ≤', expected: want.max };
  return null;
}

export function formatMismatch(m: Mismatch): string {
  return `step ${m.step} (t=${m.t} s): ${m.what} expected ${JSON.stringify(m.expected)}, actual ${JSON.stringify(m.actual)}`;
}
