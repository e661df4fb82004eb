/**
 * Actions on one alarm (acknowledge, reset, shelve, unshelve, suppress, unsuppress, remove from /
 * return to service) as a pure function: `applyAction(prev, action, now, cfg)` gives the next state
 * and its events, or a refusal that changes nothing. Who may act is checked by `roles.ts`.
 */
import { withDisplay } from './evaluate.ts';
import { onAck, onRelease } from './transitions.ts';
import { assertNever, stateOf, type AlarmConfig, type AlarmEvent, type AlarmState, type TransitionCause } from './types.ts';

export const ALARM_ACTIONS = ['ack', 'reset', 'shelve', 'unshelve', 'suppress', 'unsuppress', 'removeFromService', 'returnToService'] as const;
export type AlarmAction = (typeof ALARM_ACTIONS)[number];

export type ActionInput =
  | { action: Exclude<AlarmAction, 'shelve'> }
  | { action: 'shelve'; durationS: number; reason: string };

/** Codes of the one catalog (server/errors.ts) that an alarm action can be refused with. */
export type ActionRefusalCode = 'ALARM_STATE_FORBIDS' | 'SHELVE_TOO_LONG' | 'REASON_REQUIRED' | 'INVALID_VALUE';

export type ActionResult =
  | { ok: true; next: AlarmState; events: AlarmEvent[] }
  | { ok: false; code: ActionRefusalCode; detail: string };

export const MAX_REASON_LENGTH = 200; // characters

export function applyAction(prev: AlarmState, input: ActionInput, now: number, cfg: AlarmConfig): ActionResult {
  const events: AlarmEvent[] = [];
  const emit = (e: AlarmEvent) => events.push(e);
  const done = (next: AlarmState, cause: TransitionCause): ActionResult => ({
    ok: true,
    next: withDisplay(prev, next, now, cause, emit, cfg.id),
    events,
  });
  const shown = stateOf(prev);
  const overlaid = shown !== prev.core;
  const forbid = (why: string): ActionResult => ({ ok: false, code: 'ALARM_STATE_FORBIDS', detail: `${cfg.id} is ${shown}: ${why}` });
  const release = (s: AlarmState): AlarmState => {
    const core = onRelease(s.active);
    return { ...s, core, unackSince: core === 'Unacknowledged' ? now : s.unackSince };
  };

  switch (input.action) {
    case 'ack':
      if (overlaid) return forbid('acknowledge only an annunciated alarm');
      return done({ ...prev, core: onAck(prev.core) }, 'ack');
    case 'reset':
      if (shown !== 'Latched Acknowledged') return forbid('reset takes a latched, acknowledged alarm to Normal');
      return done({ ...prev, core: 'Normal' }, 'reset');
    case 'shelve': {
      if (overlaid) return forbid('only an alarm in its normal cycle can be shelved');
      const reason = input.reason.trim();
      if (reason.length === 0) return { ok: false, code: 'REASON_REQUIRED', detail: 'shelving needs a reason' };
      if (reason.length > MAX_REASON_LENGTH) return { ok: false, code: 'INVALID_VALUE', detail: `reason over ${MAX_REASON_LENGTH} characters` };
      if (!(input.durationS > 0) || !Number.isFinite(input.durationS)) return { ok: false, code: 'INVALID_VALUE', detail: 'durationS must be a positive number' };
      if (input.durationS > cfg.maxShelveS) return { ok: false, code: 'SHELVE_TOO_LONG', detail: `at most ${cfg.maxShelveS} s for ${cfg.id}` };
      return done({ ...prev, shelvedUntil: now + input.durationS * 1000, shelveReason: reason }, 'shelve');
    }
    case 'unshelve':
      if (prev.shelvedUntil === null) return forbid('it is not shelved');
      return done(release({ ...prev, shelvedUntil: null, shelveReason: null }), 'unshelve');
    case 'suppress':
      return done({ ...prev, suppressed: true }, 'suppress');
    case 'unsuppress':
      if (!prev.suppressed) return done(prev, 'unsuppress');
      return done(release({ ...prev, suppressed: false }), 'unsuppress');
    case 'removeFromService':
      if (prev.outOfService) return forbid('it is already out of service');
      return done({ ...prev, outOfService: true, shelvedUntil: null, shelveReason: null }, 'removeFromService');
    case 'returnToService':
      if (!prev.outOfService) return forbid('it is in service');
      return done(release({ ...prev, outOfService: false }), 'returnToService');
    default:
      return assertNever(input);
  }
}
