/** A scenario file after validation (scenario-format.md). */
import type { AlarmConfig, AlarmStateName } from '../../server/alarms/types.ts';
import type { AlarmAction } from '../../server/alarms/actions.ts';

export interface AlarmExpect {
  state?: AlarmStateName;
  annunciated?: boolean;
  /** Extensions: condition active, chattering flag, first-out of its trip group. */
  active?: boolean;
  chattering?: boolean;
  firstOut?: boolean;
}

export interface TagExpect {
  min?: number;
  max?: number;
  equals?: number | string;
}

export type StepInput =
  | { kind: 'sample'; tag: string; pv?: number; quality?: 'good' | 'bad'; sp?: number; target?: number }
  | { kind: 'alarm-action'; action: AlarmAction; alarm: string; user: string; role: string; durationS?: number; reason?: string }
  | { kind: 'write'; tag: string; value: number | string; user: string; role: string }
  | { kind: 'malfunction'; id: string; params: Record<string, unknown> }
  | { kind: 'clearMalfunction'; id: string }
  | { kind: 'bypass'; interlock: string; on: boolean; user: string; role: string }
  | { kind: 'tick' };

export interface Step {
  index: number;
  /** Seconds from the start of the case. */
  t: number;
  input: StepInput;
  expect?: Record<string, AlarmExpect>;
  expectRejected?: boolean;
  expectAudit?: Record<string, unknown>;
  expectTag?: Record<string, TagExpect>;
  expectMaxTag?: Record<string, TagExpect>;
}

export interface Case {
  id: string;
  name: string;
  why?: string;
  plant?: 'workshop5';
  initial?: string;
  alarms: AlarmConfig[];
  steps: Step[];
}

export interface ScenarioFile {
  file: string;
  cases: Case[];
}

export interface Mismatch {
  step: number;
  t: number;
  /** Alarm, tag or `audit` / `rejected`. */
  what: string;
  expected: unknown;
  actual: unknown;
}

export interface CaseResult {
  file: string;
  id: string;
  name: string;
  why?: string;
  ok: boolean;
  mismatch?: Mismatch;
  /** A run-time problem (e.g. the simulator lacks a feature the case needs). */
  error?: string;
}
