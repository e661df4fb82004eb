/** The alarm summary's view state: tab and filters, sort, page, selected rows, the open dialog. */
import type { AlarmView } from '../../server/protocol.ts';
import {
  DEFAULT_SORT, NO_FILTER, filterAlarms, pageOf, sortAlarms, type AlarmFilter, type AlarmSort, type SortKey,
} from '../lib/alarms.ts';
import type { AlarmStore } from './alarms.svelte.ts';

export const PAGE_SIZE = 20;

export type SummaryDialog = { kind: 'shelve' | 'oos' | 'help'; alarm: AlarmView } | null;

export class AlarmSummary {
  filter = $state.raw<AlarmFilter>(NO_FILTER);
  sort = $state.raw<AlarmSort>(DEFAULT_SORT);
  page = $state(0);
  selected = $state.raw<ReadonlySet<string>>(new Set());
  dialog = $state.raw<SummaryDialog>(null);
  #store: AlarmStore;
  rows = $derived.by(() => sortAlarms(filterAlarms(this.#store.list, this.filter), this.sort));
  view = $derived.by(() => pageOf(this.rows, this.page, PAGE_SIZE));

  constructor(store: AlarmStore) {
    this.#store = store;
  }

  setFilter(patch: Partial<AlarmFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.page = 0;
    this.selected = new Set();
  }

  sortBy(key: SortKey): void {
    this.sort = this.sort.key === key ? { key, asc: !this.sort.asc } : { key, asc: key !== 'time' };
  }

  toggle(id: string): void {
    const next = new Set(this.selected);
    if (!next.delete(id)) next.add(id);
    this.selected = next;
  }

  /** Selects every row of the visible page, or clears the selection when they all are selected. */
  togglePage(): void {
    const ids = this.view.rows.map((a) => a.id);
    this.selected = ids.every((id) => this.selected.has(id)) ? new Set() : new Set(ids);
  }

  /** Selected alarms that are still listed. */
  get selectedAlarms(): AlarmView[] {
    return this.rows.filter((a) => this.selected.has(a.id));
  }
}
