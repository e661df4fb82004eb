/**
 * Drawing no more than the screen can show: when a trend holds more than two rows per pixel
 * column in view, each column becomes two rows carrying every pen's min and max (in time order),
 * so spikes stay and the canvas strokes half as many segments. A gap (null) in a column stays a gap.
 */
import type { TrendColumns } from './trendSeries.ts';

/** `data` (x in s ascending) over the view [from, to] s on `width` px; the input itself when small enough. */
export function decimate(data: TrendColumns, from: number, to: number, width: number): TrendColumns {
  const [x, ...ys] = data;
  let a = 0;
  while (a < x.length && x[a]! < from) a++;
  let b = a;
  while (b < x.length && x[b]! <= to) b++;
  const cols = Math.max(1, Math.floor(width));
  if (b - a <= 2 * cols) return data;
  const outX: number[] = [];
  const outY: (number | null)[][] = ys.map(() => []);
  const keep = (i: number) => {
    outX.push(x[i]!);
    ys.forEach((y, p) => outY[p]!.push(y[i] ?? null));
  };
  if (a > 0) keep(a - 1);
  const scale = cols / (to - from || 1);
  let i = a;
  while (i < b) {
    const col = Math.floor((x[i]! - from) * scale);
    let j = i;
    while (j < b && Math.floor((x[j]! - from) * scale) === col) j++;
    outX.push(x[i]!, x[j - 1]!);
    ys.forEach((y, p) => {
      let lo = Infinity, hi = -Infinity, loAt = 0, hiAt = 0, gap = false;
      for (let k = i; k < j; k++) {
        const v = y[k];
        if (v === null || v === undefined) gap = true;
        else {
          if (v < lo) [lo, loAt] = [v, k];
          if (v > hi) [hi, hiAt] = [v, k];
        }
      }
      const out = outY[p]!;
      if (lo === Infinity) out.push(null, null);
      else {
        const [first, second] = loAt <= hiAt ? [lo, hi] : [hi, lo];
        out.push(first, gap ? null : second);
      }
    });
    i = j;
  }
  if (b < x.length) keep(b);
  return [outX, ...outY];
}
