/**
 * Interlocks I-01…I-14 of Workshop 5 (reference §7.3): causes with their voting, and the actions
 * each holds while tripped. Causes read the transmitters the SIS would read (measured values).
 */
import type { Text } from '../protocol.ts';
import type { Loop } from './loop.ts';
import { voteHigh, type CauseDef, type InterlockDef } from './interlock.ts';
import type { OnOffValve } from '../model/onoff-valve.ts';
import type { Pump } from '../model/pump.ts';
import type { Workshop5Units } from '../model/workshop5.ts';
import { CL2_FLOOR_DETECTORS, UNDERVOLTAGE_V } from '../model/u59-utilities.ts';
import { PACKML } from '../model/u58-packing.ts';

const t = (en: string, zh: string): Text => ({ en, zh });
const cause = (id: string, en: string, zh: string, active: () => boolean): CauseDef => ({ id, desc: t(en, zh), active });

/** An action an interlock holds and later releases. */
interface Action {
  hold(id: string): void;
  release(id: string): void;
}
const closeXv = (xv: OnOffValve): Action => ({ hold: (id) => void (xv.forces[id] = false), release: (id) => xv.release(id) });
const openXv = (xv: OnOffValve): Action => ({ hold: (id) => void (xv.forces[id] = true), release: (id) => xv.release(id) });
const stopPump = (p: Pump): Action => ({
  hold: (id) => { p.forces[id] = false; p.running = false; },
  release: (id) => void delete p.forces[id],
});
const holdOutput = (loop: Loop, op: number): Action => ({ hold: (id) => void (loop.overrides[id] = op), release: (id) => void delete loop.overrides[id] });

function interlock(id: string, unit: string, desc: Text, actions: Text, causes: CauseDef[], acts: (seen: readonly boolean[]) => Action[], all: Action[]): InterlockDef {
  return {
    id, unit, desc, actions, causes,
    hold: (seen) => { for (const a of acts(seen)) a.hold(id); },
    release: () => { for (const a of all) a.release(id); },
  };
}

