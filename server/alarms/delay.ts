/**
 * On-delay and off-delay: the raw condition must disagree with the debounced one continuously for
 * the delay before the debounced condition follows; an interruption restarts the timer.
 */
export interface Debounced {
  active: boolean;
  pendingSince: number | null;
  /** When the debounced condition changed (the timer's expiry, not the evaluation time), ms. */
  flippedAt: number | null;
}

export function debounce(active: boolean, pendingSince: number | null, raw: boolean, now: number, onDelayS: number, offDelayS: number): Debounced {
  if (raw === active) return { active, pendingSince: null, flippedAt: null };
  const since = pendingSince ?? now;
  const due = since + (raw ? onDelayS : offDelayS) * 1000;
  if (now >= due) return { active: raw, pendingSince: null, flippedAt: due };
  return { active, pendingSince: since, flippedAt: null };
}
