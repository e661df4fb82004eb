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
