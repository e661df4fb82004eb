/** The `/` tag search: any tag, loop, machine or interlock by name or description, as the object whose faceplate opens. */
import type { TagMeta } from '../../server/protocol.ts';
import { searchTags } from './penSearch.ts';

/** `TIC-5301.SP` → `TIC-5301`, `I-01.STATE` → `I-01`; plain tags stay as they are. */
export function faceplateObject(tag: string): string {
  return tag.replace(/\.(PV|SP|OP|MODE|STATE|FO)$/, '');
}

/** Objects matching `query`, best first, without duplicates; at most `limit`. */
export function searchObjects(tags: Iterable<TagMeta>, query: string, limit = 8): string[] {
  const out: string[] = [];
  for (const t of searchTags(tags, query, 200)) {
    const o = faceplateObject(t.name);
    if (!out.includes(o)) out.push(o);
    if (out.length >= limit) break;
  }
  return out;
}

/** True when `/` should open the search: not while typing in a field. */
export function isSearchKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }, targetTag: string | undefined, editable: boolean): boolean {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || editable) return false;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(targetTag ?? '');
}
