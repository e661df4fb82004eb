/**
 * The alarm list as the server sends it (snapshot on every connect, then `alarms` deltas), the
 * horn state, and the alarm configuration (limits, shelve maxima, rationalization) fetched once.
 */
import type { AlarmConfigView, AlarmDelta, AlarmSnapshot, AlarmView } from '../../server/protocol.ts';
import { applyAlarmDelta, bannerAlarms, hornPriority, priorityCounts } from '../lib/alarms.ts';
import { fetchAlarmConfig } from '../lib/alarmApi.ts';

export class AlarmStore {
  list = $state.raw<AlarmView[]>([]);
  sounding = $state(false);
  config = $state.raw<ReadonlyMap<string, AlarmConfigView>>(new Map());
  banner = $derived(bannerAlarms(this.list));
  counts = $derived(priorityCounts(this.list));
  tone = $derived(this.sounding ? hornPriority(this.list) : null);

  applySnapshot(s: AlarmSnapshot | undefined): void {
    this.list = s?.alarms ?? [];
    this.sounding = s?.horn.sounding ?? false;
  }

  applyDelta(d: AlarmDelta): void {
    this.list = applyAlarmDelta(this.list, d);
    this.sounding = d.horn.sounding;
  }

  /** Configured alarms of one tag (loop name or tag), for faceplates. */
  configOf(tag: string): AlarmConfigView[] {
    return [...this.config.values()].filter((c) => c.tag === tag);
  }

  async loadConfig(): Promise<void> {
    const list = await fetchAlarmConfig();
    if (list) this.config = new Map(list.map((c) => [c.id, c]));
  }
}
