/** Everything the console's components share, handed down by context. */
import { createContext } from 'svelte';
import type { Lang } from '../i18n/index.ts';
import { login, logout } from '../lib/sessionApi.ts';
import { Connection } from './connection.svelte.ts';
import { LangState } from './lang.svelte.ts';
import { Selection } from './selection.svelte.ts';
import { RouteState } from './route.svelte.ts';
import { SessionState } from './session.svelte.ts';
import { TagStore } from './tags.svelte.ts';
import { AlarmStore } from './alarms.svelte.ts';
import { PlantInfo } from './plant.svelte.ts';

export class ConsoleState {
  readonly lang: LangState;
  readonly tags = new TagStore();
  readonly session = new SessionState();
  readonly conn: Connection;
  readonly selection = new Selection();
  readonly route = new RouteState();
  readonly alarms = new AlarmStore();
  readonly plant = new PlantInfo();
  loginOpen = $state(false);

  constructor(lang: Lang) {
    this.lang = new LangState(lang);
    this.conn = new Connection(this.tags, this.session);
    this.conn.listen('snapshot', (s) => this.alarms.applySnapshot(s.alarms));
    this.conn.listen('snapshot', (s) => this.plant.apply(s.catalog));
    this.conn.listen('alarms', (d) => this.alarms.applyDelta(d));
  }

  /** Logs in; on success the socket reconnects under the new session. */
  async login(user: string, password: string) {
    const result = await login(user, password);
    if (result.ok) {
      this.session.set(result.session);
      this.loginOpen = false;
      this.conn.reconnect();
    }
    return result;
  }

  async logout(): Promise<void> {
    if (await logout()) this.session.set({ user: 'visitor', role: 'visitor' });
    this.conn.reconnect();
  }
}

export const [getConsole, setConsole] = createContext<ConsoleState>();
