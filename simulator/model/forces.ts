/**
 * Forcing by the safety system: each interlock that holds a device in a position registers itself
 * under its id; the device obeys the forces first. Plain data, so snapshots copy it.
 */
export type Forces<T> = Record<string, T>;

/** The forced value, if any interlock holds one (the first registered wins). */
export function forcedValue<T>(forces: Forces<T>): T | undefined {
  for (const k in forces) return forces[k];
  return undefined;
}

/** Ids of the interlocks forcing a device, for refusal details. */
export function forcedBy(forces: Forces<unknown>): string {
  return Object.keys(forces).join(', ');
}
