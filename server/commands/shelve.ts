/** `shelve`: hide an alarm for `durationS` (≤ its maxShelveS) with a reason (operators and up). */
import { alarmCommand } from './alarm-command.ts';

export const shelve = alarmCommand('shelve', 'operate');
