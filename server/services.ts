/**
 * The server's parts wired together: database, journal, users, sessions, tag table, simulator
 * link and command registry. Pure of I/O except the SQLite file and the simulator socket.
 */
import type { Db } from './store/db.ts';
import { Journal } from './journal/journal.ts';
import { Users } from './auth/users.ts';
import { Sessions } from './auth/sessions.ts';
import { TagTable } from './tags/tag-table.ts';
import { SimLink } from './tags/sim-link.ts';
import { CommandRegistry } from './commands/registry.ts';
import type { WallClock } from './clock.ts';
import type { SessionUser, SystemState } from './protocol.ts';
import type { Historian } from './history/historian.ts';
import type { TrendGroups } from './history/trend-groups.ts';
import { AlarmService } from './alarms/service.ts';
import { loadAlarmDatabase, type AlarmDatabase } from './alarms/database.ts';
import type { AlarmDelta } from './protocol.ts';

export interface ServicesOptions {
  db: Db;
  simUrl: string;
  demoAccounts: boolean;
  now: WallClock;
  /** Called when tags or the system state changed (the socket shell publishes on its tick). */
  onSystem(s: SystemState): void;
  /** Called when the catalog is (re)loaded. */
  onCatalog(): void;
  /** The historian, fed from frame handling (none: nothing is recorded). */
  history?: Historian | null;
  /** Saved trend groups per user. */
  trendGroups?: TrendGroups | null;
  /** Alarm deltas, after they are journaled (the socket shell broadcasts them). */
  onAlarms?(d: AlarmDelta): void;
  /** The alarm database (default: server/alarms/workshop5-alarms.json). */
  alarmDb?: AlarmDatabase;
}

export class Services {
  readonly journal: Journal;
  readonly users: Users;
  readonly sessions: Sessions;
  readonly tags = new TagTable();
  readonly sim: SimLink;
  readonly commands: CommandRegistry;
  readonly now: WallClock;
  readonly startedAt: number;
  readonly history: Historian | null;
  readonly trendGroups: TrendGroups | null;
  readonly alarms: AlarmService;
  #linkUp = false;
  #stale = false;
  #lastFrameWall = 0;
  readonly #opts: ServicesOptions;

  constructor(opts: ServicesOptions) {
    this.#opts = opts;
    this.now = opts.now;
    this.startedAt = opts.now();
    this.history = opts.history ?? null;
    this.trendGroups = opts.trendGroups ?? null;
    this.journal = new Journal(opts.db);
    this.users = new Users(opts.db, opts.demoAccounts);
    this.sessions = new Sessions(opts.db, opts.now);
    this.alarms = new AlarmService({
      db: opts.db,
      journal: this.journal,
      tags: this.tags,
      database: opts.alarmDb ?? loadAlarmDatabase(),
      now: opts.now,
      onChange: (d) => opts.onAlarms?.(d),
    });
    this.sim = new SimLink(opts.simUrl, {
      onCatalog: (c) => {
        this.tags.setCatalog(c);
        this.alarms.onCatalog(c);
        this.history?.catalog(c);
        opts.onCatalog();
        this.#setLink(true);
      },
      onFrame: (f) => {
        if (!this.#linkUp) return; // frames before the catalog do not fit it
        this.#lastFrameWall = this.now();
        if (this.#stale) this.#setStale(false);
        if (!this.tags.applyFrame(f)) this.#systemEvent('simulator-frame', 'rejected: frame does not match the catalog');
        else this.history?.frame(f);
        this.alarms.onFrame(f.t);
      },
      onLink: (up) => this.#setLink(up),
    });
    this.commands = new CommandRegistry(
      this.journal,
      { tags: this.tags, clock: () => this.sim.clock, sendToPlant: (cmd) => this.sim.send(cmd), alarms: this.alarms },
      opts.now,
    );
  }

  system(): SystemState {
    return { simulator: this.#linkUp ? 'connected' : 'disconnected', clock: this.sim.clock, stale: this.#stale };
  }

  /** Called by the shell's watchdog: no frame for `staleMs` while linked means stale data. */
  checkStale(staleMs: number): void {
    if (this.#linkUp && !this.#stale && this.now() - this.#lastFrameWall > staleMs) this.#setStale(true);
  }

  auditLogin(user: string, found: SessionUser | null, action: 'login' | 'logout'): void {
    this.journal.append({
      wallT: this.now(),
      plantT: this.sim.clock?.t ?? null,
      kind: 'audit',
      user: user.slice(0, 64),
      role: found?.role ?? null,
      action,
      target: null,
      oldValue: null,
      newValue: null,
      result: found ? 'accepted' : 'rejected',
      code: found ? null : 'BAD_CREDENTIALS',
      source: 'api',
    });
  }

  close(): void {
    this.sim.close();
  }

  #setLink(up: boolean): void {
    if (up === this.#linkUp) return;
    this.#linkUp = up;
    this.#stale = false;
    this.#lastFrameWall = this.now();
    this.tags.setLink(up);
    this.history?.link(up);
    this.#systemEvent('simulator-link', up ? 'restored' : 'lost');
  }

  #setStale(stale: boolean): void {
    this.#stale = stale;
    this.tags.setStale(stale);
    this.#systemEvent('simulator-data', stale ? 'stale' : 'fresh');
  }

  /** Journal first, then tell the browsers. */
  #systemEvent(action: string, result: string): void {
    this.journal.append({
      wallT: this.now(),
      plantT: this.sim.clock?.t ?? null,
      kind: 'system',
      user: null,
      role: 'system',
      action,
      target: 'simulator',
      oldValue: null,
      newValue: null,
      result,
      code: null,
      source: 'server',
    });
    this.alarms.onSystem(this.system());
    this.#opts.onSystem(this.system());
  }
}
