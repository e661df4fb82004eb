/** Chattering: three or more activations within 60 s (standards §1.6). */
export const CHATTER_WINDOW_MS = 60_000;
export const CHATTER_COUNT = 3;

/** Activation times still inside the window at `now`, with `activation` added if given. */
export function recentActivations(times: number[], now: number, activation: number | null): number[] {
  const from = now - CHATTER_WINDOW_MS;
  const kept = times[0] !== undefined && times[0] <= from ? times.filter((t) => t > from) : times;
  return activation === null ? kept : [...kept, activation];
}

export function isChattering(times: number[]): boolean {
  return times.length >= CHATTER_COUNT;
}
