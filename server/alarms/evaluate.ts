/**
 * `evaluate(prev, input, now, cfg) → { next, events }`: one alarm, one moment. Pure: time is an
 * argument, nothing is read or written outside. When nothing changes it returns `prev` itself and
 * no events (no allocation), so that large alarm sets evaluate fast.
 *
 * Order within one evaluation: shelf expiry, then the condition (deadband → delays → annunciation
 * cycle), then chattering.
 */
import { isChattering, recentActivations } from './chatter.ts';
import { onDelayOf, rawCondition, rocWindowMs } from './condition.ts';
import { debounce } from './delay.ts';
import { record } from './roc.ts';
import { onCondition, onRelease } from './transitions.ts';
import { stateOf, type AlarmConfig, type AlarmEvent, type AlarmInput, type AlarmState, type Evaluation } from './types.ts';

const NO_EVENTS: AlarmEvent[] = [];

export function evaluate(prev: AlarmState, input: AlarmInput, now: number, cfg: AlarmConfig): Evaluation {
  // Fast path: no timer due, no rate window, and the condition agrees with the state.
  if (
    prev.pendingSince === null &&
    (prev.shelvedUntil === null || now < prev.shelvedUntil) &&
    (prev.activations.length === 0 || prev.activations[0]! > now - 60_000) &&
    cfg.type !== 'ROC_POS' &&
    cfg.type !== 'ROC_NEG'
  ) {
    const raw = rawCondition(cfg, prev.active, input, prev.history, now);
    if (raw === prev.active || raw === null) return { next: prev, events: NO_EVENTS };
  }
  return evaluateFully(prev, input, now, cfg);
}

function evaluateFully(prev: AlarmState, input: AlarmInput, now: number, cfg: AlarmConfig): Evaluation {
  let s = prev;
  let events = NO_EVENTS;
  const emit = (e: AlarmEvent) => (events === NO_EVENTS ? (events = [e]) : events.push(e));

  if (s.shelvedUntil !== null && now >= s.shelvedUntil) {
    const at = s.shelvedUntil;
    s = withDisplay(s, { ...s, shelvedUntil: null, shelveReason: null, core: onRelease(s.active), unackSince: s.active ? at : s.unackSince }, at, 'shelf-expired', emit, cfg.id);
  }

  let history = s.history;
  const isRoc = cfg.type === 'ROC_POS' || cfg.type === 'ROC_NEG';
  if (isRoc && input.pv !== null && input.quality !== 'bad') history = record(history, now, input.pv, rocWindowMs(cfg));

  const raw = rawCondition(cfg, s.active, input, history, now);
  if (raw === null) {
    // Not a measurement: the alarm holds its state, and a running delay restarts.
    if (s.pendingSince !== null || history !== s.history) s = { ...s, pendingSince: null, history };
  } else {
    const d = debounce(s.active, s.pendingSince, raw, now, onDelayOf(cfg), cfg.offDelayS);
    if (d.flippedAt !== null) s = applyCondition(s, d.active, d.flippedAt, cfg, history, emit);
    else if (d.pendingSince !== s.pendingSince || history !== s.history) s = { ...s, pendingSince: d.pendingSince, history };
  }

  if (s.activations.length > 0 && s.activations[0]! <= now - 60_000) {
    const activations = recentActivations(s.activations, now, null);
    const chattering = isChattering(activations);
    if (chattering !== s.chattering) emit({ kind: 'chattering', alarm: cfg.id, t: now, on: chattering });
    s = { ...s, activations, chattering };
  }
  return { next: s, events };
}

/** The debounced condition changed at time `at`. */
function applyCondition(
  s: AlarmState,
  active: boolean,
  at: number,
  cfg: AlarmConfig,
  history: AlarmState['history'],
  emit: (e: AlarmEvent) => void,
): AlarmState {
  const core = onCondition(s.core, active, cfg.latching);
  let next: AlarmState = { ...s, active, pendingSince: null, history, core };
  if (active) {
    const activations = recentActivations(s.activations, at, at);
    const chattering = isChattering(activations);
    if (chattering !== s.chattering) emit({ kind: 'chattering', alarm: cfg.id, t: at, on: chattering });
    next = { ...next, activeSince: at, activations, chattering };
  }
  if (core === 'Unacknowledged' && s.core !== 'Unacknowledged') next.unackSince = at;
  return withDisplay(s, next, at, 'condition', emit, cfg.id);
}

/** Stamps `changedAt` and emits a transition when the displayed state differs. */
export function withDisplay(
  prev: AlarmState,
  next: AlarmState,
  at: number,
  cause: Extract<AlarmEvent, { kind: 'transition' }>['cause'],
  emit: (e: AlarmEvent) => void,
  alarm: string,
): AlarmState {
  const from = stateOf(prev);
  const to = stateOf(next);
  if (from === to) return next;
  emit({ kind: 'transition', alarm, t: at, from, to, cause });
  return { ...next, changedAt: at };
}
