/**
 * Refusal codes the simulator itself can give. They are part of the one error catalog
 * (`server/errors.ts` adds the server's own codes); the simulator never sends exception text.
 */
export const SIM_ERRORS = {
  INVALID_COMMAND: {
    en: 'The command is not well formed.',
    zh: '命令格式不正确。',
  },
  TAG_UNKNOWN: {
    en: 'There is no such tag in the plant.',
    zh: '装置中没有这个位号。',
  },
  TAG_NOT_WRITABLE: {
    en: 'This value is measured or calculated and cannot be written.',
    zh: '该值为测量或计算值，不能写入。',
  },
  INVALID_VALUE: {
    en: 'The value has the wrong type or is not one of the allowed states.',
    zh: '数值类型错误或不是允许的状态。',
  },
  OUT_OF_RANGE: {
    en: 'The value is outside the instrument range.',
    zh: '数值超出仪表量程。',
  },
  MODE_FORBIDS: {
    en: 'The loop mode does not allow this write (SP in AUTO, OP in MAN only).',
    zh: '当前回路模式不允许该操作（设定值仅在自动、输出仅在手动时可写）。',
  },
  PERMISSIVE_MISSING: {
    en: 'A start permissive is not met.',
    zh: '启动条件不满足。',
  },
  INTERLOCK_ACTIVE: {
    en: 'An interlock holds this output; reset the interlock first.',
    zh: '联锁正在保持该输出，请先复位联锁。',
  },
  INTERLOCK_UNKNOWN: {
    en: 'There is no such interlock.',
    zh: '没有这个联锁。',
  },
  INTERLOCK_CAUSE_ACTIVE: {
    en: 'The interlock cannot be reset while its cause is still present.',
    zh: '联锁原因仍然存在，不能复位。',
  },
  MALFUNCTION_UNKNOWN: {
    en: 'There is no such malfunction.',
    zh: '没有这个故障。',
  },
  SNAPSHOT_UNKNOWN: {
    en: 'There is no snapshot with this name.',
    zh: '没有这个名称的快照。',
  },
  SNAPSHOT_READ_ONLY: {
    en: 'A built-in snapshot cannot be overwritten.',
    zh: '内置快照不能覆盖。',
  },
} as const satisfies Record<string, { en: string; zh: string }>;

export type SimErrorCode = keyof typeof SIM_ERRORS;
