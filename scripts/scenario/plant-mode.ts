/**
 * Plant mode: Workshop 5 in-process (simulator/index.ts), stepped at maximum speed between the
 * case's steps, with the plant's alarm database (plus the case's overrides) evaluated after every
 * plant step. Writes, malfunctions and bypasses go to the plant as simulator commands.
 */
import { createPlant, PLANT_STEP_S, type Plant, type SimCommand, type SimReply } from '../../simulator/index.ts';
import { AlarmSet } from '../../server/alarms/alarm-set.ts';
import { bindAlarms, type Binding } from '../../server/alarms/binding.ts';
import { loadAlarmDatabase, type AlarmDatabase, type DbAlarm } from '../../server/alarms/database.ts';
import { suppressionHolds, type PlantView } from '../../server/alarms/suppression.ts';
import { isRole, may, type Permission } from '../../server/auth/roles.ts';
import { checkAlarms, checkAudit, checkTags } from './checks.ts';
import type { Case, CaseResult } from './types.ts';

const QUALITY = ['good', 'uncertain', 'bad'] as const;
let db: AlarmDatabase | null = null;

function database(): AlarmDatabase {
  return (db ??= loadAlarmDatabase());
}

/** Alarm ids of the plant's database (scenario validation accepts them in plant mode). */
export function plantAlarmIds(): Set<string> {
  return new Set(database().alarms.map((a) => a.id));
}

export function runPlantCase(file: string, c: Case): CaseResult {
  const result = (extra: Partial<CaseResult>): CaseResult => ({ file, id: c.id, name: c.name, ...(c.why ? { why: c.why } : {}), ok: true, ...extra });
  const plant = createPlant({ seed: 1, initial: c.initial ?? 'normal-operation' } as Parameters<typeof createPlant>[0]);
  const catalog = plant.catalog();
  const overrides = new Map(c.alarms.map((a) => [a.id, a]));
  const alarms: DbAlarm[] = database().alarms.map((a) => (overrides.has(a.id) ? { ...a, ...overrides.get(a.id)! } : a));
  for (const a of c.alarms) if (!alarms.some((x) => x.id === a.id)) alarms.push({ ...a, unit: '', rationale: NO_RATIONALE });
  const { bound } = bindAlarms(catalog, alarms.filter((a) => !a.source?.system));
  const set = new AlarmSet(bound.map((b) => b.alarm), { hornPriorities: database().horn });
  const meta = new Map(catalog.tags.map((t) => [t.name, t]));
  const view: PlantView = {
    stateOf: (tag) => (meta.get(tag)?.states ? meta.get(tag)!.states![plant.value(tag)] : undefined),
    simulatorLinked: true,
  };
  const read = (tag: string): number | string | undefined => {
    const name = meta.has(tag) ? tag : meta.has(`${tag}.PV`) ? `${tag}.PV` : null;
    if (!name) return undefined;
    const m = meta.get(name)!;
    return m.states ? m.states[plant.value(name)] : plant.value(name);
  };
  const t0 = plant.t;

  for (const step of c.steps) {
    const until = t0 + step.t * 1000;
    const maxima = new Map<string, number>();
    const watch = Object.keys(step.expectMaxTag ?? {});
    while (plant.t < until - 1e-6) {
      plant.step(Math.min(PLANT_STEP_S, (until - plant.t) / 1000));
      sampleAll(plant, bound, set, view);
      for (const tag of watch) {
        const v = read(tag);
        if (typeof v === 'number') maxima.set(tag, Math.max(maxima.get(tag) ?? -Infinity, v));
      }
    }
    set.tick(until);
    let audit: Record<string, unknown> | null = null;
    let changed = false;
    const input = step.input;
    switch (input.kind) {
      case 'alarm-action': {
        const before = JSON.stringify(set.state(input.alarm));
        audit = { ...set.act(input, until).audit };
        changed = JSON.stringify(set.state(input.alarm)) !== before;
        break;
      }
      case 'write': {
        const old = read(input.tag);
        const r = asUser(input.role, 'operate', () => plant.write(input.tag, input.value));
        audit = { action: 'write', tag: input.tag, user: input.user, role: input.role, result: r.ok ? 'accepted' : 'rejected', code: r.ok ? null : r.code, oldValue: old, newValue: r.ok ? read(input.tag) : old };
        changed = r.ok;
        break;
      }
      case 'malfunction':
      case 'clearMalfunction':
      case 'bypass': {
        const cmd =
          input.kind === 'bypass'
            ? { type: 'bypass', interlock: input.interlock, on: input.on }
            : input.kind === 'malfunction'
              ? { type: 'malfunction', id: input.id, params: input.params }
              : { type: 'clearMalfunction', id: input.id };
        const role = input.kind === 'bypass' ? input.role : 'instructor';
        const r = asUser(role, input.kind === 'bypass' ? 'supervise' : 'instruct', () => plant.command(cmd as unknown as SimCommand));
        if (!r.ok && r.code === 'INVALID_COMMAND') return result({ ok: false, error: `step ${step.index}: the simulator does not support ${input.kind} yet (${r.detail ?? r.code})` });
        audit = { action: input.kind, ...(input.kind === 'bypass' ? { user: input.user, role } : { role }), result: r.ok ? 'accepted' : 'rejected', code: r.ok ? null : r.code };
        changed = r.ok;
        break;
      }
      case 'sample':
      case 'tick':
        break;
    }
    if (input.kind !== 'tick') sampleAll(plant, bound, set, view);
    const m =
      checkAlarms(step, set) ??
      checkAudit(step, audit, changed) ??
      checkTags(step, 'expectTag', read) ??
      checkTags(step, 'expectMaxTag', (tag) => maxima.get(tag) ?? read(tag));
    if (m) return result({ ok: false, mismatch: m });
  }
  return result({});
}

/** Feeds every bound alarm from the plant, applies designed suppression, then evaluates them all at the plant time. */
function sampleAll(plant: Plant, bound: Binding[], set: AlarmSet, view: PlantView): void {
  const now = plant.t;
  for (const b of bound) {
    if (b.pv === null) continue;
    set.setInput(b.alarm.tag, {
      pv: plant.value(b.pv),
      quality: QUALITY[plant.quality(b.pv)],
      ...(b.sp ? { sp: plant.value(b.sp) } : {}),
      ...(b.target ? { target: plant.value(b.target) } : {}),
    });
  }
  applySuppression(bound, set, view, now);
  set.tick(now);
}

export function applySuppression(bound: Binding[], set: AlarmSet, view: PlantView, now: number): void {
  for (const b of bound) {
    if (!b.alarm.suppressWhen) continue;
    const want = suppressionHolds(b.alarm.suppressWhen, view);
    const s = set.state(b.alarm.id);
    if (want === null || !s || want === s.suppressed) continue;
    set.act({ action: want ? 'suppress' : 'unsuppress', alarm: b.alarm.id, user: 'system', role: 'system' }, now);
  }
}

type Reply = SimReply | { ok: false; code: 'NOT_AUTHORIZED'; detail: string };

/** Runs a plant command if the role may; a refusal by role never reaches the plant. */
function asUser(role: string, need: Permission, run: () => SimReply): Reply {
  if (!isRole(role) || !may(role, need)) return { ok: false, code: 'NOT_AUTHORIZED', detail: `${role} may not` };
  return run();
}

const NO_RATIONALE = {
  cause: { zh: '场景定义', en: 'defined by the scenario' },
  consequence: { zh: '场景定义', en: 'defined by the scenario' },
  action: { zh: '场景定义', en: 'defined by the scenario' },
  timeToRespondS: 600,
};

