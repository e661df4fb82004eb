/** A sparkline as SVG geometry (ISA-101: last 30 min, thin dark line over the normal band, no axes). */

export interface SparkGeometry {
  /** Path of the line ('' when nothing to draw); gaps start a new sub-path. */
  d: string;
  /** Normal band as y and height, or null. */
  band: { y: number; h: number } | null;
}

/**
 * `x` in seconds ascending, `y` values (null = gap) drawn in a `width` × `height` box over the
 * time window [from, to] (ms) and the value range [lo, hi].
 */
export function sparkGeometry(
  x: readonly number[],
  y: readonly (number | null)[],
  from: number,
  to: number,
  lo: number,
  hi: number,
  width: number,
  height: number,
  normal?: readonly [number, number],
): SparkGeometry {
  const span = hi - lo || 1;
  const inner = Math.max(1, height - 2); // 1 px margin, so a line at a range end stays visible
  const sy = (v: number) => Math.round((1 + inner - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * inner) * 10) / 10;
  const sx = (s: number) => Math.round((((s * 1000 - from) / (to - from || 1)) * width) * 10) / 10;
  let d = '';
  let pen = false;
  for (let i = 0; i < x.length; i++) {
    const v = y[i];
    if (v === null || v === undefined || x[i]! * 1000 < from) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${sx(x[i]!)} ${sy(v)}`;
    pen = true;
  }
  const band = normal ? { y: sy(normal[1]), h: Math.max(1, sy(normal[0]) - sy(normal[1])) } : null;
  return { d, band };
}
