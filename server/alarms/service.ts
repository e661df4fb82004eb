/**
 * The alarm system's thin shell: feeds the pure AlarmSet from the tag table on every frame and from
 * the server's own state (simulator link, stale data), applies designed suppression, and for every
 * change appends the journal and persists the states (one transaction) BEFORE it tells browsers.
 */
import type { Catalog } from '../../simulator/protocol.ts';
import type { WallClock } from '../clock.ts';
import type { Journal, JournalEntry } from '../journal/journal.ts';
import type { AlarmDelta, AlarmSnapshot, AlarmView, SystemState } from '../protocol.ts';
import type { Db } from '../store/db.ts';
import type { TagTable } from '../tags/tag-table.ts';
import { AlarmSet, type ActionAudit, type ActionRequest } from './alarm-set.ts';
import { bindAlarms, type Binding } from './binding.ts';
import type { AlarmDatabase, DbAlarm } from './database.ts';
import { alarmKpis, type Kpi } from './kpi.ts';
import { AlarmStore } from './store.ts';
import { suppressionHolds, type PlantView } from './suppression.ts';
import type { AlarmEvent, AlarmInput } from './types.ts';
import { alarmView } from './views.ts';

export interface AlarmServiceOptions {
  db: Db;
  journal: Journal;
  tags: TagTable;
  database: AlarmDatabase;
  now: WallClock;
  /** Told after every change, once it is journaled and persisted. */
  onChange(d: AlarmDelta): void;
  log?(message: string): void;
}

export class AlarmService {
  readonly set: AlarmSet;
  readonly database: AlarmDatabase;
  /** Alarms whose tags are not in the live catalog (not evaluated). */
  unbound: string[] = [];
  readonly #o: AlarmServiceOptions;
  readonly #store: AlarmStore;
  readonly #byId: Map<string, DbAlarm>;
  #bound: Binding[] = [];
  #system: SystemState = { simulator: 'disconnected', clock: null, stale: false };
  #plantT: number;
  #horn = false;
  #reported = '';

  constructor(o: AlarmServiceOptions) {
    this.#o = o;
    this.database = o.database;
    this.#store = new AlarmStore(o.db);
    this.#byId = new Map(o.database.alarms.map((a) => [a.id, a]));
    const saved = this.#store.load();
    this.#plantT = saved.plantT;
    this.set = new AlarmSet(o.database.alarms, { restore: saved, hornPriorities: o.database.horn });
    this.#horn = this.set.hornSounding;
  }

  /** Plant time the alarm system runs on: the latest frame's, ms. */
  get plantT(): number {
    return this.#plantT;
  }

  onCatalog(catalog: Catalog): void {
    const { bound, unbound } = bindAlarms(catalog, this.database.alarms);
    this.#bound = bound;
    this.unbound = unbound;
    const key = unbound.join(',');
    if (unbound.length > 0 && key !== this.#reported) {
      (this.#o.log ?? console.warn)(
        `[alarms] ${unbound.length} of ${this.database.alarms.length} alarms have no tag in the plant catalog yet and are not evaluated: ${unbound.slice(0, 12).join(', ')}${unbound.length > 12 ? ', …' : ''}`,
      );
    }
    this.#reported = key;
  }

  /** A frame was applied to the tag table: sample every bound alarm, then let time pass. */
  onFrame(plantT: number): void {
    this.#plantT = Math.max(this.#plantT, plantT);
    const tags = this.#o.tags;
    for (const b of this.#bound) {
      if (b.pv === null) continue;
      const pv = tags.get(b.pv);
      if (!pv) continue;
      const fields: Partial<AlarmInput> = { pv: pv.v, quality: pv.q };
      if (b.sp) fields.sp = tags.get(b.sp)?.v ?? null;
      if (b.target) fields.target = tags.get(b.target)?.v ?? null;
      this.set.setInput(b.alarm.tag, fields);
    }
    this.#suppress(); // first, so that a condition that its own suppression explains never annunciates
    this.#commit(this.set.tick(this.#plantT), []);
  }

  /** The simulator link or data freshness changed: system alarms and link-dependent suppression. */
  onSystem(sys: SystemState): void {
    this.#system = sys;
    if (sys.clock) this.#plantT = Math.max(this.#plantT, sys.clock.t);
    this.#suppress();
    for (const a of this.database.alarms) {
      if (a.source?.system === 'simulator-link') this.set.setInput(a.tag, { pv: sys.simulator === 'connected' ? 0 : 1, quality: 'good' });
      if (a.source?.system === 'stale') this.set.setInput(a.tag, { pv: sys.stale ? 1 : 0, quality: 'good' });
    }
    this.#commit(this.set.tick(this.#plantT), []);
  }

