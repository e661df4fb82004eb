/**
 * Malfunctions M01…M20 of Workshop 5 (reference §7.4), each acting on the units through the same
 * fields a real fault would move: supplies, valves, motors, transmitters, kinetics.
 */
import type { Text } from '../protocol.ts';
import type { Sensor } from '../model/sensor.ts';
import type { Workshop5Units } from '../model/workshop5.ts';
import { clamp } from '../model/units.ts';
import type { MalfunctionDef, MalfunctionParam } from './malfunctions.ts';

const t = (en: string, zh: string): Text => ({ en, zh });
const mag = (eu: string, lo: number, hi: number, def: number, en = 'magnitude', zh = '幅度'): MalfunctionParam => ({ name: 'magnitude', desc: t(en, zh), eu, lo, hi, default: def });
const TRIP = mag('', 1, 1, 1, 'trip (1)', '跳车 (1)');

function def(id: string, unit: string, desc: Text, response: Text, params: MalfunctionParam[], apply: MalfunctionDef['apply'], clear: MalfunctionDef['clear']): MalfunctionDef {
  return { id, unit, desc, response, params, apply, clear };
}

/** Sets a transmitter fault once (a repeated set would restart a drift). */
function faultOnce(s: Sensor, kind: 'drift' | 'freeze' | 'fail' | 'stuck', make: () => Parameters<Sensor['setFault']>[0]): void {
  if (s.fault.kind !== kind) s.setFault(make());
}

