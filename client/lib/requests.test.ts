import { describe, expect, it } from 'vitest';
import { CATALOG } from './fixtures.ts';
import { indexCatalog } from './catalog.ts';
import { commandIsNoop, entryRefusal, entryRequest, equipmentRequest, modeRequest } from './requests.ts';

const meta = indexCatalog(CATALOG).tags.get('TIC-5301.SP')!;

describe('write requests', () => {
  it('builds an SP write with old → new texts in engineering units', () => {
    expect(entryRequest('TIC-5301', 'SP', 115, { v: 116.94, q: 'good', t: 0 }, meta)).toEqual({
      cmd: { type: 'write', tag: 'TIC-5301.SP', value: 115 },
      object: 'TIC-5301',
      target: 'SP',
      oldText: '116.9 °C',
      newText: '115.0 °C',
    });
  });

  it('shows a dash when the old value is unknown', () => {
    expect(entryRequest('TIC-5301', 'OP', 40, undefined, { ...meta, eu: '%' }).oldText).toBe('— %');
  });

  it('builds mode and equipment writes with the wire values', () => {
    expect(modeRequest('TIC-5301', 'MAN', 'AUTO')).toMatchObject({
      cmd: { type: 'write', tag: 'TIC-5301.MODE', value: 'MAN' }, oldText: 'AUTO', newText: 'MAN', target: 'MODE',
    });
    expect(equipmentRequest('M-5301', 'STOP', 'RUNNING')).toMatchObject({
      cmd: { type: 'write', tag: 'M-5301', value: 'STOP' }, oldText: 'RUNNING', newText: 'STOPPED', target: 'STATE',
    });
    expect(equipmentRequest('XV-1', 'PULSE', undefined)).toMatchObject({ oldText: '—', newText: 'PULSE' });
  });

  it('knows when a command has nothing to do', () => {
    expect(commandIsNoop('START', 'RUNNING')).toBe(true);
    expect(commandIsNoop('STOP', 'RUNNING')).toBe(false);
    expect(commandIsNoop('START', undefined)).toBe(false);
    expect(commandIsNoop('PULSE', 'RUNNING')).toBe(false);
  });

  it('turns entry problems into refusals', () => {
    expect(entryRefusal('OUT_OF_RANGE', meta)).toEqual({ code: 'OUT_OF_RANGE', detail: '0.0–250.0 °C' });
    expect(entryRefusal('EMPTY', meta)).toEqual({ code: 'EMPTY' });
    expect(entryRefusal('NOT_A_NUMBER', meta)).toEqual({ code: 'NOT_A_NUMBER' });
  });
});
