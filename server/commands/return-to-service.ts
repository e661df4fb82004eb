/** `returnToService`: put an out-of-service alarm back (supervisors, instructors). */
import { alarmCommand } from './alarm-command.ts';

export const returnToService = alarmCommand('returnToService', 'supervise');
