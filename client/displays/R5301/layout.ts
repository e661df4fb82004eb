/**
 * Geometry of the R-5301 unit display, in SVG user units (viewBox 1000 × 560). Pure data and
 * maths only; the components draw it.
 */

export const VIEW = { width: 1000, height: 590 } as const;

/** The process drawing sits below the title: its coordinates are shifted down by this much. */
export const DRAWING_TOP = 30;

/** The chlorinator: straight body between two elliptical heads. */
export const VESSEL = { cx: 470, rx: 95, bodyTop: 170, bodyBottom: 400, headRy: 32 } as const;
export const VESSEL_TOP = VESSEL.bodyTop - VESSEL.headRy;
export const VESSEL_BOTTOM = VESSEL.bodyBottom + VESSEL.headRy;

/** The cooling jacket around the lower body, `gap` outside the vessel wall. */
export const JACKET = { top: 240, gap: 18 } as const;

export const MOTOR = { x: 470, y: 88, r: 22 } as const;
export const IMPELLER_Y = 392;

/** Pipe runs as polylines. */
export const PIPES = {
  feed: [[20, 120], [420, 120], [420, VESSEL_TOP + 5]],
  cwSupply: [[980, 390], [VESSEL.cx + VESSEL.rx + JACKET.gap, 390]],
  cwReturn: [[VESSEL.cx + VESSEL.rx + JACKET.gap, 255], [980, 255]],
  product: [[VESSEL.cx, VESSEL_BOTTOM], [VESSEL.cx, 470], [20, 470]],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

/** The cascade signal from TIC-5301 to FIC-5306 (dashed). */
export const CASCADE = [[250, 312], [250, 510], [700, 510], [700, 316], [738, 316]] as const;

export const VALVES = {
  feed: { x: 250, y: 120 },
  cw: { x: 760, y: 390 },
} as const;

export type BoxSide = 'left' | 'right' | 'below';

export interface InstrumentPlace {
  x: number;
  y: number;
  box: BoxSide;
  /** Where the dashed/solid connection to the process goes, if any. */
  link?: readonly [number, number];
}

export const INSTRUMENTS = {
  'FIC-5301': { x: 250, y: 62, box: 'left', link: [250, 102] },
  'LIC-5307': { x: 250, y: 190, box: 'left', link: [VESSEL.cx - VESSEL.rx, 190] },
  'TIC-5301': { x: 250, y: 290, box: 'left', link: [VESSEL.cx - VESSEL.rx, 290] },
  'FIC-5306': { x: 760, y: 316, box: 'right', link: [760, 372] },
  'TI-5304': { x: 820, y: 200, box: 'right', link: [820, 255] },
  'TI-5305': { x: 900, y: 440, box: 'below', link: [900, 390] },
  'SI-5310': { x: 640, y: 66, box: 'right' },
  'II-5310': { x: 640, y: 140, box: 'right' },
  'AI-5309': { x: 110, y: 420, box: 'right', link: [110, 470] },
} as const satisfies Record<string, InstrumentPlace>;

/** Size of the instrument symbol (square with inscribed circle: shared DCS display). */
export const BUBBLE = 22;
export const ROW_H = 21;
export const BOX_W = 150;

/** `TIC-5301` → [`TIC`, `5301`]; names without a dash stay whole. */
export function tagParts(name: string): [string, string] {
  const i = name.indexOf('-');
  return i < 0 ? [name, ''] : [name.slice(0, i), name.slice(i + 1)];
}

/** The top-left corner of an instrument's value box with `rows` rows. */
export function boxOrigin(p: Pick<InstrumentPlace, 'x' | 'y' | 'box'>, rows: number): [number, number] {
  const h = rows * ROW_H;
  switch (p.box) {
    case 'right':
      return [p.x + BUBBLE + 6, p.y - h / 2];
    case 'left':
      return [p.x - BUBBLE - 6 - BOX_W, p.y - h / 2];
    case 'below':
      return [p.x - BOX_W / 2, p.y + BUBBLE + 4];
  }
}

/** y of the liquid surface for a level fraction 0…1 (whole vessel height, heads included). */
export function levelY(fraction: number | null): number {
  const f = fraction === null ? 0 : Math.min(1, Math.max(0, fraction));
  return VESSEL_BOTTOM - f * (VESSEL_BOTTOM - VESSEL_TOP);
}

/** SVG path of the vessel outline. */
export function vesselPath(): string {
  const { cx, rx, bodyTop, bodyBottom, headRy } = VESSEL;
  return (
    `M${cx - rx},${bodyTop} A${rx},${headRy} 0 0 1 ${cx + rx},${bodyTop} ` +
    `L${cx + rx},${bodyBottom} A${rx},${headRy} 0 0 1 ${cx - rx},${bodyBottom} Z`
  );
}

/** SVG path of the jacket (open at the top, where it meets the vessel wall). */
export function jacketPath(): string {
  const { cx, rx, bodyBottom, headRy } = VESSEL;
  const l = cx - rx - JACKET.gap;
  const r = cx + rx + JACKET.gap;
  return (
    `M${cx - rx},${JACKET.top} L${l},${JACKET.top} L${l},${bodyBottom} ` +
    `A${rx + JACKET.gap},${headRy + JACKET.gap} 0 0 0 ${r},${bodyBottom} L${r},${JACKET.top} L${cx + rx},${JACKET.top}`
  );
}

/** `points` attribute of a polyline. */
export function points(line: readonly (readonly [number, number])[]): string {
  return line.map(([x, y]) => `${x},${y}`).join(' ');
}

/** Bow-tie control valve body centred on (x, y). */
export function valvePoints(x: number, y: number, half = 14, h = 9): [string, string] {
  return [`${x - half},${y - h} ${x - half},${y + h} ${x},${y}`, `${x + half},${y - h} ${x + half},${y + h} ${x},${y}`];
}

/** One live value in an instrument's box. */
export interface InstrumentRow {
  /** Short mnemonic drawn in the box (PV, SP, OP, MD); empty for a single-value indicator. */
  caption: string;
  tag: string;
  /** Accessible name of the value, in the current language. */
  name: string;
}

const LOOP_ROWS = [
  ['PV', 'PV'],
  ['SP', 'SP'],
  ['OP', 'OP'],
  ['MD', 'MODE'],
] as const;

/**
 * The rows an instrument shows: PV, SP, OP and mode for a loop (those the catalog has), the tag
 * itself for an indicator. `words` names the parameters in the current language.
 */
export function instrumentRows(
  name: string,
  isLoop: boolean,
  hasTag: (tag: string) => boolean,
  words: Readonly<Record<'PV' | 'SP' | 'OP' | 'MODE', string>>,
): InstrumentRow[] {
  if (!isLoop) return [{ caption: '', tag: name, name }];
  return LOOP_ROWS.filter(([, p]) => hasTag(`${name}.${p}`)).map(([caption, p]) => ({
    caption,
    tag: `${name}.${p}`,
    name: `${name} ${words[p]}`,
  }));
}

/** The rectangle that takes an instrument's clicks: its symbol, its value box and what lies between. */
export function hitArea(
  p: Pick<InstrumentPlace, 'x' | 'y'>,
  origin: readonly [number, number],
  rows: number,
): { x: number; y: number; width: number; height: number } {
  const left = Math.min(p.x - BUBBLE, origin[0]);
  const top = Math.min(p.y - BUBBLE, origin[1]);
  const right = Math.max(p.x + BUBBLE, origin[0] + BOX_W);
  const bottom = Math.max(p.y + BUBBLE, origin[1] + rows * ROW_H);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
