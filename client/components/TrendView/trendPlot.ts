/**
 * The multi-pen trend as one Svelte attachment (uPlot): one y-axis per engineering unit, drag to
 * zoom, cursor readout, alarm limits as dashed lines in priority colours, operator-action ticks
 * along the time axis. It redraws at most once per animation frame, marking each update with
 * performance marks (`trend-update`) so its cost can be measured in the browser.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { TagMeta } from '../../../server/protocol.ts';
import { formatNumber, formatPlantTime } from '../../lib/format.ts';
import { FONT_STACK, PALETTE } from '../../lib/palette.ts';
import { scaleKey, type TrendScale } from '../../lib/trendAxes.ts';
import { trendYRange } from '../../lib/trendBuffer.ts';
import { PRIORITY_COLOURS, type ActionMarker, type AlarmLimit } from '../../lib/trendMarks.ts';
import type { TrendColumns, TrendSeries } from '../../lib/trendSeries.ts';
import { decimate } from '../../lib/decimate.ts';

/** What the cursor points at: plant time (ms) and every pen's value there (null = bad or none). */
export interface CursorAt {
  t: number;
  values: (number | null)[];
}

export interface TrendPlotModel {
  series: TrendSeries;
  pens: readonly TagMeta[];
  colours: readonly string[];
  scales: readonly TrendScale[];
  /** The time window to show, plant ms. */
  range(): [number, number];
  limits(): readonly AlarmLimit[];
  markers(): readonly ActionMarker[];
  onZoom(from: number, to: number): void;
  /** What is under the cursor (null when it leaves the plot), and its x in CSS px. */
  onCursor(at: CursorAt | null, left: number | null): void;
  /** Calls `fn` after every data or view change; returns the unsubscribe. */
  subscribe(fn: () => void): () => void;
}

const AXIS = {
  stroke: PALETTE.label,
  font: `12px ${FONT_STACK}`,
  grid: { stroke: PALETTE.normalBand, width: 1 },
  ticks: { stroke: PALETTE.normalBand, width: 1 },
};

function timeLabel(s: number, spanS: number): string {
  const full = formatPlantTime(s * 1000);
  return spanS > 86_400 ? `${full.slice(5, 10)} ${full.slice(11, 16)}` : full.slice(11, spanS > 600 ? 16 : 19);
}

function drawLimits(u: uPlot, m: TrendPlotModel): void {
  const ctx = u.ctx;
  const { left, width } = u.bbox;
  ctx.save();
  ctx.setLineDash([8, 6]);
  ctx.lineWidth = 1.5 * devicePixelRatio;
  for (const lim of m.limits()) {
    const pen = m.pens.find((p) => p.name === lim.tag || p.name === `${lim.tag}.PV`);
    if (!pen) continue;
    const y = u.valToPos(lim.value, scaleKey(pen), true);
    if (!Number.isFinite(y) || y < u.bbox.top || y > u.bbox.top + u.bbox.height) continue;
    ctx.strokeStyle = PRIORITY_COLOURS[lim.priority];
    ctx.beginPath();
    ctx.moveTo(left, y);
    ctx.lineTo(left + width, y);
    ctx.stroke();
  }
  ctx.restore();
}

