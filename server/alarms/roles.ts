/**
 * Who may take which alarm action (scenario-format.md "Roles"): operators acknowledge, reset,
 * shelve and unshelve; supervisors and instructors also remove from / return to service; only the
 * `system` role (designed-suppression logic) suppresses and unsuppresses. Built on auth/roles.ts.
 */
import { isRole, may, type Permission } from '../auth/roles.ts';
import type { AlarmAction } from './actions.ts';

const NEEDS: Record<AlarmAction, Permission | 'system'> = {
  ack: 'operate',
  reset: 'operate',
  shelve: 'operate',
  unshelve: 'operate',
  removeFromService: 'supervise',
  returnToService: 'supervise',
  suppress: 'system',
  unsuppress: 'system',
};

export function permissionFor(action: AlarmAction): Permission | 'system' {
  return NEEDS[action];
}

export function mayAct(role: string, action: AlarmAction): boolean {
  const need = NEEDS[action];
  if (role === 'system') return need === 'system';
  return need !== 'system' && isRole(role) && may(role, need);
}
