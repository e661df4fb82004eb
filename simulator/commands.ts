/**
 * Commands at the simulator's edge: `parseSimCommand` turns an unknown payload into a typed
 * SimCommand or a refusal; `applySimCommand` applies it to the plant or the clock. Every refusal
 * carries a stable code from errors.ts and changes nothing.
 */
import { isValidSpeed, SPEED_MAX, SPEED_MIN, type PlantClock } from './clock/clock.ts';
import type { Plant } from './model/plant.ts';
import { refuse, type Refusal } from './model/point.ts';
import type { SimCommand, SimReply } from './protocol.ts';

const MAX_TAG_LENGTH = 64; // characters
const MAX_VALUE_LENGTH = 32; // characters

/** Validates every field of an inbound command. Never throws. */
export function parseSimCommand(x: unknown): SimCommand | Refusal {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    return refuse('INVALID_COMMAND', 'a command is an object with a "type"');
  }
  const c = x as Record<string, unknown>;
  switch (c.type) {
    case 'write':
      return parseWrite(c);
    case 'clock':
      return parseClock(c);
    case 'malfunction':
    case 'clearMalfunction':
      return parseMalfunction(c);
    case 'bypass':
    case 'resetInterlock':
      return parseInterlock(c);
    case 'snapshot':
      return parseSnapshot(c);
    default:
      return refuse('INVALID_COMMAND', 'type must be write, clock, malfunction, clearMalfunction, bypass, resetInterlock or snapshot');
  }
}

const ID = /^[A-Z0-9-]{1,16}$/;

function parseMalfunction(c: Record<string, unknown>): SimCommand | Refusal {
  const { id, params } = c;
  if (typeof id !== 'string' || !ID.test(id)) return refuse('INVALID_COMMAND', 'id must be a malfunction id like M01');
  if (c.type === 'clearMalfunction') return { type: 'clearMalfunction', id };
  if (params === undefined) return { type: 'malfunction', id };
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return refuse('INVALID_COMMAND', 'params must be an object of numbers');
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
    if (k.length > 32) return refuse('INVALID_COMMAND', 'parameter names are at most 32 characters');
    if (typeof v !== 'number' || !Number.isFinite(v)) return refuse('INVALID_VALUE', `parameter ${k} must be a finite number`);
    out[k] = v;
  }
  return { type: 'malfunction', id, params: out };
}

function parseInterlock(c: Record<string, unknown>): SimCommand | Refusal {
  const { interlock, on } = c;
  if (typeof interlock !== 'string' || !ID.test(interlock)) return refuse('INVALID_COMMAND', 'interlock must be an id like I-01');
  if (c.type === 'resetInterlock') return { type: 'resetInterlock', interlock };
  if (typeof on !== 'boolean') return refuse('INVALID_COMMAND', 'on must be true or false');
  return { type: 'bypass', interlock, on };
}

function parseSnapshot(c: Record<string, unknown>): SimCommand | Refusal {
  const { action, name } = c;
  if (action === 'list') return { type: 'snapshot', action };
  if (action !== 'save' && action !== 'restore') return refuse('INVALID_COMMAND', 'snapshot action must be save, restore or list');
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return refuse('INVALID_COMMAND', 'name must be 1…64 characters');
  return { type: 'snapshot', action, name };
}

function parseWrite(c: Record<string, unknown>): SimCommand | Refusal {
  const { tag, value } = c;
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > MAX_TAG_LENGTH) {
    return refuse('INVALID_COMMAND', `tag must be a tag name of 1…${MAX_TAG_LENGTH} characters`);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { type: 'write', tag, value };
  if (typeof value === 'string' && value.length <= MAX_VALUE_LENGTH) return { type: 'write', tag, value };
  return refuse('INVALID_COMMAND', 'value must be a finite number or a state/command name');
}

function parseClock(c: Record<string, unknown>): SimCommand | Refusal {
  const { action, speed } = c;
  if (action === 'run' || action === 'freeze') return { type: 'clock', action };
  if (action !== 'speed') return refuse('INVALID_COMMAND', 'clock action must be "run", "freeze" or "speed"');
  if (speed === 'max') return { type: 'clock', action, speed };
  if (typeof speed === 'number' && Number.isFinite(speed)) return { type: 'clock', action, speed };
  if (typeof speed === 'string') return refuse('INVALID_VALUE', `speed must be a number ${SPEED_MIN}…${SPEED_MAX} or "max"`);
  return refuse('INVALID_COMMAND', `speed must be a number ${SPEED_MIN}…${SPEED_MAX} or "max"`);
}

/** Applies a parsed command to the plant (writes) or the clock (clock commands). */
export function applySimCommand(cmd: SimCommand, target: { plant: Plant; clock: PlantClock }): SimReply {
  if (cmd.type !== 'clock') return target.plant.command(cmd);
  const { clock } = target;
  const runState = (): string => (clock.running ? 'running' : 'frozen');
  if (cmd.action === 'speed') {
    if (!isValidSpeed(cmd.speed)) {
      return refuse('OUT_OF_RANGE', `speed must be ${SPEED_MIN}…${SPEED_MAX} or "max"`);
    }
    const old = clock.speed;
    clock.setSpeed(cmd.speed);
    return { ok: true, old, new: cmd.speed };
  }
  const old = runState();
  if (cmd.action === 'run') clock.run();
  else clock.freeze();
  return { ok: true, old, new: runState() };
}

/** Parses and applies an unknown payload; the one entry the socket handler uses. */
export function handleSimCommand(payload: unknown, target: { plant: Plant; clock: PlantClock }): SimReply {
  const cmd = parseSimCommand(payload);
  return 'ok' in cmd ? cmd : applySimCommand(cmd, target);
}
