/**
 * The flowsheets of Workshop 5 (process of the plant reference §7), in a 1200 × 700 drawing.
 * Every tag named here must exist in the simulator catalog (flowsheet.test.ts checks it).
 */
import type { Flowsheet } from './flowsheet.ts';

const U51: Flowsheet = {
  unit: 'U51',
  shapes: [
    { name: 'V-5101', kind: 'tank', x: 340, y: 110, w: 160, h: 280, level: 'LIC-5101.PV', caption: 'solvent' },
    { name: 'V-5102', kind: 'tank', x: 1000, y: 260, w: 150, h: 240, level: 'LI-5103', caption: 'disulfide' },
  ],
  machines: [{ name: 'XV-5101', x: 230, y: 150 }, { name: 'P-5101A', x: 540, y: 470 }, { name: 'P-5101B', x: 540, y: 610 }],
  valves: [{ loop: 'LIC-5101', x: 110, y: 150 }, { loop: 'FIC-5105', x: 820, y: 470 }],
  pipes: [
    { points: [[20, 150], [340, 150]], main: true, caption: 'solventIn' },
    { points: [[420, 390], [420, 470], [680, 470]], main: true },
    { points: [[420, 470], [420, 610], [680, 610], [680, 470]], main: true },
    { points: [[680, 470], [1000, 470]], main: true },
    { points: [[1075, 500], [1075, 660], [1180, 660]], main: true, caption: 'toU53', at: 'end' },
  ],
  instruments: [
    { name: 'LIC-5101', x: 110, y: 250, box: 'right', link: [110, 178] },
    { name: 'LSHH-5102', x: 420, y: 60, box: 'right', link: [420, 110] },
    { name: 'AT-5190', x: 560, y: 200, box: 'right' },
    { name: 'TI-5104', x: 560, y: 300, box: 'right', link: [500, 300] },
    { name: 'PI-5106', x: 720, y: 390, box: 'right', link: [720, 470] },
    { name: 'FIC-5105', x: 820, y: 580, box: 'right', link: [820, 498] },
    { name: 'LI-5103', x: 1075, y: 200, box: 'left', link: [1075, 260] },
    { name: 'II-5101A', x: 330, y: 470, box: 'left' },
    { name: 'II-5101B', x: 330, y: 610, box: 'left' },
  ],
  interlocks: [{ id: 'I-10', x: 960, y: 8 }],
};

const U54: Flowsheet = {
  unit: 'U54',
  shapes: [{ name: 'R-5401', kind: 'reactor', x: 560, y: 220, w: 220, h: 260, level: 'LI-5401' }],
  machines: [
    { name: 'M-5401', x: 670, y: 150 },
    { name: 'P-5401A', x: 180, y: 250 },
    { name: 'P-5401B', x: 180, y: 370 },
    { name: 'XV-5410', x: 460, y: 300 },
  ],
  valves: [{ loop: 'AIC-5405', x: 400, y: 90 }, { loop: 'FIC-5402', x: 330, y: 300 }, { loop: 'TIC-5404', x: 960, y: 450 }],
  pipes: [
    { points: [[20, 90], [590, 90], [590, 226]], caption: 'naoh' },
    { points: [[20, 450], [90, 450]], main: true, caption: 'fromU53' },
    { points: [[90, 450], [90, 250], [270, 250], [270, 300]], main: true },
    { points: [[90, 370], [270, 370], [270, 300]], main: true },
    { points: [[270, 300], [560, 300]], main: true },
    { points: [[1180, 450], [796, 450]], caption: 'brine' },
    { points: [[796, 300], [1180, 300]], caption: 'jacketReturn', at: 'end' },
    { points: [[670, 488], [670, 660], [1180, 660]], main: true, caption: 'toU56', at: 'end' },
  ],
  instruments: [
    { name: 'AIC-5405', x: 400, y: 170, box: 'left', link: [400, 118] },
    { name: 'FIC-5402', x: 330, y: 430, box: 'right', link: [330, 328] },
    { name: 'FQI-5402', x: 330, y: 530, box: 'right' },
    { name: 'SI-5407', x: 800, y: 110, box: 'right' },
    { name: 'II-5407', x: 800, y: 160, box: 'right' },
    { name: 'TY-5408', x: 1010, y: 160, box: 'right' },
    { name: 'TY-5408.ACC', x: 1010, y: 210, box: 'right' },
    { name: 'TIC-5403', x: 860, y: 360, box: 'right', link: [780, 360] },
    { name: 'TIC-5404', x: 960, y: 560, box: 'right', link: [960, 478] },
    { name: 'PI-5409', x: 860, y: 260, box: 'right' },
    { name: 'LI-5401', x: 500, y: 580, box: 'left' },
    { name: 'WI-5401', x: 500, y: 630, box: 'left' },
    { name: 'KI-5411', x: 100, y: 600, box: 'right' },
    { name: 'YI-5411', x: 100, y: 650, box: 'right' },
  ],
  interlocks: [{ id: 'I-06', x: 710, y: 8 }, { id: 'I-07', x: 950, y: 8 }],
};

