/** Saved trend groups per user (pens and time span), kept in the history database. */
import type { HistoryDb } from './sqlite-store.ts';

export interface TrendGroup {
  /** Name the user gave it (1…64 characters). */
  name: string;
  /** Tag names, 1…8. */
  pens: string[];
  /** Time span shown, ms. */
  spanMs: number;
}

export const MAX_GROUPS_PER_USER = 50;

export class TrendGroups {
  readonly #s;

  constructor(db: HistoryDb) {
    this.#s = {
      list: db.prepare('SELECT name, body FROM trend_groups WHERE user = ? ORDER BY name'),
      count: db.prepare('SELECT count(*) FROM trend_groups WHERE user = ? AND name <> ?').pluck(),
      save: db.prepare('INSERT OR REPLACE INTO trend_groups (user, name, body, saved_t) VALUES (?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM trend_groups WHERE user = ? AND name = ?'),
    };
  }

  list(user: string): TrendGroup[] {
    return (this.#s.list.all(user) as { name: string; body: string }[]).map((r) => {
      const body = JSON.parse(r.body) as { pens: string[]; spanMs: number };
      return { name: r.name, pens: body.pens, spanMs: body.spanMs };
    });
  }

  /** Saves (or replaces) a group; false when the user already has the most groups allowed. */
  save(user: string, g: TrendGroup, wallT: number): boolean {
    if ((this.#s.count.get(user, g.name) as number) >= MAX_GROUPS_PER_USER) return false;
    this.#s.save.run(user, g.name, JSON.stringify({ pens: g.pens, spanMs: g.spanMs }), wallT);
    return true;
  }

  remove(user: string, name: string): boolean {
    return this.#s.remove.run(user, name).changes > 0;
  }
}
