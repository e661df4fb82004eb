import { describe, expect, it } from 'vitest';
import { OnOffValve } from './onoff-valve.ts';

const valve = () => new OnOffValve({ name: 'XV-1', unit: 'U53', desc: { en: 'ESD', zh: '切断阀' }, travelS: 4, failSafe: 'closed' }, true);
const read = (v: OnOffValve) => Object.fromEntries(v.points().map((p) => [p.meta.name, p.read()]));

describe('on/off valve tags', () => {
  it('publishes its position and where it is driven, which differ while it travels', () => {
    const v = valve();
    expect(read(v)).toEqual({ 'XV-1': 1, 'XV-1.CMD': 1 }); // OPEN, driven open
    expect(v.command('CLOSE')).toMatchObject({ ok: true, new: 'CLOSED' });
    v.update(1);
    expect(read(v)).toEqual({ 'XV-1': 2, 'XV-1.CMD': 0 }); // TRAVEL, driven closed
    v.update(3);
    expect(read(v)).toEqual({ 'XV-1': 0, 'XV-1.CMD': 0 }); // CLOSED
  });

  it('shows a stuck valve as a lasting disagreement, and air loss as a drive to fail-safe', () => {
    const v = valve();
    v.stuck = true;
    v.command('CLOSE');
    v.update(60);
    expect(read(v)).toEqual({ 'XV-1': 1, 'XV-1.CMD': 0 });
    const w = valve();
    w.airOk = false;
    expect(read(w)['XV-1.CMD']).toBe(0);
    expect(w.points()[1]!.write).toBeUndefined(); // the command tag is not writable
  });
});
