/** `reset`: take a latched, acknowledged alarm back to Normal (operators and up). */
import { alarmCommand } from './alarm-command.ts';

export const reset = alarmCommand('reset', 'operate');
