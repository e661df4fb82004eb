/**
 * Binding alarms to live tags: which catalog tag feeds an alarm's pv, sp and target. An alarm
 * whose tag is not (yet) in the catalog is unbound: it keeps its state and is not evaluated.
 */
import type { Catalog } from '../../simulator/protocol.ts';
import type { DbAlarm } from './database.ts';

export interface Binding {
  alarm: DbAlarm;
  /** Catalog tag of the measurement (null for system alarms). */
  pv: string | null;
  sp: string | null;
  target: string | null;
}

export function bindAlarms(catalog: Catalog, alarms: readonly DbAlarm[]): { bound: Binding[]; unbound: string[] } {
  const names = new Set(catalog.tags.map((t) => t.name));
  const bound: Binding[] = [];
  const unbound: string[] = [];
  for (const a of alarms) {
    if (a.source?.system) {
      bound.push({ alarm: a, pv: null, sp: null, target: null });
      continue;
    }
    const pv = a.source?.pv ?? (names.has(a.tag) ? a.tag : `${a.tag}.PV`);
    const sp = a.source?.sp ?? (a.type === 'DEV_HI' || a.type === 'DEV_LO' ? `${a.tag}.SP` : null);
    const target = a.source?.target ?? null;
    const ok = names.has(pv) && (sp === null || names.has(sp)) && (target === null || names.has(target));
    if (ok) bound.push({ alarm: a, pv, sp, target });
    else unbound.push(a.id);
  }
  return { bound, unbound };
}
