/**
 * The console palette (shared/style-guide.md). These are the only colours the console draws;
 * CSS mirrors them as custom properties in app.css.
 */
export const PALETTE = {
  background: '#D6D6D6',
  panel: '#E4E4E4',
  pipe: '#7A7A7A',
  fillActive: '#5A5A5A',
  fillInactive: '#F2F2F2',
  label: '#3C3C3C',
  value: '#000000',
  normalBand: '#BDBDBD',
  setpoint: '#1F3F8F',
  badQuality: '#B000B0',
  commsLost: '#9A9A9A',
} as const;

/** Trend pens, in order; none of them is an alarm colour. */
export const TREND_PENS = [
  '#1F4E79',
  '#6A3D9A',
  '#2E7D32',
  '#8C564B',
  '#4D4D4D',
  '#7B8F00',
  '#A0522D',
  '#2F6F6F',
] as const;

export const FONT_STACK =
  '"Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
