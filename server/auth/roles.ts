/**
 * What each role may do (DESIGN.md §3). The server checks these on every command;
 * the UI only hides what a role may not use.
 */
import type { Role } from '../protocol.ts';
import { ROLES } from '../protocol.ts';

export type Permission =
  /** Setpoints, modes, outputs within limits; start/stop. */
  | 'operate'
  /** Out of service, interlock bypass. */
  | 'supervise'
  /** Simulator clock, snapshots, malfunctions, scenarios. */
  | 'instruct'
  /** Alarm settings. */
  | 'engineer'
  /** Users. */
  | 'administer';

const GRANTS: Record<Role, readonly Permission[]> = {
  visitor: [],
  operator: ['operate'],
  supervisor: ['operate', 'supervise'],
  instructor: ['operate', 'supervise', 'instruct'],
  engineer: ['engineer'],
  admin: ['administer'],
};

export function may(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}