export function createMalfunctions(u: Workshop5Units): MalfunctionDef[] {
  const r = u.r5301;
  const b = u.r5401;
  const tta = r.tt[0];
  return [
    def('M01', 'U53', t('CW supply failure to R-5301', 'R-5301 冷却水中断'), t('FIC-5306 → 0, T rises at once; I-01 trips at 130 °C', '冷却水流量归零，温度立即上升；130 °C I-01 联锁'),
      [mag('fraction', 0, 1, 1, 'fraction of CW lost', '冷却水损失比例')],
      (lv, p) => void (r.cwBlock = p.magnitude! * lv), () => void (r.cwBlock = 0)),
    def('M02', 'U59', t('CW temperature rise', '冷却水温度升高'), t('TIC-5301 absorbs it: peak +0.9 K for +5 K, more CW flow', 'TIC 吸收扰动，冷却水流量增加'),
      [mag('K', -10, 15, 5, 'CW supply rise', '水温升高')],
      (lv, p) => void (u.u59.cwTempOffsetK = p.magnitude! * lv), () => void (u.u59.cwTempOffsetK = 0)),
    def('M03', 'U53', t('Agitator trip R-5301', 'R-5301 搅拌跳车'), t('SI-5310 falls, UA −50 %; I-03 closes XV-5311', '搅拌转速下降，I-03 切断氯气'),
      [TRIP], () => void (r.agitator.running = false), () => {}),
    def('M04', 'U54', t('Agitator trip R-5401 during dosing', 'R-5401 滴加中搅拌跳车'), t('SI-5407 falls, accumulation rises; I-03 stops dosing', '搅拌停，累积增加；I-03 停止滴加'),
      [TRIP], () => void (b.agitator.running = false), () => {}),
    def('M05', 'U54', t('Cooling loss on R-5401', 'R-5401 冷却失效'), t('TIC-5403 rises; I-06 stops dosing (peak ≈ 22 °C), without it ≈ 82 °C', '温度上升；I-06 停止滴加'),
      [TRIP], () => void (b.jacketOk = false), () => void (b.jacketOk = true)),
    def('M06', 'U54', t('Dosing valve FV-5402 stuck open / pump over-speed', '滴加阀卡开/计量泵超速'), t('FIC-5402 H/HH, accumulation and MTSR rise; I-07/I-06', '滴加流量高，累积度和 MTSR 上升'),
      [mag('×', 1, 3, 3, 'dosing flow multiple', '滴加流量倍数')],
      (lv, p) => { b.doseValve.stuck = true; b.doseValve.position = clamp((100 * 500 * (1 + (p.magnitude! - 1) * lv)) / 1500, 0, 100); },
      () => void (b.doseValve.stuck = false)),
    def('M07', 'U54', t('Reaction too slow (too cold / wrong pH)', '反应变慢(过冷/pH 错误)'), t('accumulation and TY-5408 rise, TIC-5403 L', '累积度上升，温度偏低'),
      [mag('×', 1, 20, 10, 'slow-down factor', '减慢倍数')],
      (lv, p) => void (b.kMalf = 1 / (1 + (p.magnitude! - 1) * lv)), () => void (b.kMalf = 1)),
    def('M08', 'U53', t('Feed composition upset', '进料组成波动'), t('+10 %: T ≈ 119.9 °C, CW valve saturates; −20 %: T dips to ≈ 112.6 °C', '+10 %: 温度升高冷却水饱和；−20 %: 温度下降'),
      [mag('fraction', -0.5, 0.5, 0.1, 'concentration change', '浓度变化')],
      (lv, p) => void (r.feed.conc = 1 + p.magnitude! * lv), () => void (r.feed.conc = 1)),
    def('M09', 'U53', t('CW valve FV-5306 stuck', '冷却水阀卡死'), t('FIC-5306.OP moves, flow does not', '输出变化而流量不变'),
      [TRIP], () => void (r.cwValve.stuck = true), () => void (r.cwValve.stuck = false)),
    def('M10', 'U53', t('TT-5301A drift', 'TT-5301A 漂移'), t('TIC-5301 follows the wrong PV; A deviates from B/C', '控制器跟随错误测量值'),
      [mag('K/min', -5, 5, -0.5, 'drift rate', '漂移速率')],
      (_lv, p) => faultOnce(tta, 'drift', () => ({ kind: 'drift', ratePerS: p.magnitude! / 60 })), () => tta.setFault({ kind: 'none' })),
    def('M11', 'U53', t('TT-5301A frozen', 'TT-5301A 冻结'), t('TIC-5301.PV flat while the real T moves', '测量值不变'),
      [TRIP], () => faultOnce(tta, 'freeze', () => ({ kind: 'freeze' })), () => tta.setFault({ kind: 'none' })),
    def('M12', 'U53', t('TT-5301A signal out of range', 'TT-5301A 信号超量程'), t('PV bad quality, TIC-5301 to MAN, SIS votes 1oo2 on B/C', '测量值坏，回路切手动，联锁二取一'),
      [mag('', 0, 1, 1, '1 fails high, 0 fails low', '1 高 0 低')],
      (_lv, p) => faultOnce(tta, 'fail', () => ({ kind: 'fail', to: p.magnitude! >= 0.5 ? 'high' : 'low' })), () => tta.setFault({ kind: 'none' })),
    def('M13', 'U52', t('Cl2 vaporiser steam/hot-water loss', '汽化器蒸汽/热水中断'), t('TIC-5202 and PI-5203 fall, PDT-5206 LL → I-04', '汽化压力下降，压差低低 I-04'),
      [TRIP], () => void (u.u52.steamOk = false), () => void (u.u52.steamOk = true)),
    def('M14', 'U52', t('Cl2 leak in the vaporiser room', '汽化间氯气泄漏'), t('AT-5291/5292 ≥ 1 alarm, ≥ 2 on two heads → I-08', '检测器报警，两点 ≥ 2 触发 I-08'),
      [mag('mg/m³', 0, 10, 5, 'room concentration', '室内浓度')],
      (lv, p) => void (u.u52.leakTarget = p.magnitude! * lv), () => void (u.u52.leakTarget = 0)),
    def('M15', 'U55', t('Scrubber caustic exhausted', '尾气吸收碱液耗尽'), t('AIC-5501 pH falls, AT-5505 stack Cl2 rises; I-09', 'pH 下降，排放口氯气上升；I-09'),
      [mag('1/h', 0, 60, 6, 'extra depletion (circulating charges per hour)', '额外消耗(每小时)')],
      (lv, p) => { u.u55.causticOk = false; u.u55.extraDepletion = (p.magnitude! * lv * 10 ** (12.5 - 14)) / 3600; },
      () => { u.u55.causticOk = true; u.u55.extraDepletion = 0; }),
    def('M16', 'U59', t('Power dip (0.4 kV sag)', '电压暂降'), t('motors trip, standby pumps start on low pressure, XV fail-safe (I-13), packing Held', '电机跳车，备泵自启，联锁到安全位'),
      [mag('fraction', 0, 1, 0.5, 'voltage sag', '电压下降'), { name: 'durationS', desc: t('dip duration', '持续时间'), eu: 's', lo: 0.5, hi: 60, default: 2 }],
      (lv, p, since) => void (u.u59.busSag = since < p.durationS! ? p.magnitude! * lv : 0), () => void (u.u59.busSag = 0)),
    def('M17', 'U51', t('P-5101A trip', 'P-5101A 跳车'), t('PI-5106 L, FIC-5105 falls, P-5101B starts', '出口压力低，备泵自启'),
      [TRIP], () => u.u51.pumps.a.trip(), () => {}),
    def('M18', 'U51', t('LIC-5101 transmitter stuck low', 'LIC-5101 变送器卡在低值'), t('tank overfills until LSHH-5102 → I-10', '储罐满溢直到 LSHH-5102 → I-10'),
      [mag('%', 0, 100, 20, 'stuck reading', '卡值')],
      (_lv, p) => faultOnce(u.u51.lic.sensor, 'stuck', () => ({ kind: 'stuck', value: p.magnitude! })), () => u.u51.lic.sensor.setFault({ kind: 'none' })),
    def('M19', 'U56', t('Centrifuge imbalance', '离心机不平衡'), t('VI-5604 rises → HH trip I-12', '振动上升 → I-12'),
      [mag('mm/s', 0, 20, 12, 'added vibration', '附加振动')],
      (lv, p) => void (u.u56.imbalance = p.magnitude! * lv), () => void (u.u56.imbalance = 0)),
    def('M20', 'U58', t('Packing jam / checkweigher drift', '包装卡料/称重漂移'), t('SIC-5805 low, PackML Held, OEE falls', '输送带速度低，PackML Held，OEE 下降'),
      [mag('fraction', 0, 1, 0.8, 'conveyor speed lost', '速度损失'), { name: 'driftKg', desc: t('checkweigher drift', '称重漂移'), eu: 'kg', lo: -1, hi: 1, default: 0.15 }],
      (lv, p) => { u.u58.jam = p.magnitude! * lv; u.u58.weigherDrift = p.driftKg! * lv; },
      () => { u.u58.jam = 0; u.u58.weigherDrift = 0; }),
  ];
}
