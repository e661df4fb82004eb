/**
 * ROC_POS / ROC_NEG: rate of change over a window, rate = (pv(t) − pv(t − window)) / window,
 * in EU per second. Values hold between samples, so the history keeps change points only:
 * pv(t') is the value of the last entry at or before t'. Before the first sample the history
 * starts with its oldest entry (no rate from nothing).
 */
import { highCondition } from './limit.ts';

export type History = [number, number][];

/** History with `pv` at `now` recorded and entries older than the window dropped (a new array if changed). */
export function record(history: History, now: number, pv: number, windowMs: number): History {
  const last = history[history.length - 1];
  let h = history;
  if (!last || last[1] !== pv) h = [...history, [now, pv]];
  // Keep exactly one entry at or before now − window: it is pv(now − window).
  const edge = now - windowMs;
  let drop = 0;
  while (drop + 1 < h.length && h[drop + 1]![0] <= edge) drop++;
  return drop > 0 ? h.slice(drop) : h;
}

/** Rate over the window, EU/s; 0 when the history is empty. */
export function rate(history: History, now: number, windowMs: number): number {
  if (history.length === 0) return 0;
  const edge = now - windowMs;
  let then = history[0]![1];
  for (const [t, v] of history) {
    if (t <= edge) then = v;
    else break;
  }
  const current = history[history.length - 1]![1];
  return (current - then) / (windowMs / 1000);
}

export function rocCondition(type: 'ROC_POS' | 'ROC_NEG', active: boolean, r: number, limit: number, deadband: number): boolean {
  return highCondition(active, type === 'ROC_POS' ? r : -r, limit, deadband);
}