  /** What an action would do, without doing it (for the command's audit and check). */
  preview(req: ActionRequest): ActionAudit {
    return this.set.act(req, this.#plantT, false, false).audit;
  }

  /** Applies an action that the command registry has already authorized and audited. */
  act(req: ActionRequest): ActionAudit {
    const r = this.set.act(req, this.#plantT, true, false);
    this.#commit(r.events, []);
    return r.audit;
  }

  silenceHorn(): boolean {
    const was = this.set.hornSounding;
    this.set.silenceHorn(this.#plantT);
    this.#commit([], [], true);
    return was;
  }

  snapshot(): AlarmSnapshot {
    return { alarms: this.list(), horn: { sounding: this.#horn } };
  }

  /** Every alarm that is not Normal. */
  list(): AlarmView[] {
    const out: AlarmView[] = [];
    for (const a of this.database.alarms) {
      const v = alarmView(a, this.set);
      if (v.state !== 'Normal') out.push(v);
    }
    return out;
  }

  /** KPIs over plant time [from, to] (default: the last 24 h). */
  kpis(from: number | undefined, to: number | undefined): { from: number; to: number; kpis: Kpi[] } {
    const end = to ?? this.#plantT;
    const start = from ?? end - 86_400_000;
    const current = this.database.alarms.map((a) => {
      const s = this.set.state(a.id)!;
      return { alarm: a.id, active: s.active, activeSince: s.activeSince };
    });
    return { from: start, to: end, kpis: alarmKpis(this.#store.transitions(end), (id) => this.#byId.get(id)?.priority, { from: start, to: end }, current) };
  }

  /** Designed suppression: the `system` role suppresses or unsuppresses as each rule decides. */
  #suppress(): void {
    const tags = this.#o.tags;
    const view: PlantView = {
      stateOf: (tag) => {
        const m = tags.meta(tag);
        const v = tags.get(tag);
        return m?.states && v ? m.states[v.v] : undefined;
      },
      simulatorLinked: this.#system.simulator === 'connected',
    };
    for (const a of this.database.alarms) {
      if (!a.suppressWhen) continue;
      const want = suppressionHolds(a.suppressWhen, view);
      const s = this.set.state(a.id)!;
      if (want === null || want === s.suppressed) continue;
      const r = this.set.act({ action: want ? 'suppress' : 'unsuppress', alarm: a.id, user: 'system', role: 'system' }, this.#plantT);
      this.#commit(r.events, [r.audit]);
    }
  }

  /** Journal, persist (one transaction), then broadcast. */
  #commit(events: AlarmEvent[], audits: ActionAudit[], hornChanged = false): void {
    // States that changed only inside (delay timers, rate history, a condition under an overlay)
    // wait for the next event: they are re-derived from live data after a restart anyway.
    if (events.length === 0 && audits.length === 0 && !hornChanged) return;
    const dirty = this.set.takeDirty();
    const horn = this.set.hornSounding;
    const wallT = this.#o.now();
    this.#store.atomically(() => {
      for (const a of audits) this.#o.journal.append(auditEntry(a, wallT));
      for (const e of events) this.#o.journal.append(eventEntry(e, wallT));
      for (const id of dirty) this.#store.saveState(id, this.set.state(id)!, wallT);
      if (events.some((e) => e.kind === 'first-out' || e.kind === 'transition')) this.#store.saveMeta('firstOut', this.set.data().firstOut);
      if (hornChanged) this.#store.saveMeta('hornSilencedAt', this.set.data().hornSilencedAt);
      this.#store.saveMeta('plantT', this.#plantT);
    });
    const hornFlipped = horn !== this.#horn;
    this.#horn = horn;
    const changed = new Set(events.map((e) => e.alarm));
    if (changed.size === 0 && !hornChanged && !hornFlipped) return;
    const c = [...changed].map((id) => alarmView(this.#byId.get(id)!, this.set));
    this.#o.onChange({ c, horn: { sounding: horn } });
  }
}

function auditEntry(a: ActionAudit, wallT: number): JournalEntry {
  return {
    wallT,
    plantT: a.t,
    kind: 'audit',
    user: a.user,
    role: 'system',
    action: a.action,
    target: a.alarm,
    oldValue: a.fromState,
    newValue: a.toState,
    result: a.result,
    code: null,
    source: 'server',
    reason: a.reason,
    durationS: a.durationS,
    fromState: a.fromState,
    toState: a.toState,
  };
}

function eventEntry(e: AlarmEvent, wallT: number): JournalEntry {
  const base = { wallT, plantT: e.t, kind: 'alarm' as const, user: null, role: 'system' as const, target: e.alarm, code: null, source: 'server', reason: null, durationS: null };
  switch (e.kind) {
    case 'transition':
      return { ...base, action: 'transition', oldValue: e.from, newValue: e.to, result: e.cause, fromState: e.from, toState: e.to };
    case 'chattering':
      return { ...base, action: 'chattering', oldValue: null, newValue: e.on ? 'on' : 'off', result: 'flagged', fromState: null, toState: null };
    case 'first-out':
      return { ...base, action: 'first-out', oldValue: null, newValue: e.group, result: 'first-out', fromState: null, toState: null };
  }
}
