import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import type { Snapshot } from '../../server/protocol.ts';
import { CATALOG } from '../lib/fixtures.ts';
import { TagStore } from './tags.svelte.ts';

const T0 = 1_736_121_600_000;

function snapshot(): Snapshot {
  return {
    catalog: CATALOG,
    tags: { 'TIC-5301.PV': { v: 116.9, q: 'good', t: T0 }, 'TIC-5301.SP': { v: 116.9, q: 'good', t: T0 } },
    system: { simulator: 'connected', clock: { state: 'running', speed: 1, t: T0 + 100 }, stale: false },
    session: { user: 'visitor', role: 'visitor' },
  };
}

describe('TagStore', () => {
  it('applies a snapshot, then deltas, and tracks plant time', () => {
    const store = new TagStore();
    store.applySnapshot(snapshot());
    expect(store.get('TIC-5301.PV')?.v).toBe(116.9);
    expect(store.meta('TIC-5301.SP')?.decimals).toBe(1);
    expect(store.plantNow).toBe(T0 + 100);
    store.applyDelta({ c: { 'TIC-5301.PV': { v: 117, q: 'good', t: T0 + 250 } } });
    expect(store.get('TIC-5301.PV')?.v).toBe(117);
    expect(store.plantNow).toBe(T0 + 250);
  });

  it('derives the comms state from the socket and the system state', () => {
    const store = new TagStore();
    expect(store.comms).toEqual({ socket: false, simulator: 'disconnected', stale: false });
    store.setSocketUp(true);
    store.applySnapshot(snapshot());
    flushSync();
    expect(store.comms).toEqual({ socket: true, simulator: 'connected', stale: false });
    store.setSystem({ simulator: 'connected', clock: null, stale: true });
    expect(store.comms.stale).toBe(true);
  });

  it('tells listeners about every update until they unsubscribe', () => {
    const store = new TagStore();
    const seen: string[] = [];
    const stop = store.subscribe((table, t, kind) => seen.push(`${kind}@${t - T0}:${table['TIC-5301.PV']?.v}`));
    store.applySnapshot(snapshot());
    store.applyDelta({ c: { 'TIC-5301.PV': { v: 118, q: 'good', t: T0 + 500 } } });
    stop();
    store.applyDelta({ c: { 'TIC-5301.PV': { v: 119, q: 'good', t: T0 + 750 } } });
    expect(seen).toEqual(['snapshot@100:116.9', 'delta@500:118']);
  });
});
