/**
 * DISCREPANCY: feedback disagrees with the commanded target, |pv − target| > tolerance. The time
 * the equipment may take to follow (`expectedTimeS`) is applied as an on-delay by the evaluator.
 * No target known ⇒ no discrepancy.
 */
export function discrepancyCondition(pv: number, target: number | null, tolerance: number): boolean {
  return target !== null && Math.abs(pv - target) > tolerance;
}
