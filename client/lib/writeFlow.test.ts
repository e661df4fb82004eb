import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../server/errors.ts';
import { IDLE, noAck, outcome, refusalText, statusText, type WriteRequest } from './writeFlow.ts';

const req: WriteRequest = {
  cmd: { type: 'write', tag: 'TIC-5301.SP', value: 115 },
  object: 'TIC-5301',
  target: 'SP',
  oldText: '116.9 °C',
  newText: '115.0 °C',
};

describe('outcome', () => {
  it('confirms an ok reply', () => {
    expect(outcome(req, { ok: true, old: 116.9, new: 115 })).toEqual({ k: 'confirmed', req });
  });

  it('keeps the code and detail of a refusal', () => {
    expect(outcome(req, { ok: false, code: 'MODE_FORBIDS', message: 'x' })).toEqual({ k: 'refused', code: 'MODE_FORBIDS' });
    expect(outcome(req, { ok: false, code: 'OUT_OF_RANGE', message: 'x', detail: '0–250' })).toEqual({
      k: 'refused', code: 'OUT_OF_RANGE', detail: '0–250',
    });
  });

  it('treats malformed replies as a server error', () => {
    expect(outcome(req, undefined)).toEqual({ k: 'refused', code: 'INTERNAL' });
    expect(outcome(req, { ok: false, code: 'NO_SUCH_CODE' })).toEqual({ k: 'refused', code: 'INTERNAL' });
    expect(outcome(req, 'ok')).toEqual({ k: 'refused', code: 'INTERNAL' });
  });

  it('treats a missing ack as a timeout', () => {
    expect(noAck()).toEqual({ k: 'refused', code: 'COMMAND_TIMEOUT' });
  });
});

describe('status text', () => {
  it('reads pending and confirmed in both languages', () => {
    expect(statusText('en', { k: 'pending', req })).toBe('Pending…');
    expect(statusText('en', { k: 'confirmed', req })).toBe('Confirmed');
    expect(statusText('zh-CN', { k: 'pending', req })).toBe('等待确认…');
    expect(statusText('zh-CN', { k: 'confirmed', req })).toBe('已确认');
    expect(statusText('en', IDLE)).toBe('');
    expect(statusText('en', { k: 'confirm', req })).toBe('');
  });

  it('renders refusals from the error catalog in the current language', () => {
    expect(statusText('en', { k: 'refused', code: 'NOT_AUTHORIZED' })).toBe(ERRORS.NOT_AUTHORIZED.en);
    expect(statusText('zh-CN', { k: 'refused', code: 'NOT_AUTHORIZED' })).toBe(ERRORS.NOT_AUTHORIZED.zh);
    expect(statusText('en', { k: 'refused', code: 'OUT_OF_RANGE', detail: '0.0–250.0 °C' })).toBe(
      `${ERRORS.OUT_OF_RANGE.en} (0.0–250.0 °C)`,
    );
  });

  it('renders the client’s own refusals', () => {
    expect(refusalText('en', 'NO_CONNECTION')).toMatch(/not sent/);
    expect(refusalText('zh-CN', 'EMPTY')).toBe('请先输入数值。');
    expect(refusalText('en', 'NOT_A_NUMBER')).toBe('That is not a number.');
  });
});
