/**
 * A set of alarms with their states, the latest input per tag, first-out per trip group and the
 * horn: the pure core that both the server's shell and the scenario runner drive. No I/O, no
 * clock: every call takes the plant time `now` (epoch ms).
 */
import { applyAction, type AlarmAction, type ActionInput } from './actions.ts';
import { evaluate } from './evaluate.ts';
import { firstOutAfter, groupCleared, type Activation } from './first-out.ts';
import { DEFAULT_HORN_PRIORITIES, hornSounding } from './horn.ts';
import { mayAct } from './roles.ts';
import { initialState, isAnnunciated, stateOf, type AlarmConfig, type AlarmEvent, type AlarmInput, type AlarmState, type AlarmStateName, type Priority } from './types.ts';

export interface ActionRequest {
  action: AlarmAction;
  alarm: string;
  user: string;
  role: string;
  durationS?: number;
  reason?: string;
}

/** The audit of one action, with the fields scenario-format.md requires. */
export interface ActionAudit {
  action: AlarmAction;
  alarm: string;
  user: string;
  role: string;
  result: 'accepted' | 'rejected';
  /** Refusal code from the one catalog, null when accepted. */
  code: string | null;
  detail: string | null;
  fromState: AlarmStateName | null;
  toState: AlarmStateName | null;
  reason: string | null;
  durationS: number | null;
  /** Plant time, ms. */
  t: number;
}

/** What can be restored after a restart (states, first-outs, horn). Plain JSON. */
export interface AlarmSetData {
  states: Record<string, AlarmState>;
  firstOut: Record<string, string | null>;
  hornSilencedAt: number;
}

interface Slot {
  readonly cfg: AlarmConfig;
  state: AlarmState;
}

interface GroupChange {
  cfg: AlarmConfig;
  prev: AlarmState;
  next: AlarmState;
}

const EMPTY_INPUT: AlarmInput = { pv: null, quality: 'good', sp: null, target: null };

export class AlarmSet {
  readonly configs: ReadonlyMap<string, AlarmConfig>;
  /** One slot per alarm; the per-tag lists share the slots, so evaluation needs no id lookup. */
  readonly #slots = new Map<string, Slot>();
  readonly #inputs = new Map<string, AlarmInput>();
  readonly #byTag = new Map<string, Slot[]>();
  readonly #groups = new Map<string, { first: string | null; members: string[] }>();
  readonly #hornPriorities: ReadonlySet<Priority>;
  readonly #dirty = new Set<string>();
  #hornSilencedAt = 0;

  constructor(configs: readonly AlarmConfig[], opts: { restore?: Partial<AlarmSetData>; hornPriorities?: readonly Priority[] } = {}) {
    this.configs = new Map(configs.map((c) => [c.id, c]));
    this.#hornPriorities = new Set(opts.hornPriorities ?? DEFAULT_HORN_PRIORITIES);
    for (const c of configs) {
      const slot: Slot = { cfg: c, state: opts.restore?.states?.[c.id] ?? initialState() };
      this.#slots.set(c.id, slot);
      const list = this.#byTag.get(c.tag);
      if (list) list.push(slot);
      else this.#byTag.set(c.tag, [slot]);
      if (c.tripGroup) {
        const g = this.#groups.get(c.tripGroup) ?? { first: opts.restore?.firstOut?.[c.tripGroup] ?? null, members: [] };
        g.members.push(c.id);
        this.#groups.set(c.tripGroup, g);
      }
    }
    this.#hornSilencedAt = opts.restore?.hornSilencedAt ?? 0;
  }

  /** Tags that have alarms. */
  tags(): IterableIterator<string> {
    return this.#byTag.keys();
  }

  state(id: string): AlarmState | undefined {
    return this.#slots.get(id)?.state;
  }

  input(tag: string): AlarmInput | undefined {
    return this.#inputs.get(tag);
  }

  /** A new sample of `tag` (fields not given hold their last value); evaluates the tag's alarms. */
  sample(tag: string, fields: Partial<AlarmInput>, now: number): AlarmEvent[] {
    this.setInput(tag, fields);
    const slots = this.#byTag.get(tag);
    if (!slots) return [];
    const events: AlarmEvent[] = [];
    this.#settleGroups(this.#evaluateAll(slots, now, events), events);
    return events;
  }

  /** Records a sample without evaluating (a batch of samples is then evaluated by one `tick`). */
  setInput(tag: string, fields: Partial<AlarmInput>): void {
    const prev = this.#inputs.get(tag) ?? EMPTY_INPUT;
    const input: AlarmInput = {
      pv: fields.pv !== undefined ? fields.pv : prev.pv,
      quality: fields.quality ?? prev.quality,
      sp: fields.sp !== undefined ? fields.sp : prev.sp,
      target: fields.target !== undefined ? fields.target : prev.target,
    };
    this.#inputs.set(tag, input);
  }