export function createInterlocks(u: Workshop5Units): InterlockDef[] {
  const r = u.r5301;
  const b = u.r5401;
  const hasMass5301 = () => r.levelPct > 10;
  const hasMass5401 = () => b.state[2]! > 1; // m³
  const stopDosing = [closeXv(b.xvDose), stopPump(b.pumpA), stopPump(b.pumpB)];
  const cutCl2Feed = [closeXv(r.xvCl2), closeXv(r.xvFeed), holdOutput(r.cwFlow, 100)];
  const dumpOnLowConversion: Action = {
    hold: (id) => { if (r.conversionPct < 50 || r.xvDump.forces[id] !== undefined) r.xvDump.forces[id] = true; },
    release: (id) => r.xvDump.release(id),
  };
  const boostFan: Action = { hold: () => void (u.u55.fanBoost = 1.1), release: () => void (u.u55.fanBoost = 1) };
  const heatCut: Action = { hold: () => void (u.u57.heatCut = true), release: () => void (u.u57.heatCut = false) };
  const centrifugeHeld: Action = { hold: () => { u.u56.held = true; u.u56.trip(); }, release: () => void (u.u56.held = false) };
  const startCwB: Action = { hold: () => { const p = u.u59.cwPumps.b; if (!p.running && !p.tripped) p.running = true; }, release: () => {} };
  const abortPacking: Action = {
    hold: () => { const s = PACKML[u.u58.state]; if (s !== 'Aborted' && s !== 'Aborting') u.u58.command('ABORT'); },
    release: () => {},
  };
  const failSafe = [closeXv(r.xvCl2), closeXv(r.xvFeed), closeXv(u.u52.xvHeader), closeXv(u.u51.xvInlet), closeXv(b.xvDose), holdOutput(r.cwFlow, 100)];
  const pv = (l: Loop) => l.config.pv;
  const ttVote = () => voteHigh(r.tt, 130, 2);
  const cl2Heads = [u.u52.ind.sensor('AT-5291'), u.u52.ind.sensor('AT-5292'), ...CL2_FLOOR_DETECTORS.map((d) => u.u59.detector(d))];

  return [
    interlock('I-01', 'U53', t('R-5301 temperature high-high', '氯化釜温度高高联锁'),
      t('close XV-5311 (Cl2) and XV-5312 (feed), CW valve 100 %; on the low-conversion branch open XV-5313', '关 XV-5311、XV-5312，冷却水阀全开；低转化率时开 XV-5313'),
      [cause('TT-5301 2oo3 HH', 'TT-5301A/B/C 2oo3 ≥ 130 °C', 'TT-5301A/B/C 三取二 ≥ 130 °C', ttVote)],
      () => [...cutCl2Feed, dumpOnLowConversion], [...cutCl2Feed, dumpOnLowConversion]),
    interlock('I-02', 'U53', t('R-5301 pressure high-high', '氯化釜压力高高联锁'),
      t('as I-01, and the vent to the scrubber fully open', '同 I-01，并全开尾气放空阀'),
      [cause('PIC-5308 HH', 'PIC-5308 ≥ 80 kPa', 'PIC-5308 ≥ 80 kPa', () => pv(r.pressure).value >= 80)],
      () => [...cutCl2Feed, holdOutput(r.pressure, 100)], [...cutCl2Feed, holdOutput(r.pressure, 100)]),
    interlock('I-03', 'U53', t('Agitator failure R-5301 / R-5401', '搅拌故障联锁'),
      t('R-5301: close XV-5311 (Cl2); R-5401: close XV-5410, stop P-5401A/B', 'R-5301 切断氯气；R-5401 停止滴加'),
      [
        cause('SI-5310 LL', 'R-5301 agitator speed < 20 rpm with liquid in the reactor', 'R-5301 搅拌转速 < 20 rpm', () => hasMass5301() && r.sensors.get('SI-5310')!.value < 20),
        cause('II-5310 H', 'R-5301 agitator current > 70 A', 'R-5301 搅拌电流 > 70 A', () => r.sensors.get('II-5310')!.value > 70),
        cause('SI-5407 LL', 'R-5401 agitator speed < 20 rpm with mass in the reactor', 'R-5401 搅拌转速 < 20 rpm', () => hasMass5401() && b.ind.sensor('SI-5407').value < 20),
      ],
      (seen) => [...(seen[0] || seen[1] ? [closeXv(r.xvCl2)] : []), ...(seen[2] ? stopDosing : [])],
      [closeXv(r.xvCl2), ...stopDosing]),
    interlock('I-04', 'U52', t('Cl2 flow low-low / back-flow protection', '氯气流量低低/防倒流联锁'),
      t('close XV-5205 and XV-5311', '关 XV-5205、XV-5311'),
      [
        cause('FIC-5303 LL', 'Cl2 flow < 30 kg/h with XV-5311 open', '氯气流量 < 30 kg/h (运行中)', () => r.xvCl2.position >= 1 && r.xvCl2.commandOpen && pv(r.cl2Flow).value < 30),
        cause('PDT-5206 LL', 'Vaporiser–reactor ΔP < 20 kPa', '汽化器-反应器压差 < 20 kPa', () => u.u52.ind.sensor('PDT-5206').value < 20),
      ],
      () => [closeXv(u.u52.xvHeader), closeXv(r.xvCl2)], [closeXv(u.u52.xvHeader), closeXv(r.xvCl2)]),
    interlock('I-05', 'U53', t('R-5301 CW flow low-low', '氯化釜冷却水流量低低联锁'),
      t('close XV-5311 and XV-5312; start CW pump P-5901B', '关 XV-5311、XV-5312；启动 P-5901B'),
      [cause('FIC-5306 LL', 'CW flow < 1.5 m³/h while FV-5306 is asked to open > 20 %, reactor above 80 °C', '冷却水流量 < 1.5 m³/h (阀开度 > 20 %，釜温 > 80 °C)',
        () => pv(r.cwFlow).value < 1.5 && r.cwFlow.op > 20 && pv(r.tic).value > 80)],
      () => [closeXv(r.xvCl2), closeXv(r.xvFeed), startCwB], [closeXv(r.xvCl2), closeXv(r.xvFeed)]),
    interlock('I-06', 'U54', t('R-5401 temperature HH/LL, jacket cooling lost', '缩合釜温度高高/低低联锁'),
      t('stop dosing: close XV-5410, stop P-5401A/B', '停止滴加'),
      [
        cause('TIC-5403 HH', 'R-5401 temperature ≥ 30 °C', 'R-5401 温度 ≥ 30 °C', () => b.tic.sensor.value >= 30),
        cause('TIC-5403 LL', 'R-5401 temperature ≤ 10 °C with mass in the reactor', 'R-5401 温度 ≤ 10 °C', () => hasMass5401() && b.tic.sensor.value <= 10),
        cause('FSLL-5404', 'Jacket circulation lost', '夹套循环中断', () => hasMass5401() && !b.jacketOk),
      ],
      () => stopDosing, stopDosing),
    interlock('I-07', 'U54', t('R-5401 MTSR high-high', '缩合釜 MTSR 高高联锁'),
      t('inhibit dosing: close XV-5410, stop P-5401A/B', '禁止滴加'),
      [cause('TY-5408 HH', 'Calculated MTSR ≥ 40 °C', 'MTSR 计算值 ≥ 40 °C', () => b.mtsrC >= 40)],
      () => stopDosing, stopDosing),
    interlock('I-08', 'U59', t('Cl2 gas detected (2 heads)', '氯气泄漏联锁'),
      t('close XV-5205 and XV-5311, scrubber fan to maximum, evacuation alarm', '关 XV-5205、XV-5311，引风机最大，疏散报警'),
      [cause('AT 2×≥2', 'Two Cl2 detectors ≥ 2 mg/m³', '两个氯气检测器 ≥ 2 mg/m³', () => countAtLeast(cl2Heads, 2) >= 2)],
      () => [closeXv(u.u52.xvHeader), closeXv(r.xvCl2), boostFan], [closeXv(u.u52.xvHeader), closeXv(r.xvCl2), boostFan]),
    interlock('I-09', 'U55', t('Scrubber not absorbing', '尾气吸收失效联锁'),
      t('inhibit the Cl2 feed: close XV-5311', '禁止通氯：关 XV-5311'),
      [
        cause('FIC-5502 LL', 'Circulation < 5 m³/h', '循环液流量 < 5 m³/h', () => u.u55.fic.sensor.value < 5),
        cause('AIC-5501 LL', 'Caustic pH < 9', '碱液 pH < 9', () => u.u55.aic.sensor.value < 9),
      ],
      () => [closeXv(r.xvCl2)], [closeXv(r.xvCl2)]),
    interlock('I-10', 'U51', t('V-5101 level high-high', '溶剂罐液位高高联锁'),
      t('close XV-5101, stop P-5101A/B', '关 XV-5101，停 P-5101A/B'),
      [
        cause('LSHH-5102', 'Independent high-high level switch', '独立高高液位开关', () => u.u51.lshh),
        cause('LIC-5101 HH', 'LIC-5101 ≥ 90 %', 'LIC-5101 ≥ 90 %', () => u.u51.lic.sensor.value >= 90),
      ],
      () => [closeXv(u.u51.xvInlet), stopPump(u.u51.pumps.a), stopPump(u.u51.pumps.b)],
      [closeXv(u.u51.xvInlet), stopPump(u.u51.pumps.a), stopPump(u.u51.pumps.b)]),
    interlock('I-11', 'U57', t('Dryer overheating / vacuum loss', '干燥机超温/失真空联锁'),
      t('cut dryer heating', '切断干燥机加热'),
      [
        cause('TIC-5701 HH', 'Jacket ≥ 65 °C', '夹套 ≥ 65 °C', () => u.u57.tic.sensor.value >= 65),
        cause('PIC-5703 H', 'Vacuum lost (> 30 kPa(a)) while drying', '干燥中失真空 (> 30 kPa)', () => u.u57.phase === 1 && u.u57.pic.sensor.value > 30),
      ],
      () => [heatCut], [heatCut]),
    interlock('I-12', 'U56', t('Centrifuge vibration high-high', '离心机振动高高联锁'),
      t('centrifuge trip and brake', '离心机停车制动'),
      [cause('VI-5604 HH', 'Vibration ≥ 11 mm/s', '振动 ≥ 11 mm/s', () => u.u56.ind.sensor('VI-5604').value >= 11)],
      () => [centrifugeHeld], [centrifugeHeld]),
    interlock('I-13', 'U59', t('Instrument air / power lost', '仪表空气/电源失效联锁'),
      t('all XV to fail-safe: feeds close, cooling opens', '所有切断阀到安全位：进料关，冷却开'),
      [
        cause('PI-5906 LL', 'Instrument air < 0.35 MPa', '仪表空气 < 0.35 MPa', () => u.u59.ind.sensor('PI-5906').value < 0.35),
        cause('EI-5907 LL', 'Bus voltage < 320 V', '母线电压 < 320 V', () => u.u59.ind.sensor('EI-5907').value < UNDERVOLTAGE_V),
      ],
      () => failSafe, failSafe),
    interlock('I-14', 'U58', t('Packing line e-stop', '包装线急停'),
      t('packing line to PackML Aborting', '包装线进入 Aborting'),
      [cause('HS-5808', 'E-stop pressed', '急停按下', () => u.u58.estop)],
      () => [abortPacking], [abortPacking]),
  ];
}

function countAtLeast(sensors: readonly { value: number }[], limit: number): number {
  let n = 0;
  for (const s of sensors) if (s.value >= limit) n++;
  return n;
}
