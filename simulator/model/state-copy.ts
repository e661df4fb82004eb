/**
 * Copies the complete dynamic state of an object graph (the plant's units) into a flat list, and
 * back: every own data property in a fixed traversal order — numbers, strings, booleans, typed
 * arrays, plain data objects (copied whole) — recursing into class instances (each visited once).
 * Functions, accessors and Maps are structure, not state. Two plants built by the same code have
 * the same structure, so a state taken from one restores onto the other.
 */

export type StateBlob = readonly unknown[];

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Plain data all the way down (no functions, no class instances): copied whole. */
function isPureData(v: unknown, depth = 0): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function';
  if (depth > 6) return false;
  if (Array.isArray(v)) return v.every((x) => isPureData(x, depth + 1));
  if (!isPlain(v)) return false;
  return Object.values(v).every((x) => isPureData(x, depth + 1));
}

type Visit = (holder: Record<string, unknown> | unknown[], key: string | number, value: unknown) => void;

function walk(root: object, seen: Set<object>, leaf: Visit): void {
  if (seen.has(root)) return;
  seen.add(root);
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) visit(root, i, root[i], seen, leaf);
    return;
  }
  for (const key of Object.keys(root)) {
    const d = Object.getOwnPropertyDescriptor(root, key);
    if (!d || d.get || d.set) continue;
    visit(root as Record<string, unknown>, key, d.value, seen, leaf);
  }
}

function visit(holder: Record<string, unknown> | unknown[], key: string | number, v: unknown, seen: Set<object>, leaf: Visit): void {
  if (typeof v === 'function' || v instanceof Map || v instanceof Set) return;
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || isPureData(v)) {
    leaf(holder, key, v);
    return;
  }
  walk(v, seen, leaf);
}

/** The state of `root` as a flat list of copies. */
export function captureState(root: object): StateBlob {
  const out: unknown[] = [];
  walk(root, new Set(), (_h, _k, v) => {
    if (ArrayBuffer.isView(v)) out.push((v as Float64Array).slice());
    else if (v !== null && typeof v === 'object') out.push(structuredClone(v));
    else out.push(v);
  });
  return out;
}

/** Writes a captured state back into `root` (same structure). Throws if the shapes differ. */
export function restoreState(root: object, blob: StateBlob): void {
  let i = 0;
  walk(root, new Set(), (h, k, v) => {
    if (i >= blob.length) throw new Error('snapshot does not match the plant structure');
    const saved = blob[i++];
    if (ArrayBuffer.isView(v)) (v as Float64Array).set(saved as Float64Array);
    else if (saved !== null && typeof saved === 'object') (h as Record<string | number, unknown>)[k] = structuredClone(saved);
    else (h as Record<string | number, unknown>)[k] = saved;
  });
  if (i !== blob.length) throw new Error('snapshot does not match the plant structure');
}
