/** What each role may do in the UI. The server enforces roles on every command; the UI only hides. */
import type { Role } from '../../server/protocol.ts';

const PROCESS_WRITERS: readonly Role[] = ['operator', 'supervisor', 'instructor'];

/** May change setpoints, outputs and modes and start or stop equipment. */
export function canWriteProcess(role: Role): boolean {
  return PROCESS_WRITERS.includes(role);
}

export function isLoggedIn(role: Role): boolean {
  return role !== 'visitor';
}

const SUPERVISORS: readonly Role[] = ['supervisor', 'instructor'];

/** May take alarms out of / back into service and bypass interlocks. */
export function canSupervise(role: Role): boolean {
  return SUPERVISORS.includes(role);
}
