/** `ack`: acknowledge an alarm (operators and up). */
import { alarmCommand } from './alarm-command.ts';

export const ack = alarmCommand('ack', 'operate');
