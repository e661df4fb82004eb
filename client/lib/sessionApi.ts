/**
 * Login and logout over the HTTP API (`/api/session`). The session itself is an httpOnly cookie;
 * after either call the socket must reconnect to pick up the new session.
 */
import { isErrorCode, type ErrorCode } from '../../server/errors.ts';
import { ROLES, type Role, type SessionUser } from '../../server/protocol.ts';
import { translate, type Lang } from '../i18n/index.ts';
import { refusalText } from './writeFlow.ts';

export type SessionResult = { ok: true; session: SessionUser } | { ok: false; code: ErrorCode | 'NETWORK' };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** Interprets a `/api/session` response body; anything unexpected is a server error. */
export function parseSessionBody(body: unknown): SessionResult {
  const b = body as Record<string, unknown> | null;
  if (b?.ok === true && typeof b.user === 'string' && isRole(b.role)) {
    return { ok: true, session: { user: b.user, role: b.role } };
  }
  if (b?.ok === false && isErrorCode(b.code)) return { ok: false, code: b.code };
  return { ok: false, code: 'INTERNAL' };
}

async function call(fetchFn: Fetch, method: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const res = await fetchFn('/api/session', init);
  return res.json().catch(() => null);
}

export async function login(user: string, password: string, fetchFn: Fetch = fetch): Promise<SessionResult> {
  try {
    return parseSessionBody(await call(fetchFn, 'POST', { user, password }));
  } catch (err) {
    console.warn('login request failed', err);
    return { ok: false, code: 'NETWORK' };
  }
}

/** Ends the session; true when the server confirmed. */
export async function logout(fetchFn: Fetch = fetch): Promise<boolean> {
  try {
    const body = (await call(fetchFn, 'DELETE')) as { ok?: unknown } | null;
    return body?.ok === true;
  } catch (err) {
    console.warn('logout request failed', err);
    return false;
  }
}

/** Why a login failed, in `lang`. */
export function loginFailureText(lang: Lang, code: ErrorCode | 'NETWORK'): string {
  return code === 'NETWORK' ? translate(lang, 'login.network') : refusalText(lang, code);
}
