/**
 * The one command path for HTTP and Socket.IO: authorize, parse, check, audit, perform, ack.
 * Every command, accepted or refused, is in the journal before it is applied.
 */
import { may } from '../auth/roles.ts';
import { refusal, type Refusal } from '../errors.ts';
import type { Journal } from '../journal/journal.ts';
import type { CommandReply } from '../protocol.ts';
import type { WallClock } from '../clock.ts';
import type { Actor, AuditFields, CommandContext, CommandDescriptor } from './types.ts';
import { isRefusal } from './types.ts';
import { write } from './write.ts';
import { clock } from './clock.ts';
import { ack } from './ack.ts';
import { reset } from './reset.ts';
import { shelve } from './shelve.ts';
import { unshelve } from './unshelve.ts';
import { removeFromService } from './remove-from-service.ts';
import { returnToService } from './return-to-service.ts';
import { silenceHorn } from './silence-horn.ts';
import { malfunction } from './malfunction.ts';
import { clearMalfunction } from './clear-malfunction.ts';
import { bypass } from './bypass.ts';
import { resetInterlock } from './reset-interlock.ts';
import { snapshot } from './snapshot.ts';

const DESCRIPTORS: readonly CommandDescriptor<any>[] = [write, clock, ack, reset, shelve, unshelve, removeFromService, returnToService, silenceHorn,
  malfunction, clearMalfunction, bypass, resetInterlock, snapshot];
const BY_NAME = new Map(DESCRIPTORS.map((d) => [d.name, d]));

export class CommandRegistry {
  readonly #journal: Journal;
  readonly #ctx: CommandContext;
  readonly #now: WallClock;

  constructor(journal: Journal, ctx: CommandContext, now: WallClock) {
    this.#journal = journal;
    this.#ctx = ctx;
    this.#now = now;
  }

  async execute(body: unknown, actor: Actor): Promise<CommandReply> {
    const raw = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    const action = typeof raw?.type === 'string' ? raw.type.slice(0, 32) : 'unknown';
    const rawFields = guessAuditFields(raw);
    if (!raw) return this.#refuse(actor, action, rawFields, refusal('INVALID_COMMAND', 'a command is a JSON object with a "type"'));
    const d = BY_NAME.get(action);
    if (!d) return this.#refuse(actor, action, rawFields, refusal('UNKNOWN_COMMAND', action));
    if (!may(actor.role, d.permission)) return this.#refuse(actor, action, rawFields, refusal('NOT_AUTHORIZED', `${actor.role} may not ${action}`));
    const input = d.parse(raw);
    if (isRefusal(input)) return this.#refuse(actor, action, rawFields, input);
    const fields = d.describe(input, this.#ctx);
    const checked = d.check(input, this.#ctx);
    if (checked) return this.#refuse(actor, action, fields, checked);

    this.#audit(actor, action, fields, 'accepted', null);
    const reply = await d.perform(input, this.#ctx);
    if (!reply.ok) this.#audit(actor, action, fields, 'failed', reply);
    return reply;
  }

  /** Audits a command refused before it could be read (malformed JSON, too large). */
  reject(actor: Actor, r: Refusal): Refusal {
    return this.#refuse(actor, 'unknown', { target: null, oldValue: null, newValue: null }, r);
  }

  #refuse(actor: Actor, action: string, fields: AuditFields, r: Refusal): Refusal {
    this.#audit(actor, action, fields, 'rejected', r);
    return r;
  }

  #audit(actor: Actor, action: string, f: AuditFields, result: string, r: Refusal | null): void {
    this.#journal.append({
      wallT: this.#now(),
      plantT: this.#ctx.clock()?.t ?? null,
      kind: 'audit',
      user: actor.user,
      role: actor.role,
      action,
      target: f.target,
      oldValue: f.oldValue,
      newValue: f.newValue,
      result,
      code: r?.code ?? null,
      source: actor.source,
      reason: f.reason ?? null,
      durationS: f.durationS ?? null,
      fromState: f.fromState ?? null,
      toState: f.toState ?? null,
    });
  }
}

/** Best-effort audit fields for a command refused before it could be parsed. */
function guessAuditFields(raw: Record<string, unknown> | null): AuditFields {
  const short = (x: unknown) => (x === undefined ? null : JSON.stringify(x).slice(0, 64));
  const target = raw?.tag ?? raw?.alarm ?? raw?.id;
  return { target: typeof target === 'string' ? target.slice(0, 64) : null, oldValue: null, newValue: short(raw?.value) };
}
