/**
 * Validation of one AlarmConfig (scenario files and the alarm database share it). Errors are
 * strings naming the field; the caller prefixes file and alarm.
 */
import { ALARM_TYPES, PRIORITIES, type AlarmConfig, type AlarmType } from './types.ts';

const KNOWN_FIELDS = new Set([
  'id', 'tag', 'type', 'limit', 'deadband', 'onDelayS', 'offDelayS', 'latching', 'priority', 'measurement',
  'rangeLo', 'rangeHi', 'maxShelveS', 'rocWindowS', 'expectedTimeS', 'tolerance', 'tripGroup',
]);

const NO_LIMIT: readonly AlarmType[] = ['BAD_PV', 'DISCREPANCY'];

/** Parses `x` into an AlarmConfig, or returns the problems (`field: what is wrong`). */
export function parseAlarmConfig(x: unknown, extraFields: ReadonlySet<string> = new Set()): AlarmConfig | string[] {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return ['alarm: must be an object'];
  const o = x as Record<string, unknown>;
  const errors: string[] = [];
  const need = (ok: boolean, field: string, what: string) => {
    if (!ok) errors.push(`${field}: ${what}`);
  };
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const nonNeg = (v: unknown) => num(v) && (v as number) >= 0;

  for (const k of Object.keys(o)) need(KNOWN_FIELDS.has(k) || extraFields.has(k), k, 'unknown field');
  need(typeof o.tag === 'string' && o.tag.length > 0 && o.tag.length <= 64, 'tag', 'must be a tag name');
  need(typeof o.type === 'string' && (ALARM_TYPES as readonly string[]).includes(o.type), 'type', `must be one of ${ALARM_TYPES.join(', ')}`);
  const type = o.type as AlarmType;
  need(typeof o.id === 'string' && o.id === `${String(o.tag)}.${type === 'DISCREPANCY' ? 'DISC' : type}` || o.id === `${String(o.tag)}.${type}`, 'id', `must be "<tag>.<TYPE>" (${String(o.tag)}.${String(type)})`);
  if (NO_LIMIT.includes(type)) need(o.limit === null || o.limit === undefined, 'limit', `must be null for ${type}`);
  else need(num(o.limit), 'limit', 'must be a number (engineering units)');
  need(nonNeg(o.deadband), 'deadband', 'must be a number ≥ 0');
  need(nonNeg(o.onDelayS), 'onDelayS', 'must be a number of seconds ≥ 0');
  need(nonNeg(o.offDelayS), 'offDelayS', 'must be a number of seconds ≥ 0');
  need(typeof o.latching === 'boolean', 'latching', 'must be true or false');
  need(typeof o.priority === 'string' && (PRIORITIES as readonly string[]).includes(o.priority), 'priority', `must be one of ${PRIORITIES.join(', ')}`);
  need(typeof o.measurement === 'string' && o.measurement.length > 0, 'measurement', 'must be a measurement type');
  need(o.rangeLo === null || o.rangeLo === undefined || num(o.rangeLo), 'rangeLo', 'must be a number or null');
  need(o.rangeHi === null || o.rangeHi === undefined || num(o.rangeHi), 'rangeHi', 'must be a number or null');
  if (num(o.rangeLo) && num(o.rangeHi)) need((o.rangeLo as number) < (o.rangeHi as number), 'rangeHi', 'must be above rangeLo');
  need(num(o.maxShelveS) && (o.maxShelveS as number) > 0, 'maxShelveS', 'must be a number of seconds > 0');
  if (type === 'ROC_POS' || type === 'ROC_NEG') need(num(o.rocWindowS) && (o.rocWindowS as number) > 0, 'rocWindowS', 'must be a number of seconds > 0 for ROC alarms');
  else need(o.rocWindowS === undefined, 'rocWindowS', 'is for ROC alarms only');
  if (type === 'DISCREPANCY') {
    need(nonNeg(o.expectedTimeS), 'expectedTimeS', 'must be a number of seconds ≥ 0 for DISCREPANCY');
    need(o.tolerance === undefined || nonNeg(o.tolerance), 'tolerance', 'must be a number ≥ 0');
  } else {
    need(o.expectedTimeS === undefined, 'expectedTimeS', 'is for DISCREPANCY alarms only');
    need(o.tolerance === undefined, 'tolerance', 'is for DISCREPANCY alarms only');
  }
  need(o.tripGroup === undefined || (typeof o.tripGroup === 'string' && o.tripGroup.length > 0), 'tripGroup', 'must be a group name');
  if (errors.length > 0) return errors;

  const cfg: AlarmConfig = {
    id: o.id as string,
    tag: o.tag as string,
    type,
    limit: NO_LIMIT.includes(type) ? null : (o.limit as number),
    deadband: o.deadband as number,
    onDelayS: o.onDelayS as number,
    offDelayS: o.offDelayS as number,
    latching: o.latching as boolean,
    priority: o.priority as AlarmConfig['priority'],
    measurement: o.measurement as string,
    rangeLo: (o.rangeLo as number | null | undefined) ?? null,
    rangeHi: (o.rangeHi as number | null | undefined) ?? null,
    maxShelveS: o.maxShelveS as number,
  };
  if (o.rocWindowS !== undefined) cfg.rocWindowS = o.rocWindowS as number;
  if (o.expectedTimeS !== undefined) cfg.expectedTimeS = o.expectedTimeS as number;
  if (o.tolerance !== undefined) cfg.tolerance = o.tolerance as number;
  if (o.tripGroup !== undefined) cfg.tripGroup = o.tripGroup as string;
  return cfg;
}
