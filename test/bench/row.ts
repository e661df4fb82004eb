/** One measured figure. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target it is measured against, in words (not asserted). */
  target?: string;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
