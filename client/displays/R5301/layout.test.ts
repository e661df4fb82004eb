import { describe, expect, it } from 'vitest';
import {
  BOX_W, BUBBLE, ROW_H, VESSEL_BOTTOM, VESSEL_TOP, boxOrigin, hitArea, instrumentRows, levelY, points, tagParts, valvePoints, vesselPath,
} from './layout.ts';

describe('R5301 layout', () => {
  it('splits tag names for the instrument bubble', () => {
    expect(tagParts('TIC-5301')).toEqual(['TIC', '5301']);
    expect(tagParts('M-5301')).toEqual(['M', '5301']);
    expect(tagParts('XYZ')).toEqual(['XYZ', '']);
  });

  it('maps the level to the liquid surface, clamped', () => {
    expect(levelY(0)).toBe(VESSEL_BOTTOM);
    expect(levelY(1)).toBe(VESSEL_TOP);
    expect(levelY(0.5)).toBe((VESSEL_TOP + VESSEL_BOTTOM) / 2);
    expect(levelY(2)).toBe(VESSEL_TOP);
    expect(levelY(null)).toBe(VESSEL_BOTTOM);
  });

  it('places value boxes beside or below the bubble', () => {
    expect(boxOrigin({ x: 100, y: 100, box: 'right' }, 2)).toEqual([100 + BUBBLE + 6, 100 - ROW_H]);
    expect(boxOrigin({ x: 300, y: 100, box: 'left' }, 1)[0]).toBe(300 - BUBBLE - 6 - BOX_W);
    expect(boxOrigin({ x: 300, y: 100, box: 'below' }, 1)).toEqual([300 - BOX_W / 2, 100 + BUBBLE + 4]);
  });

  it('writes SVG geometry', () => {
    expect(points([[0, 1], [2, 3]])).toBe('0,1 2,3');
    expect(valvePoints(10, 10, 4, 2)).toEqual(['6,8 6,12 10,10', '14,8 14,12 10,10']);
    expect(vesselPath()).toMatch(/^M375,170 A95,32 /);
  });
});

describe('instrumentRows', () => {
  const words = { PV: 'PV', SP: 'SP', OP: 'OP', MODE: 'Mode' };

  it('lists the loop parameters the catalog has', () => {
    const rows = instrumentRows('TIC-5301', true, (t) => !t.endsWith('.OP'), words);
    expect(rows.map((r) => r.tag)).toEqual(['TIC-5301.PV', 'TIC-5301.SP', 'TIC-5301.MODE']);
    expect(rows[2]).toEqual({ caption: 'MD', tag: 'TIC-5301.MODE', name: 'TIC-5301 Mode' });
  });

  it('shows an indicator as one row', () => {
    expect(instrumentRows('TI-5304', false, () => true, words)).toEqual([{ caption: '', tag: 'TI-5304', name: 'TI-5304' }]);
  });
});

describe('hitArea', () => {
  it('covers the symbol and the value box', () => {
    const place = { x: 100, y: 100, box: 'right' as const };
    const origin = boxOrigin(place, 1);
    expect(hitArea(place, origin, 1)).toEqual({ x: 100 - BUBBLE, y: 100 - BUBBLE, width: BUBBLE + 6 + BOX_W + BUBBLE, height: 2 * BUBBLE });
  });
});
