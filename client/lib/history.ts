/**
 * Back-filling a trend from the historian: `GET /api/history?tags=A,B&from&to&points=N` answers
 * columns `{ t: [...], A: [...], B: [...] }` (plant time, epoch ms; null where there is no good value).
 */

/** One trend row: plant time (epoch ms) and a value per tag. */
export type HistoryRow = [t: number, values: (number | null)[]];

export function historyUrl(tags: readonly string[], from: number, to: number, points: number): string {
  const q = new URLSearchParams({
    tags: tags.join(','),
    from: String(Math.floor(from)),
    to: String(Math.ceil(to)),
    points: String(points),
  });
  return `/api/history?${q.toString()}`;
}

const isValue = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Rows in ascending time, or null when the body is not the columns of these tags. */
export function parseHistory(body: unknown, tags: readonly string[]): HistoryRow[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const cols = body as Record<string, unknown>;
  const t = cols.t;
  if (!Array.isArray(t) || !t.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
  const series = tags.map((tag) => cols[tag]);
  if (!series.every((s): s is unknown[] => Array.isArray(s) && s.length === t.length && s.every(isValue))) return null;
  const rows: HistoryRow[] = t.map((time: number, i) => [time, series.map((s) => s[i] as number | null)]);
  return rows.sort((a, b) => a[0] - b[0]);
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The historian's rows, or null when there is no historian answer (the trend then starts empty). */
export async function fetchHistory(
  tags: readonly string[],
  from: number,
  to: number,
  points: number,
  fetchFn: Fetch = fetch,
): Promise<HistoryRow[] | null> {
  try {
    const res = await fetchFn(historyUrl(tags, from, to, points), { credentials: 'same-origin' });
    if (!res.ok) return null;
    return parseHistory(await res.json(), tags);
  } catch (err) {
    console.warn('trend back-fill failed; the trend starts empty', err);
    return null;
  }
}
