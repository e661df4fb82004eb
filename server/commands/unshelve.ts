/** `unshelve`: end a shelve early (operators and up). */
import { alarmCommand } from './alarm-command.ts';

export const unshelve = alarmCommand('unshelve', 'operate');