  /** Ids of alarms whose state changed since the last call (for persistence). */
  takeDirty(): string[] {
    const ids = [...this.#dirty];
    this.#dirty.clear();
    return ids;
  }

  /** Time passes: delays, shelf expiry, rate windows and chattering windows are brought up to `now`. */
  tick(now: number): AlarmEvent[] {
    const events: AlarmEvent[] = [];
    const changes: GroupChange[] = [];
    for (const slots of this.#byTag.values()) this.#evaluateAll(slots, now, events, changes);
    this.#settleGroups(changes, events);
    return events;
  }

  /**
   * Checks the role (unless the caller already authorized it), applies the action (unless `commit`
   * is false: a preview), and returns its audit (accepted or rejected) and events.
   */
  act(req: ActionRequest, now: number, commit = true, checkRole = true): { audit: ActionAudit; events: AlarmEvent[] } {
    const cfg = this.configs.get(req.alarm);
    const prev = this.#slots.get(req.alarm)?.state;
    const from = prev ? stateOf(prev) : null;
    const audit: ActionAudit = {
      action: req.action,
      alarm: req.alarm,
      user: req.user,
      role: req.role,
      result: 'rejected',
      code: null,
      detail: null,
      fromState: from,
      toState: from,
      reason: req.reason ?? null,
      durationS: req.durationS ?? null,
      t: now,
    };
    const refuse = (code: string, detail: string) => ({ audit: { ...audit, code, detail }, events: [] });
    if (!cfg || !prev) return refuse('ALARM_UNKNOWN', req.alarm);
    if (checkRole && !mayAct(req.role, req.action)) return refuse('NOT_AUTHORIZED', `${req.role} may not ${req.action}`);
    const input: ActionInput =
      req.action === 'shelve' ? { action: 'shelve', durationS: req.durationS ?? NaN, reason: req.reason ?? '' } : { action: req.action };
    const r = applyAction(prev, input, now, cfg);
    if (!r.ok) return refuse(r.code, r.detail);
    const accepted = { audit: { ...audit, result: 'accepted' as const, toState: stateOf(r.next) }, events: r.events };
    if (commit) {
      this.#slots.get(cfg.id)!.state = r.next;
      this.#dirty.add(cfg.id);
      this.#afterChange(cfg, prev, r.next, r.events);
    }
    return accepted;
  }

  /** Silences the horn: alarms that are Unacknowledged now stop sounding it; newer ones sound again. */
  silenceHorn(now: number): void {
    this.#hornSilencedAt = now;
  }

  get hornSounding(): boolean {
    return hornSounding(this.#pairs(), this.#hornSilencedAt, this.#hornPriorities);
  }

  firstOut(group: string): string | null {
    return this.#groups.get(group)?.first ?? null;
  }

  /** The state in the terms of the scenario format. */
  view(id: string): { state: AlarmStateName; annunciated: boolean; active: boolean; chattering: boolean; firstOut: boolean } | undefined {
    const s = this.#slots.get(id)?.state;
    const cfg = this.configs.get(id);
    if (!s || !cfg) return undefined;
    const state = stateOf(s);
    const firstOut = cfg.tripGroup !== undefined && this.#groups.get(cfg.tripGroup)?.first === id;
    return { state, annunciated: isAnnunciated(state), active: s.active, chattering: s.chattering, firstOut };
  }

  data(): AlarmSetData {
    return {
      states: Object.fromEntries([...this.#slots].map(([id, slot]) => [id, slot.state])),
      firstOut: Object.fromEntries([...this.#groups].map(([g, v]) => [g, v.first])),
      hornSilencedAt: this.#hornSilencedAt,
    };
  }

  *#pairs(): IterableIterator<readonly [AlarmConfig, AlarmState]> {
    for (const slot of this.#slots.values()) yield [slot.cfg, slot.state];
  }

  /** Evaluates one tag's alarms; appends their events, and trip-group changes for `#settleGroups`. */
  #evaluateAll(slots: Slot[], now: number, events: AlarmEvent[], changes: GroupChange[] = []): GroupChange[] {
    const input = this.#inputs.get(slots[0]!.cfg.tag) ?? EMPTY_INPUT;
    for (const slot of slots) {
      const cfg = slot.cfg;
      const prev = slot.state;
      const r = evaluate(prev, input, now, cfg);
      if (r.next === prev) continue;
      slot.state = r.next;
      this.#dirty.add(cfg.id);
      for (const e of r.events) events.push(e);
      if (cfg.tripGroup && r.next.active !== prev.active) changes.push({ cfg, prev, next: r.next });
    }
    return changes;
  }

  /** First-out bookkeeping for a batch, in time order: the earliest activation wins, not the first evaluated. */
  #settleGroups(changes: GroupChange[], events: AlarmEvent[]): void {
    if (changes.length > 1) changes.sort((a, b) => a.next.activeSince - b.next.activeSince);
    for (const c of changes) this.#afterChange(c.cfg, c.prev, c.next, events);
  }

  /** First-out bookkeeping after one alarm of a trip group changed; appends first-out events. */
  #afterChange(cfg: AlarmConfig, prev: AlarmState, next: AlarmState, events: AlarmEvent[]): void {
    if (!cfg.tripGroup) return;
    const g = this.#groups.get(cfg.tripGroup)!;
    // A designed-suppressed alarm is an expected consequence, never the first cause.
    const activations: Activation[] = !prev.active && next.active && !next.suppressed ? [{ alarm: cfg.id, t: next.activeSince }] : [];
    const first = firstOutAfter(g.first, activations);
    if (first !== g.first) {
      g.first = first;
      events.push({ kind: 'first-out', alarm: cfg.id, t: next.activeSince, group: cfg.tripGroup });
    } else if (g.first !== null && groupCleared(g.members.map((m) => this.#slots.get(m)!.state))) {
      g.first = null;
    }
  }
}
