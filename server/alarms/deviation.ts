/**
 * DEV_HI / DEV_LO: deviation from the setpoint. DEV_HI: pv − sp > limit; DEV_LO: sp − pv > limit.
 * The deadband applies to the deviation. No setpoint known ⇒ null (the alarm holds its state).
 */
import { highCondition } from './limit.ts';

export function deviationCondition(
  type: 'DEV_HI' | 'DEV_LO',
  active: boolean,
  pv: number,
  sp: number | null,
  limit: number,
  deadband: number,
): boolean | null {
  if (sp === null) return null;
  const deviation = type === 'DEV_HI' ? pv - sp : sp - pv;
  return highCondition(active, deviation, limit, deadband);
}
