/**
 * One trend page: its pens, time window, live feed, cursor, marks and saved groups. The chart
 * reads it through a TrendPlotModel; the components render its fields.
 */
import type { TagMeta } from '../../server/protocol.ts';
import { fetchHistory } from '../lib/history.ts';
import { TREND_PENS } from '../lib/palette.ts';
import { trendScales, type TrendScale } from '../lib/trendAxes.ts';
import { fetchAlarmLimits, fetchMarkers, listGroups, type TrendGroup } from '../lib/trendApi.ts';
import { TrendFeed } from '../lib/trendFeed.ts';
import type { ActionMarker, AlarmLimit } from '../lib/trendMarks.ts';
import { fixed, live, pause, reachesNow, viewRange, type TrendView } from '../lib/trendView.ts';
import type { CursorAt, TrendPlotModel } from '../components/TrendView/trendPlot.ts';
import type { ConsoleState } from './console.svelte.ts';

/** Rows asked of the historian per window: enough for 1 h of 1-s data raw, ~2 per pixel beyond. */
export function historyPoints(spanMs: number): number {
  return spanMs <= 3_600_000 ? 4000 : 2000;
}

export class TrendState {
  readonly app: ConsoleState;
  readonly pens: readonly string[];
  readonly metas: TagMeta[];
  readonly scales: TrendScale[];
  readonly feed: TrendFeed;
  view = $state.raw<TrendView>(live(600_000));
  cursor = $state.raw<CursorAt | null>(null);
  cursorLeft = $state<number | null>(null);
  /** Bumped on every data change, so readouts re-read the columns. */
  version = $state(0);
  loading = $state(false);
  markers = $state.raw<ActionMarker[]>([]);
  limits = $state.raw<AlarmLimit[]>([]);
  groups = $state.raw<TrendGroup[]>([]);
  #listeners = new Set<() => void>();

  constructor(app: ConsoleState, pens: readonly string[], spanMs: number) {
    this.app = app;
    this.pens = pens;
    this.metas = pens.map((p) => app.tags.meta(p)).filter((m): m is TagMeta => m !== undefined);
    this.scales = trendScales(this.metas);
    this.view = live(spanMs);
    const tags = this.metas.map((m) => m.name);
    this.feed = new TrendFeed(
      {
        subscribe: (fn) => app.tags.subscribe(fn),
        fetchHistory: (t, from, to, points) => fetchHistory(t, from, to, points),
        comms: () => app.tags.comms,
      },
      tags,
      () => this.#changed(),
    );
  }

  get now(): number {
    return this.app.tags.plantNow ?? Date.now();
  }

  range(): [number, number] {
    return viewRange(this.view, this.now);
  }

  /** Starts the live feed and loads the marks; returns the stop function. */
  start(): () => void {
    const stop = this.feed.start(this.view.spanMs, historyPoints(this.view.spanMs));
    void this.refreshMarks();
    void fetchAlarmLimits().then((l) => (this.limits = l));
    void this.refreshGroups();
    const marks = setInterval(() => {
      void this.refreshMarks();
      void fetchAlarmLimits().then((l) => (this.limits = l));
    }, 15_000);
    return () => {
      stop();
      clearInterval(marks);
    };
  }

  /** Shows `view`, loading its window from the historian. */
  async setView(view: TrendView): Promise<void> {
    this.view = view;
    this.#changed();
    const [from, to] = this.range();
    this.loading = true;
    try {
      await this.feed.load(from, reachesNow(view, this.now) ? this.now : to, historyPoints(to - from));
    } finally {
      this.loading = false;
    }
    void this.refreshMarks();
  }

  togglePause(): void {
    void this.setView(this.view.kind === 'live' ? pause(this.view, this.now) : live(this.view.spanMs));
  }

  async refreshMarks(): Promise<void> {
    if (!this.app.session.loggedIn) return void (this.markers = []);
    const [from, to] = this.range();
    this.markers = await fetchMarkers(from, to);
    this.#changed();
  }

  async refreshGroups(): Promise<void> {
    this.groups = this.app.session.loggedIn ? await listGroups() : [];
  }

  colours(): string[] {
    return this.metas.map((_, i) => TREND_PENS[i % TREND_PENS.length]!);
  }

  model(): TrendPlotModel {
    return {
      series: this.feed.series,
      pens: this.metas,
      colours: this.colours(),
      scales: this.scales,
      range: () => this.range(),
      limits: () => this.limits,
      markers: () => this.markers,
      onZoom: (from, to) => void this.setView(fixed(from, to)),
      onCursor: (at, left) => {
        this.cursor = at;
        this.cursorLeft = left;
      },
      subscribe: (fn) => {
        this.#listeners.add(fn);
        return () => this.#listeners.delete(fn);
      },
    };
  }

  #changed(): void {
    this.version++;
    for (const fn of this.#listeners) fn();
  }
}
