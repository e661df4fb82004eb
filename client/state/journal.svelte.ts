/** The journal page: filter, fetched records (acknowledged server data only), page. */
import type { JournalRecord } from '../../server/protocol.ts';
import { fetchJournal } from '../lib/alarmApi.ts';
import { pageOf } from '../lib/alarms.ts';
import { EMPTY_JOURNAL_FILTER, filterJournal, journalQuery, type JournalFilter } from '../lib/journal.ts';

export const JOURNAL_PAGE = 25;

export class JournalState {
  filter = $state<JournalFilter>({ ...EMPTY_JOURNAL_FILTER });
  records = $state.raw<JournalRecord[]>([]);
  /** '' loaded; 'login' needs a login; otherwise the HTTP status of a failure. */
  problem = $state<string>('');
  loading = $state(false);
  page = $state(0);
  #unitOf: (name: string) => string | undefined;
  shown = $derived.by(() => filterJournal(this.records, this.filter, this.#unitOf));
  view = $derived.by(() => pageOf(this.shown, this.page, JOURNAL_PAGE));

  constructor(unitOf: (name: string) => string | undefined) {
    this.#unitOf = unitOf;
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      const r = await fetchJournal(journalQuery(this.filter));
      if (r.ok) {
        this.records = r.records;
        this.problem = '';
      } else {
        this.records = [];
        this.problem = r.status === 401 || r.status === 403 ? 'login' : String(r.status);
      }
    } catch (err) {
      console.warn('journal not loaded', err);
      this.problem = 'network';
    } finally {
      this.loading = false;
      this.page = 0;
    }
  }
}
