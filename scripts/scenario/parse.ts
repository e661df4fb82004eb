/**
 * Validation of scenario files: every problem is reported as `file: case X: field: what`, and
 * a file with any problem is not run (exit code 2).
 */
import { ALARM_ACTIONS, type AlarmAction } from '../../server/alarms/actions.ts';
import { parseAlarmConfig } from '../../server/alarms/config-schema.ts';
import { STATE_NAMES } from '../../server/alarms/types.ts';
import type { AlarmExpect, Case, Step, StepInput, TagExpect } from './types.ts';

export const PLANTS = ['workshop5'] as const;
export const SNAPSHOTS = ['normal-operation', 'cold-start'] as const;
const ROLES = ['visitor', 'operator', 'supervisor', 'instructor', 'engineer', 'admin', 'system'];
const STEP_FIELDS = new Set([
  't', 'tag', 'pv', 'quality', 'sp', 'target', 'action', 'alarm', 'user', 'role', 'durationS', 'reason', 'tick',
  'id', 'params', 'interlock', 'on', 'value', 'expect', 'expectRejected', 'expectAudit', 'expectTag', 'expectMaxTag',
]);
const EXPECT_FIELDS = new Set(['state', 'annunciated', 'active', 'chattering', 'firstOut']);
const AUDIT_FIELDS = new Set(['action', 'alarm', 'tag', 'user', 'role', 'result', 'code', 'fromState', 'toState', 'reason', 'durationS', 'oldValue', 'newValue']);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStr = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/** Parses a file's JSON text; returns the cases or the list of problems. */
export function parseScenarioText(file: string, text: string, knownPlantAlarms: ReadonlySet<string>): Case[] | string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [`${file}: not valid JSON (${(e as Error).message})`];
  }
  const errors: string[] = [];
  if (!isObj(json)) return [`${file}: must be an object with "schemaVersion" and "cases"`];
  if (json.schemaVersion !== 1) errors.push(`${file}: schemaVersion: must be 1`);
  if (!Array.isArray(json.cases) || json.cases.length === 0) return [...errors, `${file}: cases: must be a non-empty array`];
  const ids = new Set<string>();
  const cases: Case[] = [];
  json.cases.forEach((raw: unknown, i: number) => {
    const label = isObj(raw) && isStr(raw.id) ? `case ${raw.id}` : `cases[${i}]`;
    const err = (field: string, what: string) => errors.push(`${file}: ${label}: ${field}: ${what}`);
    const c = parseCase(raw, err, knownPlantAlarms);
    if (isObj(raw) && isStr(raw.id)) {
      if (ids.has(raw.id)) err('id', 'is not unique in the file');
      ids.add(raw.id);
    }
    if (c) cases.push(c);
  });
  return errors.length > 0 ? errors : cases;
}

function parseCase(raw: unknown, err: (field: string, what: string) => void, knownPlantAlarms: ReadonlySet<string>): Case | null {
  if (!isObj(raw)) return err('case', 'must be an object'), null;
  let problems = 0;
  const e = (f: string, w: string) => (problems++, err(f, w));
  for (const k of Object.keys(raw)) if (!['id', 'name', 'why', 'plant', 'initial', 'alarms', 'steps'].includes(k)) e(k, 'unknown field');
  if (!isStr(raw.id)) e('id', 'must be a non-empty string');
  if (!isStr(raw.name)) e('name', 'must be a non-empty string');
  if (raw.why !== undefined && typeof raw.why !== 'string') e('why', 'must be a string');
  const plantMode = raw.plant !== undefined;
  if (plantMode && !(PLANTS as readonly string[]).includes(raw.plant as string)) e('plant', `must be one of ${PLANTS.join(', ')}`);
  if (raw.initial !== undefined && !plantMode) e('initial', 'is for plant mode only');
  if (plantMode && raw.initial !== undefined && !(SNAPSHOTS as readonly string[]).includes(raw.initial as string))
    e('initial', `must be one of ${SNAPSHOTS.join(', ')} (the snapshots the simulator has)`);

  const alarms: Case['alarms'] = [];
  if (raw.alarms === undefined && !plantMode) e('alarms', 'alarm mode needs the alarms under test');
  else if (raw.alarms !== undefined && !Array.isArray(raw.alarms)) e('alarms', 'must be an array');
  else if (Array.isArray(raw.alarms)) {
    raw.alarms.forEach((a: unknown, i: number) => {
      const name = isObj(a) && isStr(a.id) ? a.id : `alarms[${i}]`;
      const cfg = parseAlarmConfig(a);
      if (Array.isArray(cfg)) for (const problem of cfg) e(`alarm ${name}: ${problem.split(':')[0]}`, problem.slice(problem.indexOf(':') + 2));
      else if (alarms.some((x) => x.id === cfg.id)) e(`alarm ${name}`, 'id is not unique in the case');
      else alarms.push(cfg);
    });
  }
  const known = new Set([...(plantMode ? knownPlantAlarms : []), ...alarms.map((a) => a.id)]);

  const steps: Step[] = [];
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) e('steps', 'must be a non-empty array');
  else {
    let lastT = 0;
    raw.steps.forEach((s: unknown, i: number) => {
      const step = parseStep(s, i, plantMode, known, (f, w) => e(`steps[${i}]${f ? '.' + f : ''}`, w));
      const t = isObj(s) && isNum(s.t) ? s.t : null;
      if (t !== null && t < lastT) e(`steps[${i}].t`, `must not decrease (previous ${lastT})`);
      if (t !== null) lastT = Math.max(lastT, t);
      if (step) steps.push(step);
    });
  }
  if (problems > 0) return null;
  const c: Case = { id: raw.id as string, name: raw.name as string, alarms, steps };
  if (typeof raw.why === 'string') c.why = raw.why;
  if (plantMode) {
    c.plant = 'workshop5';
    c.initial = (raw.initial as string | undefined) ?? 'normal-operation';
  }
  return c;
}

