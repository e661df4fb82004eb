/** The journal page: filter, the page of records the server sent (acknowledged server data only), paging back by record id. */
import type { JournalRecord } from '../../server/protocol.ts';
import { fetchJournal } from '../lib/alarmApi.ts';
import { EMPTY_JOURNAL_FILTER, JOURNAL_PAGE, journalPage, journalQuery, type JournalFilter } from '../lib/journal.ts';

export { JOURNAL_PAGE };

const TYPING_MS = 300;

export class JournalState {
  filter = $state<JournalFilter>({ ...EMPTY_JOURNAL_FILTER });
  /** This page, newest first. */
  rows = $state.raw<JournalRecord[]>([]);
  hasOlder = $state(false);
  /** `before` ids of the pages back from the newest (empty on the newest page). */
  cursors = $state.raw<number[]>([]);
  /** '' loaded; 'login' needs a login; otherwise the HTTP status of a failure. */
  problem = $state<string>('');
  loading = $state(false);
  page = $derived(this.cursors.length);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;

  /** The newest page for the current filter. */
  load(): Promise<void> {
    clearTimeout(this.#timer);
    return this.#fetch([]);
  }

  /** Reloads shortly after typing stops. */
  typed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.load(), TYPING_MS);
  }

  older(): Promise<void> {
    const oldest = this.rows.at(-1);
    return this.hasOlder && oldest ? this.#fetch([...this.cursors, oldest.id]) : Promise.resolve();
  }

  newer(): Promise<void> {
    return this.#fetch(this.cursors.slice(0, -1));
  }

  async #fetch(cursors: number[]): Promise<void> {
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const r = await fetchJournal(journalQuery(this.filter, JOURNAL_PAGE + 1, cursors.at(-1)));
      if (seq !== this.#seq) return; // a newer request is on its way
      if (r.ok) {
        const p = journalPage(r.records);
        this.rows = p.rows;
        this.hasOlder = p.hasOlder;
        this.cursors = cursors;
        this.problem = '';
      } else {
        this.rows = [];
        this.hasOlder = false;
        this.problem = r.status === 401 || r.status === 403 ? 'login' : String(r.status);
      }
    } catch (err) {
      console.warn('journal not loaded', err);
      if (seq === this.#seq) this.problem = 'network';
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }
}
