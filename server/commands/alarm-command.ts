/**
 * Shared by the alarm-action commands (ack.ts, reset.ts, shelve.ts, …): the registry checks the
 * role, this parses the body, previews the action against the live alarm state (refusing what the
 * engine refuses), describes it for the audit (states before and after, reason, duration), and
 * performs it through the alarm service, which journals the resulting transitions.
 */
import type { AlarmAction } from '../alarms/actions.ts';
import type { ActionRequest } from '../alarms/alarm-set.ts';
import { MAX_REASON_LENGTH } from '../alarms/actions.ts';
import { isErrorCode, refusal } from '../errors.ts';
import type { Permission } from '../auth/roles.ts';
import type { CommandContext, CommandDescriptor } from './types.ts';

export interface AlarmCommandInput {
  alarm: string;
  durationS?: number;
  reason?: string;
}

type UserAction = Exclude<AlarmAction, 'suppress' | 'unsuppress'>;

export function alarmCommand(action: UserAction, permission: Permission): CommandDescriptor<AlarmCommandInput> {
  const request = (input: AlarmCommandInput): ActionRequest => ({ action, user: '', role: '', ...input });
  return {
    name: action,
    permission,

    parse(body) {
      const { alarm, durationS, reason } = body;
      if (typeof alarm !== 'string' || alarm.length === 0 || alarm.length > 64) return refusal('INVALID_COMMAND', 'alarm must be an alarm id');
      const input: AlarmCommandInput = { alarm };
      if (reason !== undefined) {
        if (typeof reason !== 'string' || reason.length > MAX_REASON_LENGTH) return refusal('INVALID_VALUE', `reason must be text of at most ${MAX_REASON_LENGTH} characters`);
        input.reason = reason;
      }
      if (action === 'shelve') {
        if (typeof durationS !== 'number' || !Number.isFinite(durationS)) return refusal('INVALID_VALUE', 'durationS must be a number of seconds');
        input.durationS = durationS;
        input.reason ??= '';
      }
      return input;
    },

    check(input, ctx) {
      const alarms = ctx.alarms;
      if (!alarms) return refusal('INTERNAL', 'no alarm system');
      const preview = alarms.preview(request(input));
      if (preview.result === 'accepted') return null;
      return refusal(isErrorCode(preview.code) ? preview.code : 'INVALID_COMMAND', preview.detail ?? undefined);
    },

    describe(input, ctx) {
      const preview = ctx.alarms?.preview(request(input));
      return {
        target: input.alarm,
        oldValue: preview?.fromState ?? null,
        newValue: preview?.toState ?? null,
        reason: input.reason ?? null,
        durationS: input.durationS ?? null,
        fromState: preview?.fromState ?? null,
        toState: preview?.toState ?? null,
      };
    },

    async perform(input, ctx) {
      const audit = alarmsOf(ctx).act(request(input));
      if (audit.result !== 'accepted') return refusal(isErrorCode(audit.code) ? audit.code : 'INVALID_COMMAND', audit.detail ?? undefined);
      return { ok: true, ...(audit.fromState ? { old: audit.fromState } : {}), ...(audit.toState ? { new: audit.toState } : {}) };
    },
  };
}

function alarmsOf(ctx: CommandContext): NonNullable<CommandContext['alarms']> {
  if (!ctx.alarms) throw new Error('alarm command without an alarm system');
  return ctx.alarms;
}
