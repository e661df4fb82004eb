/**
 * The one catalog of refusal codes: the simulator's plus the server's. The server sends codes
 * (and safe detail), never exception text; the client renders the message in the current language.
 */
import { SIM_ERRORS } from '../simulator/errors.ts';

const SERVER_ERRORS = {
  MALFORMED_JSON: { en: 'The request body is not valid JSON.', zh: '请求内容不是有效的 JSON。' },
  UNKNOWN_COMMAND: { en: 'There is no such command.', zh: '没有这个命令。' },
  NOT_AUTHORIZED: { en: 'Your role is not allowed to do this.', zh: '您的角色无权执行此操作。' },
  BAD_CREDENTIALS: { en: 'Wrong user name or password.', zh: '用户名或密码错误。' },
  SIMULATOR_UNAVAILABLE: {
    en: 'The plant is not connected; the command was not sent.',
    zh: '装置未连接，命令未发送。',
  },
  COMMAND_TIMEOUT: {
    en: 'The plant did not confirm the command in time.',
    zh: '装置未及时确认该命令。',
  },
  NOT_FOUND: { en: 'There is no such resource.', zh: '没有这个资源。' },
  INTERNAL: { en: 'The server could not complete the request.', zh: '服务器无法完成该请求。' },
  TOO_MANY_TAGS: { en: 'Too many tags in one request.', zh: '一次请求的位号太多。' },
  RANGE_TOO_LONG: { en: 'The time range is too long.', zh: '时间范围太长。' },
  HISTORY_UNAVAILABLE: { en: 'The historian is not available.', zh: '历史数据库不可用。' },
  ALARM_UNKNOWN: { en: 'There is no such alarm.', zh: '没有这个报警。' },
  ALARM_STATE_FORBIDS: { en: 'The alarm is not in a state that allows this.', zh: '报警当前状态不允许该操作。' },
  SHELVE_TOO_LONG: { en: 'The shelve duration is longer than this alarm allows.', zh: '搁置时间超过该报警允许的最长时间。' },
  REASON_REQUIRED: { en: 'A reason is required.', zh: '必须填写原因。' },
} as const satisfies Record<string, { en: string; zh: string }>;

export const ERRORS = { ...SIM_ERRORS, ...SERVER_ERRORS };
export type ErrorCode = keyof typeof ERRORS;

/** HTTP status for each code (everything not listed is 400). */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_CREDENTIALS: 401,
  NOT_AUTHORIZED: 403,
  TAG_UNKNOWN: 404,
  NOT_FOUND: 404,
  SIMULATOR_UNAVAILABLE: 503,
  COMMAND_TIMEOUT: 504,
  INTERNAL: 500,
  HISTORY_UNAVAILABLE: 503,
  ALARM_UNKNOWN: 404,
  ALARM_STATE_FORBIDS: 409,
};

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && Object.hasOwn(ERRORS, x);
}

/** A refusal: a stable code plus an optional safe detail (e.g. the limit that was exceeded). */
export interface Refusal {
  ok: false;
  code: ErrorCode;
  message: string;
  detail?: string;
}

export function refusal(code: ErrorCode, detail?: string): Refusal {
  return detail === undefined
    ? { ok: false, code, message: ERRORS[code].en }
    : { ok: false, code, message: `${ERRORS[code].en} (${detail})`, detail };
}
