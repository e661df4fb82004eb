/** Scenario-file validation: every problem names the file, the case and the field. */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../scripts/scenario/parse.ts';

const HI = { id: 'FI-1.HI', tag: 'FI-1', type: 'HI', limit: 80, deadband: 5, onDelayS: 0, offDelayS: 0, latching: false, priority: 'high', measurement: 'flow', rangeLo: 0, rangeHi: 100, maxShelveS: 3600 };
const parse = (x: unknown) => parseScenarioText('f.json', typeof x === 'string' ? x : JSON.stringify(x), new Set(['TIC-5301.HI']));

describe('parseScenarioText', () => {
  it('accepts a valid file', () => {
    const cases = parse({ schemaVersion: 1, cases: [{ id: 'C1', name: 'n', alarms: [HI], steps: [{ t: 0, tag: 'FI-1', pv: 1 }, { t: 1, tick: true }] }] });
    expect(cases).toHaveLength(1);
  });

  it('names file, case and field of each problem', () => {
    expect(parse('{')).toEqual([expect.stringMatching(/^f\.json: not valid JSON/)]);
    expect(parse({ schemaVersion: 2, cases: [] })).toEqual(['f.json: schemaVersion: must be 1', 'f.json: cases: must be a non-empty array']);
    const r = parse({
      schemaVersion: 1,
      cases: [
        { id: 'C1', name: 'a', alarms: [HI], steps: [{ t: 5, tag: 'FI-1', pv: 1 }, { t: 2, tick: true, expectRejected: true }] },
        { id: 'C1', name: 'b', alarms: [HI], steps: [{ t: 0, action: 'write', tag: 'FI-1', value: 1, user: 'u', role: 'operator' }] },
        { id: 'C3', name: 'c', alarms: [{ ...HI, type: 'ROC_POS', id: 'FI-1.ROC_POS' }], steps: [{ t: 0, expect: { 'FI-1.HI': { state: 'Alarm' } } }] },
        { id: 'C4', name: 'd', plant: 'workshop5', initial: 'hot', steps: [{ t: 0, tag: 'FI-1', pv: 1 }, { t: 1, expect: { 'TIC-5301.HI': { state: 'Normal' } } }] },
      ],
    });
    expect(r).toEqual([
      'f.json: case C1: steps[1].expectRejected: needs an action in the same step',
      'f.json: case C1: steps[1].t: must not decrease (previous 5)',
      'f.json: case C1: steps[0].action: write is for plant mode only',
      'f.json: case C1: id: is not unique in the file',
      'f.json: case C3: alarm FI-1.ROC_POS: rocWindowS: must be a number of seconds > 0 for ROC alarms',
      'f.json: case C3: steps[0].expect.FI-1.HI: no such alarm in this case',
      'f.json: case C3: steps[0].expect.FI-1.HI.state: must be one of Normal, Unacknowledged, Acknowledged, RTN Unacknowledged, Latched Unacknowledged, Latched Acknowledged, Shelved, Suppressed by Design, Out of Service',
      'f.json: case C4: initial: must be one of normal-operation, cold-start (the snapshots the simulator has)',
      'f.json: case C4: steps[0].tag: plant mode takes no samples: the simulator makes them',
    ]);
  });
});
