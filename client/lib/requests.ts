/**
 * Building the write a faceplate asks for (the command plus the old → new texts its
 * confirmation shows) and the refusal when an entry does not pass the client's checks.
 */
import type { ErrorCode } from '../../server/errors.ts';
import type { TagMeta, TagState } from '../../server/protocol.ts';
import { loopTag } from './catalog.ts';
import type { EntryProblem } from './entry.ts';
import { formatNumber, formatRange, formatValue, withUnit } from './format.ts';
import type { ClientCode, WriteRequest } from './writeFlow.ts';
import { COMMAND_TARGET } from '../i18n/words.ts';

/** An SP or OP write of `value` (already parsed and range-checked). */
export function entryRequest(
  loop: string,
  param: 'SP' | 'OP',
  value: number,
  current: TagState | undefined,
  meta: TagMeta,
): WriteRequest {
  const tag = loopTag(loop, param);
  return {
    cmd: { type: 'write', tag, value },
    object: loop,
    target: param,
    oldText: withUnit(formatValue(current, meta), meta.eu),
    newText: withUnit(formatNumber(value, meta.decimals), meta.eu),
  };
}

/** A mode change; texts are the wire state names (the dialog shows them in the current language). */
export function modeRequest(loop: string, mode: string, currentMode: string | undefined): WriteRequest {
  return {
    cmd: { type: 'write', tag: loopTag(loop, 'MODE'), value: mode },
    object: loop,
    target: 'MODE',
    oldText: currentMode ?? '—',
    newText: mode,
  };
}

/** An equipment command; the new text is the state the command leads to. */
export function equipmentRequest(name: string, command: string, currentState: string | undefined): WriteRequest {
  return {
    cmd: { type: 'write', tag: name, value: command },
    object: name,
    target: 'STATE',
    oldText: currentState ?? '—',
    newText: COMMAND_TARGET[command] ?? command,
  };
}

/** True when the equipment is already in the state `command` leads to (the button has nothing to do). */
export function commandIsNoop(command: string, currentState: string | undefined): boolean {
  return currentState !== undefined && COMMAND_TARGET[command] === currentState;
}

/** The refusal for an entry problem; out-of-range names the range, as the server would. */
export function entryRefusal(
  problem: EntryProblem,
  meta: TagMeta,
): { code: ErrorCode | ClientCode; detail?: string } {
  if (problem === 'OUT_OF_RANGE') return { code: 'OUT_OF_RANGE', detail: formatRange(meta) };
  return { code: problem };
}
