/** Finding trend pens: tags whose name or description (English or Chinese) matches what was typed. */
import type { TagMeta } from '../../server/protocol.ts';

/** Tags matching `query`, best first: name prefix, then name, then description; at most `limit`. */
export function searchTags(tags: Iterable<TagMeta>, query: string, limit = 20): TagMeta[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: [number, TagMeta][] = [];
  for (const t of tags) {
    const name = t.name.toLowerCase();
    const score = name.startsWith(q)
      ? 0
      : name.includes(q)
        ? 1
        : t.desc.en.toLowerCase().includes(q) || t.desc.zh.includes(query.trim())
          ? 2
          : -1;
    if (score >= 0) scored.push([score, t]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name));
  return scored.slice(0, limit).map(([, t]) => t);
}

export const MAX_PENS = 8;

/** Adds a pen unless it is there already or the trend is full. */
export function addPen(pens: readonly string[], tag: string): string[] {
  return pens.includes(tag) || pens.length >= MAX_PENS ? [...pens] : [...pens, tag];
}
