/**
 * Level 2 process graphics as data: per unit a small flowsheet (positioned vessels and machines,
 * pumps, control and on/off valves, pipes as polylines, instrument bubbles with their value boxes,
 * interlock boxes) in a 1200 × 700 drawing. Framework-free; the Flowsheet components draw it.
 * Units without a flowsheet fall back to the generic layout of unitDisplay.ts.
 */
import type { FlowsheetKey } from '../i18n/flowsheet.ts';
import { equipmentKind, type EquipmentKind } from './unitDisplay.ts';

export const FS_VIEW = { width: 1200, height: 700 } as const;

export type ShapeKind = 'tank' | 'reactor' | 'column' | 'centrifuge' | 'dryer' | 'conveyor' | 'container' | 'header';
export type Pt = readonly [number, number];

export interface FsShape {
  /** Equipment name drawn inside (never translated). */
  name: string;
  kind: ShapeKind;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Tag whose value (fraction of its range) fills the shape as the level. */
  level?: string;
  /** Caption key (i18n) under the name. */
  caption?: FsCaption;
}

export interface FsMachine {
  name: string;
  x: number;
  y: number;
}

export interface FsValve {
  /** The loop whose OP positions the valve. */
  loop: string;
  x: number;
  y: number;
}

export interface FsPipe {
  points: readonly Pt[];
  main?: boolean;
  /** Caption key drawn at the first point (or the last when `at` is 'end'). */
  caption?: FsCaption;
  at?: 'start' | 'end';
}

export type BoxSide = 'left' | 'right' | 'below';

export interface FsInstrument {
  name: string;
  x: number;
  y: number;
  box: BoxSide;
  link?: Pt;
}

export interface FsInterlock {
  id: string;
  x: number;
  y: number;
}

export interface Flowsheet {
  unit: string;
  shapes: FsShape[];
  machines: FsMachine[];
  valves: FsValve[];
  pipes: FsPipe[];
  instruments: FsInstrument[];
  interlocks: FsInterlock[];
}

/** Captions of pipes and shapes; the i18n key is `fs.<caption>`. */
type Caption<K> = K extends `fs.${infer C}` ? C : never;
export type FsCaption = Caption<FlowsheetKey>;

// instrument geometry (same symbol as the R-5301 display)
export const BUBBLE = 22;
export const ROW_H = 21;
export const BOX_W = 150;

