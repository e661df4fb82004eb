/**
 * Who may log in. Real accounts live in the database (scrypt hashes); the demo accounts
 * (password = user name) exist only in memory and only when the server listens on loopback.
 */
import type { Db } from '../store/db.ts';
import type { Role, SessionUser } from '../protocol.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { isRole } from './roles.ts';

export const DEMO_USERS: readonly Role[] = ['operator', 'supervisor', 'instructor', 'engineer', 'admin'];

export class Users {
  readonly #db: Db;
  readonly #demo = new Map<string, { role: Role; password: string }>();

  constructor(db: Db, demoAccounts: boolean) {
    this.#db = db;
    if (demoAccounts) for (const role of DEMO_USERS) this.#demo.set(role, { role, password: hashPassword(role) });
  }

  /** Creates or replaces an account. */
  set(name: string, role: Role, password: string): void {
    this.#db
      .prepare('INSERT INTO users (name, role, password) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET role = excluded.role, password = excluded.password')
      .run(name, role, hashPassword(password));
  }

  remove(name: string): boolean {
    return this.#db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
  }

  list(): SessionUser[] {
    return (this.#db.prepare('SELECT name, role FROM users ORDER BY name').all() as { name: string; role: Role }[]).map(
      (r) => ({ user: r.name, role: r.role }),
    );
  }

  /** The user when the password matches, else null. Database accounts win over demo accounts. */
  verify(name: string, password: string): SessionUser | null {
    const row = this.#db.prepare('SELECT role, password FROM users WHERE name = ?').get(name) as
      | { role: string; password: string }
      | undefined;
    const account = row ?? this.#demo.get(name);
    if (!account || !isRole(account.role) || !verifyPassword(password, account.password)) return null;
    return { user: name, role: account.role };
  }
}