function drawMarkers(u: uPlot, m: TrendPlotModel): void {
  const ctx = u.ctx;
  const bottom = u.bbox.top + u.bbox.height;
  const size = 7 * devicePixelRatio;
  ctx.save();
  ctx.fillStyle = PALETTE.setpoint;
  for (const mk of m.markers()) {
    const x = u.valToPos(mk.t / 1000, 'x', true);
    if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
    ctx.beginPath();
    ctx.moveTo(x, bottom - size * 1.6);
    ctx.lineTo(x - size / 2, bottom);
    ctx.lineTo(x + size / 2, bottom);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

/** A y-axis label: the number, or for the state axis the state name (of the first discrete pen). */
function axisLabel(v: number, s: TrendScale, pens: readonly TagMeta[]): string {
  if (s.key !== 'state') return formatNumber(v, s.decimals);
  const states = pens.find((p) => p.states)?.states ?? [];
  return Number.isInteger(v) ? (states[v] ?? '') : '';
}

function options(m: TrendPlotModel, width: number, height: number, drawn: () => TrendColumns): uPlot.Options {
  const ms = () => m.range();
  return {
    width,
    height,
    legend: { show: false },
    cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
    scales: {
      x: { time: true, range: () => ms().map((t) => t / 1000) as [number, number] },
      ...Object.fromEntries(m.scales.map((s) => [s.key, { range: (_u: uPlot, min: number, max: number) => trendYRange(min, max, s.lo, s.hi, 0.02) }])),
    },
    axes: [
      { ...AXIS, space: 90, values: (_u, splits) => splits.map((s) => timeLabel(s, (ms()[1] - ms()[0]) / 1000)) },
      ...m.scales.map((s, i) => ({
        ...AXIS,
        scale: s.key,
        side: s.side === 'left' ? 3 : 1,
        size: 64,
        label: s.eu,
        labelSize: 18,
        labelFont: `12px ${FONT_STACK}`,
        grid: { ...AXIS.grid, show: i === 0 },
        ...(s.key === 'state' ? { incrs: [1] } : {}),
        values: (_u: uPlot, splits: number[]) => splits.map((v) => axisLabel(v, s, m.pens)),
      })),
    ],
    series: [{}, ...m.pens.map((p, i) => ({ scale: scaleKey(p), stroke: m.colours[i]!, width: 1, spanGaps: false, points: { show: false } }))],
    hooks: {
      setSelect: [
        (u) => {
          if (u.select.width > 4) m.onZoom(u.posToVal(u.select.left, 'x') * 1000, u.posToVal(u.select.left + u.select.width, 'x') * 1000);
          u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        },
      ],
      setCursor: [
        (u) => {
          const idx = u.cursor.idx;
          const [x, ...ys] = drawn();
          m.onCursor(idx === null || idx === undefined || x[idx] === undefined ? null : { t: x[idx]! * 1000, values: ys.map((y) => y[idx] ?? null) }, u.cursor.left ?? null);
        },
      ],
      draw: [(u) => drawLimits(u, m), (u) => drawMarkers(u, m)],
    },
  };
}

/** Width of one decimation column, CSS px: its min and max are drawn, so about one point per pixel. */
const COLUMN_PX = 2;

function size(el: HTMLElement) {
  return { width: Math.max(200, Math.floor(el.clientWidth)), height: Math.max(120, Math.floor(el.clientHeight)) };
}

export function trendPlot(m: TrendPlotModel): Attachment<HTMLElement> {
  // the chart reads reactive state (plant time, view) only when it draws, never as a dependency
  return (el) => untrack(() => mount(el, m));
}

function mount(el: HTMLElement, m: TrendPlotModel): () => void {
  {
    const { width, height } = size(el);
    const view = (w: number): TrendColumns => {
      const [from, to] = m.range();
      return decimate(m.series.data(), from / 1000, to / 1000, w);
    };
    let drawn = view(width / COLUMN_PX);
    const plot = new uPlot(options(m, width, height, () => drawn), drawn, el);
    // tests and benches read what is drawn (uplot.data) and what is held (trendRows)
    Object.assign(el, { uplot: plot, trendRows: () => m.series.data() });
    let frame = 0;
    let draws = 0;
    const draw = () => {
      frame = 0;
      if (++draws % 2000 === 0) performance.clearMeasures('trend-update'); // keep the timeline bounded
      performance.mark('trend-update-start');
      drawn = view(plot.bbox.width / devicePixelRatio / COLUMN_PX);
      plot.setData(drawn);
      el.dataset.rows = String(m.series.length); // rows held (tests and benches read it)
      // uPlot redraws in a microtask queued by setData; this one runs after it
      queueMicrotask(() => performance.measure('trend-update', 'trend-update-start'));
    };
    const stop = m.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    });
    const resize = new ResizeObserver(() => plot.setSize(size(el)));
    resize.observe(el);
    return () => {
      stop();
      resize.disconnect();
      cancelAnimationFrame(frame);
      plot.destroy();
      performance.clearMeasures('trend-update');
    };
  }
}