export interface Rect {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Rows of an instrument: loops show PV, SP, OP, mode; indicators one value. */
export function instrumentRowCount(isLoop: boolean): number {
  return isLoop ? 4 : 1;
}

/** The rectangle an instrument (bubble + value box) covers. */
export function instrumentRect(i: FsInstrument, rows: number): Rect {
  const h = rows * ROW_H;
  switch (i.box) {
    case 'right':
      return { name: i.name, x: i.x - BUBBLE, y: i.y - Math.max(BUBBLE, h / 2), w: 2 * BUBBLE + 6 + BOX_W, h: Math.max(2 * BUBBLE, h) };
    case 'left':
      return { name: i.name, x: i.x - BUBBLE - 6 - BOX_W, y: i.y - Math.max(BUBBLE, h / 2), w: 2 * BUBBLE + 6 + BOX_W, h: Math.max(2 * BUBBLE, h) };
    case 'below':
      return { name: i.name, x: i.x - BOX_W / 2, y: i.y - BUBBLE, w: BOX_W, h: 2 * BUBBLE + 4 + h };
  }
}

export const machineRect = (m: FsMachine): Rect => ({ name: m.name, x: m.x - 40, y: m.y - 46, w: 80, h: 92 });
export const valveRect = (v: FsValve): Rect => ({ name: `${v.loop} valve`, x: v.x - 16, y: v.y - 30, w: 32, h: 58 });
export const interlockRect = (i: FsInterlock): Rect => ({ name: i.id, x: i.x, y: i.y, w: 220, h: 40 });
export const shapeRect = (s: FsShape): Rect => ({ name: s.name, x: s.x, y: s.y, w: s.w, h: s.h });

/** Every clickable or drawn object's rectangle, for the overlap and fit checks. */
export function objectRects(fs: Flowsheet, isLoop: (name: string) => boolean): Rect[] {
  return [
    ...fs.shapes.map(shapeRect),
    ...fs.machines.map(machineRect),
    ...fs.valves.map(valveRect),
    ...fs.instruments.map((i) => instrumentRect(i, instrumentRowCount(isLoop(i.name)))),
    ...fs.interlocks.map(interlockRect),
  ];
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Pairs of objects that overlap (should be none). */
export function collisions(rects: readonly Rect[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (overlaps(rects[i]!, rects[j]!)) out.push([rects[i]!.name, rects[j]!.name]);
  return out;
}

export function machineKind(name: string): EquipmentKind {
  return equipmentKind(name);
}

/** Every tag a flowsheet names (loops by their PV/OP), for the catalog check. */
export function namedTags(fs: Flowsheet, isLoop: (name: string) => boolean): string[] {
  const tags = new Set<string>();
  for (const s of fs.shapes) if (s.level) tags.add(s.level);
  for (const m of fs.machines) tags.add(m.name);
  for (const v of fs.valves) tags.add(`${v.loop}.OP`);
  for (const i of fs.instruments) tags.add(isLoop(i.name) ? `${i.name}.PV` : i.name);
  for (const i of fs.interlocks) tags.add(`${i.id}.STATE`);
  return [...tags];
}

/** `points` attribute of a polyline. */
export function pointsAttr(line: readonly Pt[]): string {
  return line.map(([x, y]) => `${x},${y}`).join(' ');
}

/** Where the level surface is for a fraction 0…1 of a shape's height (null → empty). */
export function levelTop(s: Pick<FsShape, 'y' | 'h'>, fraction: number | null): number {
  const f = fraction === null ? 0 : Math.min(1, Math.max(0, fraction));
  return s.y + s.h * (1 - f);
}

/** Top-left corner of an instrument's value box with `rows` rows. */
export function boxOrigin(i: Pick<FsInstrument, 'x' | 'y' | 'box'>, rows: number): [number, number] {
  const h = rows * ROW_H;
  switch (i.box) {
    case 'right':
      return [i.x + BUBBLE + 6, i.y - h / 2];
    case 'left':
      return [i.x - BUBBLE - 6 - BOX_W, i.y - h / 2];
    case 'below':
      return [i.x - BOX_W / 2, i.y + BUBBLE + 4];
  }
}

export { FLOWSHEETS, flowsheet } from './flowsheets.ts';

/** A control valve counts as open (dark body) above 2 % output. */
export function valveOpen(op: unknown): boolean {
  return typeof op === 'number' && op > 2;
}

/** SVG outline of a shape. */
export function shapeOutline(s: Pick<FsShape, 'kind' | 'x' | 'y' | 'w' | 'h'>): string {
  const { x, y, w, h } = s;
  const r = (rx: number) => `M${x + rx},${y} H${x + w - rx} A${rx},${rx} 0 0 1 ${x + w},${y + rx} V${y + h - rx} A${rx},${rx} 0 0 1 ${x + w - rx},${y + h} H${x + rx} A${rx},${rx} 0 0 1 ${x},${y + h - rx} V${y + rx} A${rx},${rx} 0 0 1 ${x + rx},${y} Z`;
  switch (s.kind) {
    case 'reactor': {
      const hy = Math.min(30, h / 6);
      return `M${x},${y + hy} A${w / 2},${hy} 0 0 1 ${x + w},${y + hy} V${y + h - hy} A${w / 2},${hy} 0 0 1 ${x},${y + h - hy} Z`;
    }
    case 'column':
      return r(Math.min(w / 2, 40));
    case 'dryer':
      return `M${x},${y + h / 2} L${x + w / 3},${y} H${x + (2 * w) / 3} L${x + w},${y + h / 2} L${x + (2 * w) / 3},${y + h} H${x + w / 3} Z`;
    case 'conveyor':
      return r(h / 2);
    case 'centrifuge':
      return `M${x},${y} H${x + w} V${y + h * 0.7} L${x + w / 2 + 12},${y + h} H${x + w / 2 - 12} L${x},${y + h * 0.7} Z`;
    case 'tank':
      return r(12);
    default:
      return r(4);
  }
}

/** Cooling / heating jacket around the lower two thirds of a reactor (open at the top). */
export function jacketOutline(s: Pick<FsShape, 'x' | 'y' | 'w' | 'h'>, gap = 16): string {
  const top = s.y + s.h / 3;
  const hy = Math.min(30, s.h / 6);
  const l = s.x - gap;
  const r = s.x + s.w + gap;
  const bottom = s.y + s.h - hy;
  return `M${s.x},${top} H${l} V${bottom} A${s.w / 2 + gap},${hy + gap} 0 0 0 ${r},${bottom} V${top} H${s.x + s.w}`;
}

/** Rough rendered width of a text (CJK full width, digits and Latin about 0.6 em). */
export function textWidth(text: string, px: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : /[A-Z0-9]/.test(ch) ? px * 0.62 : px * 0.52;
  return w;
}

/** `textLength` that squeezes a text into `max` user units, or undefined when it already fits. */
export function squeeze(text: string, px: number, max: number): number | undefined {
  return textWidth(text, px) > max ? max : undefined;
}

/** Pipe captions near the right edge run leftwards so they stay inside the drawing. */
export function captionAnchor(x: number): 'start' | 'end' {
  return x > FS_VIEW.width / 2 ? 'end' : 'start';
}
