/** Saves the chart as PNG: the plot canvas on the panel colour, with a caption line. */
import { FONT_STACK, PALETTE } from '../../lib/palette.ts';

export function exportPng(plot: HTMLCanvasElement, caption: string, filename: string): void {
  const pad = 28;
  const out = document.createElement('canvas');
  out.width = plot.width;
  out.height = plot.height + pad;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = PALETTE.panel;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = PALETTE.label;
  ctx.font = `14px ${FONT_STACK}`;
  ctx.fillText(caption, 8, 19);
  ctx.drawImage(plot, 0, pad);
  const a = document.createElement('a');
  a.href = out.toDataURL('image/png');
  a.download = filename;
  a.click();
}