function parseStep(s: unknown, index: number, plantMode: boolean, known: ReadonlySet<string>, report: (f: string, w: string) => void): Step | null {
  let problems = 0;
  const e = (f: string, w: string) => (problems++, report(f, w));
  if (!isObj(s)) return e('', 'must be an object'), null;
  for (const k of Object.keys(s)) if (!STEP_FIELDS.has(k)) e(k, 'unknown field');
  if (!isNum(s.t) || s.t < 0) e('t', 'must be a number of seconds ≥ 0');
  const input = parseInput(s, plantMode, known, e);
  const step: Step = { index, t: s.t as number, input: input ?? { kind: 'tick' } };

  if (s.expect !== undefined) {
    if (!isObj(s.expect)) e('expect', 'must be an object of alarm → expected state');
    else {
      step.expect = {};
      for (const [alarm, x] of Object.entries(s.expect)) {
        if (!known.has(alarm)) e(`expect.${alarm}`, 'no such alarm in this case');
        if (!isObj(x)) {
          e(`expect.${alarm}`, 'must be an object');
          continue;
        }
        for (const k of Object.keys(x)) if (!EXPECT_FIELDS.has(k)) e(`expect.${alarm}.${k}`, 'unknown field');
        if (x.state !== undefined && !(STATE_NAMES as readonly unknown[]).includes(x.state)) e(`expect.${alarm}.state`, `must be one of ${STATE_NAMES.join(', ')}`);
        for (const b of ['annunciated', 'active', 'chattering', 'firstOut']) if (x[b] !== undefined && typeof x[b] !== 'boolean') e(`expect.${alarm}.${b}`, 'must be true or false');
        step.expect[alarm] = x as AlarmExpect;
      }
    }
  }
  if (s.expectRejected !== undefined) {
    if (typeof s.expectRejected !== 'boolean') e('expectRejected', 'must be true or false');
    else if (!input || input.kind === 'sample' || input.kind === 'tick') e('expectRejected', 'needs an action in the same step');
    else step.expectRejected = s.expectRejected;
  }
  if (s.expectAudit !== undefined) {
    if (!isObj(s.expectAudit)) e('expectAudit', 'must be an object');
    else {
      for (const k of Object.keys(s.expectAudit)) if (!AUDIT_FIELDS.has(k)) e(`expectAudit.${k}`, 'unknown field');
      if (!input || input.kind === 'sample' || input.kind === 'tick') e('expectAudit', 'needs an action in the same step');
      step.expectAudit = s.expectAudit;
    }
  }
  for (const key of ['expectTag', 'expectMaxTag'] as const) {
    const x = s[key];
    if (x === undefined) continue;
    if (!plantMode) e(key, 'is for plant mode only');
    if (!isObj(x)) {
      e(key, 'must be an object of tag → { min, max, equals }');
      continue;
    }
    const out: Record<string, TagExpect> = {};
    for (const [tag, c] of Object.entries(x)) {
      if (!isObj(c) || (c.min === undefined && c.max === undefined && c.equals === undefined)) {
        e(`${key}.${tag}`, 'must have min, max or equals');
        continue;
      }
      if (c.min !== undefined && !isNum(c.min)) e(`${key}.${tag}.min`, 'must be a number');
      if (c.max !== undefined && !isNum(c.max)) e(`${key}.${tag}.max`, 'must be a number');
      if (c.equals !== undefined && !isNum(c.equals) && !isStr(c.equals)) e(`${key}.${tag}.equals`, 'must be a number or a state name');
      out[tag] = c as TagExpect;
    }
    step[key] = out;
  }
  return problems > 0 ? null : step;
}

