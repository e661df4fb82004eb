import { describe, expect, it, vi } from 'vitest';
import type { WriteRequest } from '../lib/writeFlow.ts';
import { NotConnectedError } from './connection.svelte.ts';
import { WriteFlow } from './writeFlow.svelte.ts';

const req: WriteRequest = {
  cmd: { type: 'write', tag: 'TIC-5301.SP', value: 115 },
  object: 'TIC-5301',
  target: 'SP',
  oldText: '116.9 °C',
  newText: '115.0 °C',
};

describe('WriteFlow', () => {
  it('asks, then sends on confirm, shows pending until the ack, then confirmed', async () => {
    let ack: (reply: unknown) => void = () => {};
    const send = vi.fn(() => new Promise<unknown>((resolve) => (ack = resolve)));
    const flow = new WriteFlow(send);
    flow.request(req);
    expect(flow.state).toEqual({ k: 'confirm', req });
    expect(send).not.toHaveBeenCalled();
    const done = flow.confirm();
    expect(flow.state.k).toBe('pending');
    expect(send).toHaveBeenCalledWith(req.cmd);
    ack({ ok: true, old: 116.9, new: 115 });
    await done;
    expect(flow.state).toEqual({ k: 'confirmed', req });
  });

  it('shows the refusal code of the reply', async () => {
    const flow = new WriteFlow(async () => ({ ok: false, code: 'MODE_FORBIDS', message: 'x' }));
    flow.request(req);
    await flow.confirm();
    expect(flow.state).toEqual({ k: 'refused', code: 'MODE_FORBIDS' });
  });

  it('sends nothing when cancelled, and confirms only once', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    const flow = new WriteFlow(send);
    flow.request(req);
    flow.cancel();
    expect(flow.state.k).toBe('idle');
    await flow.confirm();
    expect(send).not.toHaveBeenCalled();
    flow.request(req);
    await Promise.all([flow.confirm(), flow.confirm()]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('ignores new requests while one is waiting', () => {
    const flow = new WriteFlow(async () => ({ ok: true }));
    flow.request(req);
    flow.request({ ...req, newText: 'other' });
    flow.refuse('EMPTY');
    expect(flow.state).toEqual({ k: 'confirm', req });
  });

  it('maps transport failures to refusals', async () => {
    const offline = new WriteFlow(async () => Promise.reject(new NotConnectedError()));
    offline.request(req);
    await offline.confirm();
    expect(offline.state).toEqual({ k: 'refused', code: 'NO_CONNECTION' });

    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const silent = new WriteFlow(async () => Promise.reject(new Error('operation has timed out')));
    silent.request(req);
    await silent.confirm();
    expect(silent.state).toEqual({ k: 'refused', code: 'COMMAND_TIMEOUT' });
  });

  it('records client-side refusals with their detail', () => {
    const flow = new WriteFlow(async () => ({ ok: true }));
    flow.refuse('OUT_OF_RANGE', '0.0–250.0 °C');
    expect(flow.state).toEqual({ k: 'refused', code: 'OUT_OF_RANGE', detail: '0.0–250.0 °C' });
  });
});