const U58: Flowsheet = {
  unit: 'U58',
  shapes: [
    { name: 'WI-5810', kind: 'tank', x: 60, y: 120, w: 140, h: 220, level: 'WI-5810', caption: 'silo' },
    { name: 'PK-5801', kind: 'conveyor', x: 260, y: 400, w: 560, h: 40, caption: 'bags' },
    { name: '', kind: 'container', x: 880, y: 380, w: 120, h: 80, caption: 'checkweigher' },
  ],
  machines: [],
  valves: [],
  pipes: [
    { points: [[130, 340], [130, 420], [260, 420]], main: true },
    { points: [[820, 420], [880, 420]], main: true },
    { points: [[1000, 420], [1180, 420]], main: true, caption: 'product', at: 'end' },
  ],
  instruments: [
    { name: 'YI-5806', x: 300, y: 150, box: 'right' },
    { name: 'HS-5808', x: 300, y: 205, box: 'right' },
    { name: 'SIC-5805', x: 400, y: 320, box: 'right', link: [400, 400] },
    { name: 'FI-5802', x: 660, y: 320, box: 'right', link: [660, 400] },
    { name: 'WIC-5801', x: 940, y: 300, box: 'right', link: [940, 380] },
    { name: 'XA-5807', x: 400, y: 520, box: 'right', link: [400, 440] },
    { name: 'FQI-5803', x: 660, y: 520, box: 'right' },
    { name: 'FQI-5804', x: 660, y: 575, box: 'right' },
    { name: 'UI-5809', x: 960, y: 520, box: 'right' },
    { name: 'UI-5809.A', x: 960, y: 570, box: 'right' },
    { name: 'UI-5809.P', x: 960, y: 620, box: 'right' },
    { name: 'UI-5809.Q', x: 960, y: 670, box: 'right' },
  ],
  interlocks: [{ id: 'I-14', x: 960, y: 8 }],
};

const U52: Flowsheet = {
  unit: 'U52',
  shapes: [
    { name: '', kind: 'container', x: 60, y: 220, w: 200, h: 120, level: 'WI-5201', caption: 'cl2Container' },
    { name: 'E-5201', kind: 'container', x: 420, y: 220, w: 140, h: 140, caption: 'vaporiser' },
    { name: 'V-5201', kind: 'tank', x: 700, y: 200, w: 120, h: 180, caption: 'buffer' },
  ],
  machines: [{ name: 'XV-5205', x: 920, y: 280 }],
  valves: [{ loop: 'TIC-5202', x: 380, y: 470 }],
  pipes: [
    { points: [[260, 280], [420, 280]], main: true },
    { points: [[560, 280], [700, 280]], main: true },
    { points: [[820, 280], [1180, 280]], main: true, caption: 'cl2Out', at: 'end' },
    { points: [[20, 470], [490, 470], [490, 360]], caption: 'hotWater' },
  ],
  instruments: [
    { name: 'WI-5201', x: 160, y: 150, box: 'right', link: [160, 220] },
    { name: 'PI-5203', x: 490, y: 150, box: 'right', link: [490, 220] },
    { name: 'PIC-5204', x: 840, y: 140, box: 'right', link: [760, 200] },
    { name: 'TIC-5202', x: 380, y: 570, box: 'right', link: [380, 498] },
    { name: 'PDT-5206', x: 1050, y: 380, box: 'left', link: [1050, 280] },
    { name: 'AT-5291', x: 700, y: 520, box: 'right' },
    { name: 'AT-5292', x: 700, y: 570, box: 'right' },
  ],
  interlocks: [{ id: 'I-04', x: 960, y: 8 }],
};

