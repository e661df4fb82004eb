/**
 * HI / HIHI / LO / LOLO: absolute limits with deadband. HI activates when pv > limit and clears
 * when pv < limit − deadband; LO mirrors it (activates below, clears above limit + deadband).
 */
export function highCondition(active: boolean, pv: number, limit: number, deadband: number): boolean {
  return active ? pv >= limit - deadband : pv > limit;
}

export function lowCondition(active: boolean, pv: number, limit: number, deadband: number): boolean {
  return active ? pv <= limit + deadband : pv < limit;
}