function parseInput(s: Obj, plantMode: boolean, known: ReadonlySet<string>, e: (f: string, w: string) => void): StepInput | null {
  const who = () => {
    if (!isStr(s.user)) e('user', 'must be a user name');
    if (!ROLES.includes(s.role as string)) e('role', `must be one of ${ROLES.join(', ')}`);
  };
  if (s.action !== undefined) {
    const action = s.action;
    if ((ALARM_ACTIONS as readonly unknown[]).includes(action)) {
      if (!isStr(s.alarm)) e('alarm', 'must be an alarm id');
      else if (!known.has(s.alarm)) e('alarm', `no alarm ${s.alarm} in this case`);
      who();
      if (action === 'shelve') {
        if (!isNum(s.durationS)) e('durationS', 'shelve needs durationS (seconds)');
        if (typeof s.reason !== 'string') e('reason', 'shelve needs a reason (a string)');
      }
      const input: StepInput = { kind: 'alarm-action', action: action as AlarmAction, alarm: s.alarm as string, user: s.user as string, role: s.role as string };
      if (isNum(s.durationS)) input.durationS = s.durationS;
      if (typeof s.reason === 'string') input.reason = s.reason;
      return input;
    }
    const plantOnly = (name: string) => {
      if (!plantMode) e('action', `${name} is for plant mode only`);
    };
    switch (action) {
      case 'write':
        plantOnly('write');
        if (!isStr(s.tag)) e('tag', 'must be a tag name');
        if (!isNum(s.value) && !isStr(s.value)) e('value', 'must be a number or a state/command name');
        who();
        return { kind: 'write', tag: s.tag as string, value: s.value as number | string, user: s.user as string, role: s.role as string };
      case 'malfunction':
        plantOnly('malfunction');
        if (!isStr(s.id) || !/^M\d\d$/.test(s.id)) e('id', 'must be a malfunction id M01…M20');
        if (s.params !== undefined && !isObj(s.params)) e('params', 'must be an object');
        return { kind: 'malfunction', id: s.id as string, params: (s.params as Obj | undefined) ?? {} };
      case 'clearMalfunction':
        plantOnly('clearMalfunction');
        if (!isStr(s.id) || !/^M\d\d$/.test(s.id)) e('id', 'must be a malfunction id M01…M20');
        return { kind: 'clearMalfunction', id: s.id as string };
      case 'bypass':
        plantOnly('bypass');
        if (!isStr(s.interlock) || !/^I-\d\d$/.test(s.interlock)) e('interlock', 'must be an interlock id I-01…I-14');
        if (typeof s.on !== 'boolean') e('on', 'must be true or false');
        who();
        return { kind: 'bypass', interlock: s.interlock as string, on: s.on as boolean, user: s.user as string, role: s.role as string };
      default:
        e('action', `must be one of ${[...ALARM_ACTIONS, 'write', 'malfunction', 'clearMalfunction', 'bypass'].join(', ')}`);
        return null;
    }
  }
  if (s.tag !== undefined) {
    if (plantMode) return e('tag', 'plant mode takes no samples: the simulator makes them'), null;
    if (!isStr(s.tag)) e('tag', 'must be a tag name');
    const input: StepInput = { kind: 'sample', tag: s.tag as string };
    if (s.pv !== undefined) (isNum(s.pv) ? (input.pv = s.pv) : e('pv', 'must be a number'));
    if (s.sp !== undefined) (isNum(s.sp) ? (input.sp = s.sp) : e('sp', 'must be a number'));
    if (s.target !== undefined) (isNum(s.target) ? (input.target = s.target) : e('target', 'must be a number'));
    if (s.quality !== undefined) (s.quality === 'good' || s.quality === 'bad' ? (input.quality = s.quality) : e('quality', 'must be "good" or "bad"'));
    if (s.pv === undefined && s.sp === undefined && s.target === undefined && s.quality === undefined) e('tag', 'a sample needs pv, quality, sp or target');
    return input;
  }
  if (s.tick !== undefined && s.tick !== true) e('tick', 'must be true');
  return { kind: 'tick' };
}
