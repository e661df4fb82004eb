/**
 * `npm run scenario -- --replay <from> <to> --alarms <database.json>`: re-evaluates the history in
 * DATA_DIR (history.db) against the current alarm database and the given one, and prints per alarm
 * and in total how many annunciations each produces, with the KPIs side by side.
 * Exit 0 on a finished comparison, 2 on bad arguments, an invalid database or no history.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPlant } from '../../simulator/index.ts';
import { AlarmDatabaseError, loadAlarmDatabase, type AlarmDatabase } from '../../server/alarms/database.ts';
import { formatComparison, replayAlarms } from '../../server/alarms/replay.ts';
import { openHistoryDb, SqliteHistoryStore } from '../../server/history/sqlite-store.ts';
import { parseTime } from '../../server/http/journal-query.ts';

export const REPLAY_USAGE = 'usage: npm run scenario -- --replay <from> <to> --alarms <database.json>   (times: ISO 8601 or epoch ms; history from DATA_DIR)';

export function runReplayCli(args: string[], dataDir: string, log: (line: string) => void, fail: (line: string) => void): number {
  const at = args.indexOf('--replay');
  const [fromRaw, toRaw] = [args[at + 1], args[at + 2]];
  const dbAt = args.indexOf('--alarms');
  const altFile = dbAt >= 0 ? args[dbAt + 1] : undefined;
  const from = fromRaw === undefined ? null : parseTime(fromRaw);
  const to = toRaw === undefined ? null : parseTime(toRaw);
  if (from === null || to === null || !altFile) return (fail(REPLAY_USAGE), 2);
  if (from >= to) return (fail(`--replay: <from> must be before <to> (${fromRaw} … ${toRaw})`), 2);

  let current: AlarmDatabase;
  let alternative: AlarmDatabase;
  try {
    current = loadAlarmDatabase();
    alternative = loadAlarmDatabase(resolve(altFile));
  } catch (err) {
    if (err instanceof AlarmDatabaseError) return (fail(err.message), 2);
    throw err;
  }
  if (!existsSync(join(dataDir, 'history.db'))) return (fail(`no history in ${dataDir} (history.db): run the server first, or set DATA_DIR`), 2);
  const store = new SqliteHistoryStore(openHistoryDb(dataDir));
  try {
    const catalog = createPlant({ seed: 1 }).catalog();
    const a = replayAlarms(store, catalog, current, from, to);
    if (a.samples === 0) return (fail(`no recorded samples between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`), 2);
    const b = replayAlarms(store, catalog, alternative, from, to);
    log(`replayed ${a.samples} samples, ${new Date(from).toISOString()} … ${new Date(to).toISOString()} (plant time)`);
    log(`current: ${current.file}   alternative: ${alternative.file}`);
    for (const line of formatComparison(a, b)) log(line);
    return 0;
  } finally {
    store.close();
  }
}
