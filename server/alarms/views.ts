/** AlarmView (server/protocol.ts) from an alarm's configuration and state. */
import type { AlarmView } from '../protocol.ts';
import type { AlarmSet } from './alarm-set.ts';
import type { DbAlarm } from './database.ts';
import { isAnnunciated, stateOf } from './types.ts';

export function alarmView(cfg: DbAlarm, set: AlarmSet): AlarmView {
  const s = set.state(cfg.id)!;
  const state = stateOf(s);
  return {
    id: cfg.id,
    tag: cfg.tag,
    type: cfg.type,
    priority: cfg.priority,
    state,
    annunciated: isAnnunciated(state),
    active: s.active,
    limit: cfg.limit,
    unit: cfg.unit,
    t: s.changedAt,
    activeSince: s.activeSince || null,
    shelvedUntil: s.shelvedUntil,
    shelveReason: s.shelveReason,
    chattering: s.chattering,
    firstOut: set.view(cfg.id)?.firstOut ?? false,
    desc: cfg.rationale.cause,
  };
}