const U55: Flowsheet = {
  unit: 'U55',
  shapes: [
    { name: 'T-5501', kind: 'column', x: 520, y: 90, w: 140, h: 380, caption: 'scrubber' },
    { name: '', kind: 'tank', x: 520, y: 470, w: 140, h: 100, level: 'LIC-5503.PV' },
  ],
  machines: [{ name: 'K-5501', x: 760, y: 60 }],
  valves: [{ loop: 'FIC-5502', x: 480, y: 640 }, { loop: 'AIC-5501', x: 960, y: 540 }],
  pipes: [
    { points: [[20, 440], [520, 440]], main: true, caption: 'offgasIn' },
    { points: [[590, 90], [590, 60], [1180, 60]], main: true, caption: 'stack', at: 'end' },
    { points: [[590, 570], [590, 640], [260, 640], [260, 130], [520, 130]] },
    { points: [[1180, 540], [660, 540]], caption: 'caustic' },
  ],
  instruments: [
    { name: 'FIC-5502', x: 480, y: 560, box: 'left', link: [480, 610] },
    { name: 'AIC-5501', x: 960, y: 630, box: 'right', link: [960, 568] },
    { name: 'LIC-5503', x: 760, y: 450, box: 'right', link: [660, 500] },
    { name: 'PDI-5504', x: 760, y: 300, box: 'right', link: [660, 300] },
    { name: 'AT-5505', x: 1000, y: 140, box: 'right', link: [1000, 60] },
    { name: 'SI-5506', x: 760, y: 160, box: 'right' },
    { name: 'II-5506', x: 760, y: 210, box: 'right' },
  ],
  interlocks: [{ id: 'I-09', x: 16, y: 44 }],
};

const U56: Flowsheet = {
  unit: 'U56',
  shapes: [
    { name: '', kind: 'reactor', x: 200, y: 120, w: 200, h: 280, level: 'LIC-5602.PV', caption: 'crystalliser' },
    { name: 'M-5602', kind: 'centrifuge', x: 620, y: 260, w: 200, h: 160 },
  ],
  machines: [{ name: 'M-5602', x: 720, y: 190 }],
  valves: [{ loop: 'TIC-5601', x: 165, y: 360 }, { loop: 'LIC-5602', x: 440, y: 470 }],
  pipes: [
    { points: [[20, 150], [200, 150]], main: true, caption: 'slurry' },
    { points: [[20, 360], [184, 360]], caption: 'brine' },
    { points: [[300, 416], [300, 470], [560, 470], [560, 300], [620, 300]], main: true },
    { points: [[720, 420], [720, 520], [1180, 520]], main: true, caption: 'cake', at: 'end' },
    { points: [[820, 300], [1180, 300]], caption: 'mother', at: 'end' },
  ],
  instruments: [
    { name: 'TIC-5601', x: 165, y: 570, box: 'right', link: [165, 388] },
    { name: 'LIC-5602', x: 440, y: 570, box: 'right', link: [440, 498] },
    { name: 'SI-5603', x: 900, y: 150, box: 'right' },
    { name: 'II-5603', x: 900, y: 200, box: 'right' },
    { name: 'VI-5604', x: 900, y: 380, box: 'right', link: [820, 380] },
    { name: 'WI-5605', x: 900, y: 440, box: 'right', link: [800, 420] },
    { name: 'YI-5602', x: 900, y: 600, box: 'right' },
  ],
  interlocks: [{ id: 'I-12', x: 960, y: 8 }],
};

