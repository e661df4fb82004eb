/**
 * A tag as the plant exposes it: its catalog entry, how to read it, and (if writable) how to write
 * it. Units publish points; the plant indexes them by name and knows nothing else about them.
 */
import type { SimErrorCode } from '../errors.ts';
import type { QualityCode, SimReply, TagMeta } from '../protocol.ts';

export interface TagPoint {
  readonly meta: TagMeta;
  /** Current value, engineering units (discrete: state index). */
  read(): number;
  quality(): QualityCode;
  /** Present exactly when `meta.writable`; applies the write or refuses it, changing nothing. */
  write?(value: number | string): SimReply;
}

export type Refusal = Extract<SimReply, { ok: false }>;

export function refuse(code: SimErrorCode, detail: string): Refusal {
  return { ok: false, code, detail };
}

/** Refuses a number outside [lo, hi]; names the range in the detail. */
export function checkRange(meta: TagMeta, value: number): Refusal | undefined {
  if (value < meta.lo || value > meta.hi) {
    return refuse('OUT_OF_RANGE', `${meta.name} must be within ${meta.lo}…${meta.hi} ${meta.eu}`.trimEnd());
  }
  return undefined;
}

/** A read-only measured or calculated point. */
export function indicatorPoint(meta: TagMeta, source: { readonly value: number; readonly quality: QualityCode }): TagPoint {
  return { meta, read: () => source.value, quality: () => source.quality };
}
