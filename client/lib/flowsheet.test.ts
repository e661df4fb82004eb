import { describe, expect, it } from 'vitest';
import { createPlant } from '../../simulator/index.ts';
import { boxOrigin, collisions, FLOWSHEETS, FS_VIEW, instrumentRect, levelTop, namedTags, objectRects, pointsAttr } from './flowsheet.ts';

const catalog = createPlant({ seed: 1 }).catalog();
const loops = new Set(catalog.loops.map((l) => l.name));
const tags = new Set(catalog.tags.map((t) => t.name));
const isLoop = (n: string) => loops.has(n);

describe('flowsheets of the unit displays', () => {
  it('name only tags that exist in the simulator catalog', () => {
    for (const fs of FLOWSHEETS) expect(namedTags(fs, isLoop).filter((t) => !tags.has(t)), fs.unit).toEqual([]);
  });

  it('keep every object inside the drawing and apart from the others', () => {
    for (const fs of FLOWSHEETS) {
      const rects = objectRects(fs, isLoop);
      expect(collisions(rects), fs.unit).toEqual([]);
      for (const r of rects) {
        expect(r.x, `${fs.unit} ${r.name}`).toBeGreaterThanOrEqual(0);
        expect(r.y, `${fs.unit} ${r.name}`).toBeGreaterThanOrEqual(0);
        expect(r.x + r.w, `${fs.unit} ${r.name}`).toBeLessThanOrEqual(FS_VIEW.width);
        expect(r.y + r.h, `${fs.unit} ${r.name}`).toBeLessThanOrEqual(FS_VIEW.height);
      }
      for (const p of fs.pipes) for (const [x, y] of p.points) expect(x >= 0 && x <= FS_VIEW.width && y >= 0 && y <= FS_VIEW.height, `${fs.unit} pipe`).toBe(true);
    }
  });

  it('draw a main product line in every unit that moves product and belong to distinct units', () => {
    const units = FLOWSHEETS.map((f) => f.unit);
    expect(new Set(units).size).toBe(units.length);
    for (const fs of FLOWSHEETS.filter((f) => f.unit !== 'U59')) expect(fs.pipes.some((p) => p.main), fs.unit).toBe(true);
  });

  it('place value boxes beside their bubble and levels inside their shape', () => {
    expect(boxOrigin({ x: 100, y: 100, box: 'right' }, 1)).toEqual([128, 89.5]);
    expect(boxOrigin({ x: 300, y: 100, box: 'left' }, 4)).toEqual([122, 58]);
    expect(instrumentRect({ name: 'A', x: 100, y: 100, box: 'below' }, 1)).toEqual({ name: 'A', x: 25, y: 78, w: 150, h: 69 });
    expect(levelTop({ y: 100, h: 200 }, 0.25)).toBe(250);
    expect(levelTop({ y: 100, h: 200 }, null)).toBe(300);
    expect(levelTop({ y: 100, h: 200 }, 2)).toBe(100);
    expect(pointsAttr([[1, 2], [3, 4]])).toBe('1,2 3,4');
  });
});
