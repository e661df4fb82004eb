/**
 * A command descriptor: `{ name, permission, parse, check, describe, perform }`. The registry runs
 * every command, from HTTP or Socket.IO, through the same steps: permission, shape, plant-state
 * check, audit, then perform.
 */
import type { Permission } from '../auth/roles.ts';
import type { CommandReply, Role } from '../protocol.ts';
import type { Refusal } from '../errors.ts';
import type { TagTable } from '../tags/tag-table.ts';
import type { SendResult } from '../tags/sim-link.ts';
import type { ClockState, SimCommand } from '../../simulator/protocol.ts';
import type { AlarmService } from '../alarms/service.ts';

/** Who asks, and through which door. */
export interface Actor {
  user: string;
  role: Role;
  /** `api` (HTTP), `socket` (console) */
  source: string;
}

/** What a command may read and use. */
export interface CommandContext {
  tags: TagTable;
  /** The plant clock as last reported, null when unknown. */
  clock(): ClockState | null;
  sendToPlant(cmd: SimCommand): Promise<SendResult>;
  /** The alarm system (alarm actions and horn silence). */
  alarms?: AlarmService;
}

/** What the audit record says the command targets and changes. */
export interface AuditFields {
  target: string | null;
  oldValue: string | null;
  newValue: string | null;
  /** Alarm actions: the reason given, shelve duration (s), ISA-18.2 state before and after. */
  reason?: string | null;
  durationS?: number | null;
  fromState?: string | null;
  toState?: string | null;
}

export interface CommandDescriptor<I> {
  name: string;
  permission: Permission;
  /** Shape only: the body's fields have the right types. */
  parse(body: Record<string, unknown>): I | Refusal;
  /** Against the current plant state: tag exists, range, mode rules. */
  check(input: I, ctx: CommandContext): Refusal | null;
  describe(input: I, ctx: CommandContext): AuditFields;
  perform(input: I, ctx: CommandContext): Promise<CommandReply>;
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
}
