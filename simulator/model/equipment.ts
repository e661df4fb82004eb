/** Discrete equipment (motors) as a catalog entry and a writable state tag. */
import type { EquipmentMeta, Text } from '../protocol.ts';
import { refuse, type TagPoint } from './point.ts';

export const MOTOR_STATES = ['STOPPED', 'RUNNING'] as const;
export const MOTOR_COMMANDS = ['START', 'STOP'] as const;

/** Anything that can be started and stopped. */
export interface Motor {
  running: boolean;
}

export function motorEquipment(
  name: string,
  unit: string,
  desc: Text,
  motor: Motor,
): { meta: EquipmentMeta; point: TagPoint } {
  const stateName = (): string => MOTOR_STATES[motor.running ? 1 : 0];
  const point: TagPoint = {
    meta: { name, unit, desc, eu: '', lo: 0, hi: 1, decimals: 0, states: [...MOTOR_STATES], writable: true },
    read: () => (motor.running ? 1 : 0),
    quality: () => 0,
    write: (value) => {
      if (value !== 'START' && value !== 'STOP') {
        return refuse('INVALID_VALUE', `${name} accepts ${MOTOR_COMMANDS.join(' or ')}`);
      }
      const old = stateName();
      motor.running = value === 'START';
      return { ok: true, old, new: stateName() };
    },
  };
  return { meta: { name, unit, desc, commands: [...MOTOR_COMMANDS] }, point };
}
