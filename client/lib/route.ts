/** The console's pages in the location hash: `#/` (unit display) and `#/trend?pens=A,B&span=600000`. */
export type Route = { page: 'unit' } | { page: 'trend'; pens: string[]; spanMs: number | null } | { page: 'alarms' } | { page: 'journal' } | { page: 'overview' } | { page: 'unitDisplay'; unit: string };

export function parseRoute(hash: string): Route {
  if (/^#\/alarms\/?$/.test(hash)) return { page: 'alarms' };
  if (/^#\/journal\/?$/.test(hash)) return { page: 'journal' };
  if (/^#\/overview\/?$/.test(hash)) return { page: 'overview' };
  const unit = /^#\/unit\/(U5[1-9])$/.exec(hash);
  if (unit) return unit[1] === 'U53' ? { page: 'unit' } : { page: 'unitDisplay', unit: unit[1]! };
  const m = /^#\/trend(?:\?(.*))?$/.exec(hash);
  if (!m) return { page: 'unit' };
  const q = new URLSearchParams(m[1] ?? '');
  const pens = (q.get('pens') ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '').slice(0, 8);
  const span = Number(q.get('span'));
  return { page: 'trend', pens, spanMs: Number.isInteger(span) && span > 0 ? span : null };
}

export function trendHash(pens: readonly string[], spanMs: number): string {
  return `#/trend?${new URLSearchParams({ pens: pens.join(','), span: String(spanMs) }).toString().replace(/%2C/g, ',')}`;
}
