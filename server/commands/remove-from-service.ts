/** `removeFromService`: take an alarm out of service, e.g. for instrument maintenance (supervisors, instructors). */
import { alarmCommand } from './alarm-command.ts';

export const removeFromService = alarmCommand('removeFromService', 'supervise');
