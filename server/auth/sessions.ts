/**
 * Login sessions: a random token in an httpOnly, SameSite=Strict cookie; the database keeps only
 * its SHA-256, so sessions survive a server restart without storing a usable secret.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';
import type { SessionUser } from '../protocol.ts';
import type { WallClock } from '../clock.ts';
import { isRole } from './roles.ts';

export const SESSION_COOKIE = 'zk_session';
/** A session lasts one twelve-hour shift, renewed on use. */
export const SESSION_TTL_MS = 12 * 3600_000;

export const VISITOR: SessionUser = Object.freeze({ user: 'visitor', role: 'visitor' });

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class Sessions {
  readonly #db: Db;
  readonly #now: WallClock;

  constructor(db: Db, now: WallClock) {
    this.#db = db;
    this.#now = now;
  }

  create(user: SessionUser): string {
    const token = randomBytes(32).toString('base64url');
    this.#db
      .prepare('INSERT INTO sessions (token_hash, user, role, expires_t) VALUES (?, ?, ?, ?)')
      .run(hashToken(token), user.user, user.role, this.#now() + SESSION_TTL_MS);
    return token;
  }

  /** The session's user, or the visitor when the token is missing, unknown or expired. */
  resolve(token: string | undefined): SessionUser {
    if (!token) return VISITOR;
    const now = this.#now();
    const row = this.#db
      .prepare('SELECT user, role, expires_t FROM sessions WHERE token_hash = ?')
      .get(hashToken(token)) as { user: string; role: string; expires_t: number } | undefined;
    if (!row || row.expires_t < now || !isRole(row.role)) return VISITOR;
    this.#db.prepare('UPDATE sessions SET expires_t = ? WHERE token_hash = ?').run(now + SESSION_TTL_MS, hashToken(token));
    return { user: row.user, role: row.role };
  }

  destroy(token: string | undefined): void {
    if (token) this.#db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
    this.#db.prepare('DELETE FROM sessions WHERE expires_t < ?').run(this.#now());
  }
}

/** Reads one cookie from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_TTL_MS / 1000}`;
}

export const CLEAR_SESSION_COOKIE = `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
