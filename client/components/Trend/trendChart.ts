/**
 * The uPlot chart as one Svelte attachment: creates it in the element, keeps it the element's
 * size, redraws at most once per animation frame when the buffer changed, destroys it on removal.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Attachment } from 'svelte/attachments';
import { formatNumber, formatPlantClock } from '../../lib/format.ts';
import { FONT_STACK, PALETTE } from '../../lib/palette.ts';
import { trendYRange, type TrendBuffer } from '../../lib/trendBuffer.ts';

export interface TrendPen {
  stroke: string;
  dash?: number[];
}

export interface TrendChartConfig {
  pens: TrendPen[];
  /** Instrument range of the plotted tags, engineering units. */
  lo: number;
  hi: number;
  decimals: number;
}

const AXIS = {
  stroke: PALETTE.label,
  font: `12px ${FONT_STACK}`,
  grid: { stroke: PALETTE.normalBand, width: 1 },
  ticks: { stroke: PALETTE.normalBand, width: 1 },
};

function options(buffer: TrendBuffer, cfg: TrendChartConfig, width: number, height: number): uPlot.Options {
  return {
    width,
    height,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: true, range: () => buffer.xRange() ?? [0, buffer.windowMs / 1000] },
      y: { range: (_u, min, max) => trendYRange(min, max, cfg.lo, cfg.hi) },
    },
    axes: [
      { ...AXIS, space: 80, values: (_u, splits) => splits.map((s) => formatPlantClock(s * 1000)) },
      { ...AXIS, size: 56, values: (_u, splits) => splits.map((v) => formatNumber(v, cfg.decimals)) },
    ],
    series: [
      {},
      ...cfg.pens.map((p) => ({ stroke: p.stroke, width: 2, spanGaps: false, points: { show: false }, ...(p.dash ? { dash: p.dash } : {}) })),
    ],
  };
}

function size(el: HTMLElement) {
  return { width: Math.max(100, Math.floor(el.clientWidth)), height: Math.max(60, Math.floor(el.clientHeight)) };
}

export function trendChart(buffer: TrendBuffer, cfg: TrendChartConfig): Attachment<HTMLElement> {
  return (el) => {
    const { width, height } = size(el);
    const plot = new uPlot(options(buffer, cfg, width, height), buffer.toData(), el);
    let frame = 0;
    let drawn = buffer.version;
    const draw = () => {
      frame = 0;
      if (buffer.version === drawn) return;
      drawn = buffer.version;
      plot.setData(buffer.toData());
    };
    const stop = buffer.onChange(() => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    });
    const resize = new ResizeObserver(() => plot.setSize(size(el)));
    resize.observe(el);
    return () => {
      stop();
      resize.disconnect();
      cancelAnimationFrame(frame);
      plot.destroy();
    };
  };
}