const U57: Flowsheet = {
  unit: 'U57',
  shapes: [{ name: 'D-5701', kind: 'dryer', x: 440, y: 200, w: 240, h: 240 }],
  machines: [{ name: 'M-5701', x: 750, y: 340 }, { name: 'P-5701', x: 1000, y: 160 }],
  valves: [{ loop: 'TIC-5701', x: 240, y: 320 }, { loop: 'PIC-5703', x: 820, y: 160 }],
  pipes: [
    { points: [[20, 120], [540, 120], [540, 200]], main: true, caption: 'wetCake' },
    { points: [[20, 320], [440, 320]], caption: 'hotWater' },
    { points: [[590, 200], [590, 160], [1180, 160]], caption: 'vacuum', at: 'end' },
    { points: [[560, 440], [560, 600], [1180, 600]], main: true, caption: 'toU58', at: 'end' },
  ],
  instruments: [
    { name: 'TIC-5701', x: 240, y: 430, box: 'right', link: [240, 348] },
    { name: 'PIC-5703', x: 820, y: 250, box: 'right', link: [820, 188] },
    { name: 'TI-5702', x: 760, y: 420, box: 'right', link: [650, 400] },
    { name: 'AI-5704', x: 760, y: 500, box: 'right' },
    { name: 'SI-5705', x: 960, y: 340, box: 'right', link: [790, 340] },
    { name: 'KI-5701', x: 100, y: 560, box: 'right' },
  ],
  interlocks: [{ id: 'I-11', x: 960, y: 8 }],
};

const GAS = ['AT-5991', 'AT-5992', 'AT-5993', 'AT-5994', 'AT-5995', 'AT-5996', 'AT-5997', 'AT-5998'];

const U59: Flowsheet = {
  unit: 'U59',
  shapes: [],
  machines: [{ name: 'P-5901A', x: 160, y: 100 }, { name: 'P-5901B', x: 160, y: 200 }],
  valves: [],
  pipes: [
    { points: [[20, 150], [80, 150]] },
    { points: [[80, 150], [80, 100], [240, 100], [240, 150]] },
    { points: [[80, 150], [80, 200], [240, 200], [240, 150]] },
    { points: [[240, 150], [880, 150]], caption: 'cw', at: 'end' },
    { points: [[20, 260], [880, 260]], caption: 'brine' },
    { points: [[20, 360], [880, 360]], caption: 'steam' },
    { points: [[20, 460], [880, 460]], caption: 'n2' },
    { points: [[20, 560], [880, 560]], caption: 'air' },
  ],
  instruments: [
    { name: 'PI-5901', x: 320, y: 90, box: 'right', link: [320, 150] },
    { name: 'TI-5902', x: 560, y: 90, box: 'right', link: [560, 150] },
    { name: 'TI-5903', x: 320, y: 310, box: 'right', link: [320, 260] },
    { name: 'PIC-5904', x: 320, y: 410, box: 'right', link: [320, 360] },
    { name: 'PI-5905', x: 320, y: 510, box: 'right', link: [320, 460] },
    { name: 'PI-5906', x: 320, y: 610, box: 'right', link: [320, 560] },
    { name: 'EI-5907', x: 980, y: 540, box: 'right' },
    { name: 'JI-5908', x: 980, y: 590, box: 'right' },
    ...GAS.map((name, i) => ({ name, x: 980, y: 100 + i * 50, box: 'right' as const })),
  ],
  interlocks: [{ id: 'I-13', x: 700, y: 8 }, { id: 'I-08', x: 940, y: 8 }],
};

export const FLOWSHEETS: readonly Flowsheet[] = [U51, U52, U54, U55, U56, U57, U58, U59];

export function flowsheet(unit: string): Flowsheet | undefined {
  return FLOWSHEETS.find((f) => f.unit === unit);
}
