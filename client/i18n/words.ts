/**
 * Words for wire values (discrete states, equipment commands, loop modes): the wire keeps its
 * English mnemonic, the operator reads it in the current language.
 */
import type { Text } from '../../server/protocol.ts';

export const STATE_WORDS: Readonly<Record<string, Text>> = {
  RUNNING: { en: 'RUNNING', zh: '运行' },
  STOPPED: { en: 'STOPPED', zh: '停止' },
  TRIPPED: { en: 'TRIPPED', zh: '跳车' },
  NORMAL: { en: 'NORMAL', zh: '正常' },
  BYPASSED: { en: 'BYPASSED', zh: '旁路' },
  OPEN: { en: 'OPEN', zh: '开' },
  CLOSED: { en: 'CLOSED', zh: '关' },
  TRAVEL: { en: 'TRAVEL', zh: '动作中' },
  MAN: { en: 'MAN', zh: '手动' },
  AUTO: { en: 'AUTO', zh: '自动' },
  CAS: { en: 'CAS', zh: '串级' },
};

export const COMMAND_WORDS: Readonly<Record<string, Text>> = {
  START: { en: 'Start', zh: '启动' },
  STOP: { en: 'Stop', zh: '停止' },
  OPEN: { en: 'Open', zh: '打开' },
  CLOSE: { en: 'Close', zh: '关闭' },
};

/** State each equipment command leads to, for the confirmation's "old → new". */
export const COMMAND_TARGET: Readonly<Record<string, string>> = {
  START: 'RUNNING',
  STOP: 'STOPPED',
  OPEN: 'OPEN',
  CLOSE: 'CLOSED',
};
