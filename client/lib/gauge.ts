/** Faceplate and indicator maths: where on a bar a value sits, and which entries a mode allows. */

/** Position of `v` on a bar from `lo` (0) to `hi` (1), clamped; null when it cannot be placed. */
export function barFraction(v: number | undefined, lo: number, hi: number): number | null {
  if (v === undefined || !Number.isFinite(v) || !(hi > lo)) return null;
  return Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
}

/** The normal band as fractions of the bar, or null when the tag has none. */
export function bandFractions(
  normal: readonly [number, number] | undefined,
  lo: number,
  hi: number,
): [number, number] | null {
  if (!normal) return null;
  const a = barFraction(normal[0], lo, hi);
  const b = barFraction(normal[1], lo, hi);
  return a === null || b === null ? null : [Math.min(a, b), Math.max(a, b)];
}

/** An SP may be entered in AUTO only; in CAS the master sets it, in MAN it tracks. */
export function spEntryAllowed(mode: string | undefined): boolean {
  return mode === 'AUTO';
}

/** An OP may be entered in MAN only. */
export function opEntryAllowed(mode: string | undefined): boolean {
  return mode === 'MAN';
}
