/**
 * How the quality of a value is drawn (style guide): bad → magenta outline + "?", uncertain or
 * stale → magenta outline + "~", communication lost → value greyed, never a frozen black number.
 */
import type { Quality, SystemState, TagState } from '../../server/protocol.ts';

/** What the console knows about its data path. */
export interface Comms {
  /** The browser's socket to the server is up. */
  socket: boolean;
  simulator: SystemState['simulator'];
  /** The server has had no frame from the simulator within the stale period. */
  stale: boolean;
}

export const COMMS_DOWN: Comms = { socket: false, simulator: 'disconnected', stale: false };

/** True when live values cannot be trusted as live: server socket down or simulator disconnected. */
export function commsLost(c: Comms): boolean {
  return !c.socket || c.simulator === 'disconnected';
}

/** Why the comms banner is shown, or null when it is not. */
export function commsProblem(c: Comms): 'server' | 'simulator' | null {
  if (!c.socket) return 'server';
  if (c.simulator === 'disconnected') return 'simulator';
  return null;
}

const RANK: Record<Quality, number> = { good: 0, uncertain: 1, bad: 2 };

/** Quality as the console must treat it: a disconnected simulator makes it bad, staleness uncertain. */
export function effectiveQuality(q: Quality, c: Comms): Quality {
  if (c.simulator === 'disconnected') return 'bad';
  if (c.stale && RANK[q] < RANK.uncertain) return 'uncertain';
  return q;
}

export type QualityMark = '' | '?' | '~';

/** The mark drawn beside a value of this quality. */
export function qualityMark(q: Quality): QualityMark {
  return q === 'bad' ? '?' : q === 'uncertain' ? '~' : '';
}

/** Everything a view needs to draw one live value. */
export interface ValueLook {
  /** No value received yet. */
  empty: boolean;
  quality: Quality;
  mark: QualityMark;
  /** Magenta outline (bad or uncertain). */
  outline: boolean;
  /** Text drawn in the comms-lost grey instead of black. */
  greyed: boolean;
}

export function valueLook(state: TagState | undefined, c: Comms): ValueLook {
  const greyed = commsLost(c);
  if (state === undefined) return { empty: true, quality: 'bad', mark: '', outline: false, greyed: true };
  const quality = effectiveQuality(state.q, c);
  const mark = qualityMark(quality);
  return { empty: false, quality, mark, outline: mark !== '', greyed };
}

/** The value a trend plots for this state: null (a gap) when it is missing or bad. */
export function plotValue(state: TagState | undefined, c: Comms): number | null {
  if (state === undefined || effectiveQuality(state.q, c) === 'bad' || !c.socket) return null;
  return state.v;
}

/** One trend row: the plotted value of each tag in `tags`. */
export function plotRow(table: Readonly<Record<string, TagState>>, tags: readonly string[], c: Comms): (number | null)[] {
  return tags.map((tag) => plotValue(table[tag], c));
}
