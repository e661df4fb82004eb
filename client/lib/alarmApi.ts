/** HTTP calls of the alarm pages: configuration (rationalization, shelve maxima) and the journal. */
import type { AlarmConfigView, JournalRecord } from '../../server/protocol.ts';

/** Every configured alarm, or null when the server does not answer. */
export async function fetchAlarmConfig(fetchFn: typeof fetch = fetch): Promise<AlarmConfigView[] | null> {
  try {
    const res = await fetchFn('/api/alarms/config');
    if (!res.ok) return null;
    const body = (await res.json()) as { alarms?: AlarmConfigView[] };
    return Array.isArray(body.alarms) ? body.alarms : null;
  } catch (err) {
    console.warn('alarm configuration not loaded', err);
    return null;
  }
}

export type JournalResult = { ok: true; records: JournalRecord[] } | { ok: false; status: number };

/** Journal records for a query string (see lib/journal.ts `journalQuery`). */
export async function fetchJournal(query: string, fetchFn: typeof fetch = fetch): Promise<JournalResult> {
  const res = await fetchFn(`/api/journal?${query}`, { credentials: 'same-origin' });
  if (!res.ok) return { ok: false, status: res.status };
  const body = (await res.json()) as { records?: JournalRecord[] };
  return { ok: true, records: body.records ?? [] };
}
