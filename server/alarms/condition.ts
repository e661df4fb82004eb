/**
 * The raw condition of one alarm from its latest input: true (abnormal), false (normal), or null
 * when the input is not a measurement (bad quality for process alarms, no value yet): the alarm
 * then holds its state.
 */
import { badPvCondition } from './bad-pv.ts';
import { deviationCondition } from './deviation.ts';
import { discrepancyCondition } from './discrepancy.ts';
import { highCondition, lowCondition } from './limit.ts';
import { rate, rocCondition, type History } from './roc.ts';
import { assertNever, type AlarmConfig, type AlarmInput } from './types.ts';

export function rawCondition(cfg: AlarmConfig, active: boolean, input: AlarmInput, history: History, now: number): boolean | null {
  const type = cfg.type;
  if (type === 'BAD_PV') return badPvCondition(input.quality);
  const pv = input.pv;
  if (pv === null || input.quality === 'bad') return null;
  const limit = cfg.limit ?? 0;
  switch (type) {
    case 'HI':
    case 'HIHI':
      return highCondition(active, pv, limit, cfg.deadband);
    case 'LO':
    case 'LOLO':
      return lowCondition(active, pv, limit, cfg.deadband);
    case 'DEV_HI':
    case 'DEV_LO':
      return deviationCondition(type, active, pv, input.sp, limit, cfg.deadband);
    case 'ROC_POS':
    case 'ROC_NEG':
      return rocCondition(type, active, rate(history, now, rocWindowMs(cfg)), limit, cfg.deadband);
    case 'DISCREPANCY':
      return discrepancyCondition(pv, input.target, cfg.tolerance ?? 0);
    default:
      return assertNever(type);
  }
}

export function rocWindowMs(cfg: AlarmConfig): number {
  return (cfg.rocWindowS ?? 5) * 1000;
}

/** On-delay in seconds: DISCREPANCY adds the time the equipment may take to follow. */
export function onDelayOf(cfg: AlarmConfig): number {
  return cfg.type === 'DISCREPANCY' ? cfg.onDelayS + (cfg.expectedTimeS ?? 0) : cfg.onDelayS;
}
