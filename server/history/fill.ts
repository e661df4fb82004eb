/**
 * First start: when the historian is empty, fill the hours before the live plant's first frame
 * by running a headless plant (the simulator library) from normal operation at full speed,
 * recorded through the same compression as live data. It runs in slices of a few milliseconds
 * (setImmediate between them) so the server keeps answering while it fills.
 */
import { createPlant } from '../../simulator/index.ts';
import { Compressor, deadbandOf, type Sample } from './compress.ts';
import type { HistoryStore, IdSample } from './store.ts';

export interface FillOptions {
  /** Plant time the fill ends at (exclusive), epoch ms. */
  endT: number;
  hours?: number;
  seed?: number;
  /** Plant seconds between recorded frames. */
  frameS?: number;
  /** Wall ms of work per slice before yielding to the event loop. */
  sliceMs?: number;
  /** Progress lines (10 %, 20 % …). */
  log?: (line: string) => void;
  /** Stops the fill early when it returns true (server closing). */
  cancelled?: () => boolean;
}

export interface FillResult {
  samples: number;
  plantS: number;
  wallMs: number;
  cancelled: boolean;
}

const STEP_S = 0.5;

export async function fillHistory(store: HistoryStore, opts: FillOptions): Promise<FillResult> {
  const hours = opts.hours ?? 24;
  const frameS = opts.frameS ?? 1;
  const sliceMs = opts.sliceMs ?? 8;
  const startT = Math.floor(opts.endT - hours * 3_600_000);
  const plant = createPlant({ seed: opts.seed ?? 1, startT });
  const tags = plant.catalog().tags;
  const ids = tags.map((t) => store.tagId(t.name));
  const compressor = new Compressor(tags.map(deadbandOf));
  const totalSteps = Math.floor((hours * 3600) / STEP_S);
  const stepsPerFrame = Math.max(1, Math.round(frameS / STEP_S));
  const wall0 = performance.now();
  let step = 0;
  let samples = 0;
  let nextReport = 10;
  const out: Sample[] = [];
  let batch: IdSample[] = [];
  let lastFrame: { t: number; v: number[]; q: (0 | 1 | 2)[] } | null = null;
  opts.log?.(`[history] first start: filling ${hours} h of history from normal operation (${tags.length} tags)…`);
  while (step < totalSteps) {
    if (opts.cancelled?.()) return { samples, plantS: step * STEP_S, wallMs: performance.now() - wall0, cancelled: true };
    const until = performance.now() + sliceMs;
    while (step < totalSteps && performance.now() < until) {
      for (let k = 0; k < stepsPerFrame && step < totalSteps; k++, step++) plant.step(STEP_S);
      if (plant.t >= opts.endT) break;
      const f = plant.frame();
      lastFrame = f;
      out.length = 0;
      for (let i = 0; i < ids.length; i++) compressor.offer(i, f.t, f.v[i]!, f.q[i]!, out);
      for (const s of out) batch.push({ id: ids[s.i]!, t: s.t, v: s.v, q: s.q });
    }
    if (batch.length >= 10_000 || step >= totalSteps) {
      store.write(batch);
      samples += batch.length;
      batch = [];
    }
    const pct = Math.floor((100 * step) / totalSteps);
    if (pct >= nextReport) {
      opts.log?.(`[history] first start: ${pct} % (${Math.round((performance.now() - wall0) / 100) / 10} s)`);
      nextReport = Math.floor(pct / 10) * 10 + 10;
    }
    await new Promise<void>((r) => setImmediate(r));
  }
  if (lastFrame) {
    // the last frame of every tag, so the filled line reaches the live data
    out.length = 0;
    for (let i = 0; i < ids.length; i++) if (compressor.lastT(i) < lastFrame.t) compressor.force(i, lastFrame.t, lastFrame.v[i]!, lastFrame.q[i]!, out);
    for (const s of out) batch.push({ id: ids[s.i]!, t: s.t, v: s.v, q: s.q });
  }
  if (batch.length > 0) {
    store.write(batch);
    samples += batch.length;
  }
  const wallMs = performance.now() - wall0;
  opts.log?.(`[history] first start: ${hours} h filled, ${samples} samples in ${(wallMs / 1000).toFixed(1)} s`);
  return { samples, plantS: totalSteps * STEP_S, wallMs, cancelled: false };
}
