/**
 * Instruments and texts of unit U53 (reference §7.1, U53 table). Noise and lags from §3.3;
 * normal bands from the alarm limits of §7.1 where given, else [assumption].
 */
import type { Text } from '../protocol.ts';
import type { SensorSpec } from './sensor.ts';

export const UNIT = 'U53';

export const TEXT = {
  'TIC-5301': { en: 'Reactor temperature', zh: '氯化反应温度' },
  'FIC-5306': { en: 'CW flow (cascade slave)', zh: '冷却水流量 (TIC 副回路)' },
  'FIC-5301': { en: 'Disulfide solution feed', zh: '二硫化物溶液进料' },
  'LIC-5307': { en: 'Reactor level', zh: '反应釜液位' },
  'TI-5304': { en: 'Jacket outlet temperature', zh: '夹套出水温度' },
  'TI-5305': { en: 'CW supply temperature', zh: '冷却水进水温度' },
  'AI-5309': { en: 'Conversion (model/analyser)', zh: '出料转化率(计算/在线)' },
  'SI-5310': { en: 'Agitator speed', zh: '搅拌转速' },
  'II-5310': { en: 'Agitator current', zh: '搅拌电流' },
  'M-5301': { en: 'R-5301 agitator', zh: '氯化釜搅拌器' },
  'FFIC-5302': { en: 'Cl2 : feed ratio', zh: '氯气/物料比值' },
  'FIC-5303': { en: 'Cl2 feed flow', zh: '氯气进料流量' },
  'PIC-5308': { en: 'Reactor pressure (vent to scrubber)', zh: '反应釜压力(尾气)' },
  'TT-5301A': { en: 'Reactor temperature transmitter A (SIS, also TIC)', zh: '反应温度变送器 A' },
  'TT-5301B': { en: 'Reactor temperature transmitter B (SIS)', zh: '反应温度变送器 B' },
  'TT-5301C': { en: 'Reactor temperature transmitter C (SIS)', zh: '反应温度变送器 C' },
  'XV-5311': { en: 'Cl2 ESD valve', zh: '氯气切断阀' },
  'XV-5312': { en: 'Feed ESD valve', zh: '物料切断阀' },
  'XV-5313': { en: 'Emergency quench/dump valve', zh: '紧急冷却/放料阀' },
} as const satisfies Record<string, Text>;

/** An indicator: its tag, display data and transmitter. */
export interface IndicatorSpec {
  tag: keyof typeof TEXT;
  eu: string;
  decimals: number;
  normal: [number, number];
  sensor: SensorSpec;
}

/** Loop transmitters. Ranges are the loops' PV ranges. */
export const LOOP_SENSORS = {
  'TIC-5301': { name: 'TT-5301', lo: 0, hi: 250, lagS: 10, noiseAbs: 0.02, noiseRel: 0 }, // °C
  'FIC-5306': { name: 'FT-5306', lo: 0, hi: 16, lagS: 1, noiseAbs: 0, noiseRel: 0.005 }, // m3/h
  'FIC-5301': { name: 'FT-5301', lo: 0, hi: 6, lagS: 1, noiseAbs: 0, noiseRel: 0.005 }, // m3/h
  'LIC-5307': { name: 'LT-5307', lo: 0, hi: 100, lagS: 2, noiseAbs: 0.5, noiseRel: 0 }, // %
} as const satisfies Record<string, SensorSpec>;

export const INDICATORS: readonly IndicatorSpec[] = [
  {
    tag: 'TI-5304', eu: '°C', decimals: 1, normal: [50, 85],
    sensor: { name: 'TI-5304', lo: 0, hi: 150, lagS: 10, noiseAbs: 0.02, noiseRel: 0 },
  },
  {
    tag: 'TI-5305', eu: '°C', decimals: 1, normal: [15, 32],
    sensor: { name: 'TI-5305', lo: 0, hi: 50, lagS: 10, noiseAbs: 0.02, noiseRel: 0 },
  },
  {
    tag: 'AI-5309', eu: '%', decimals: 1, normal: [85, 100],
    sensor: { name: 'AI-5309', lo: 0, hi: 100, lagS: 60, noiseAbs: 0.05, noiseRel: 0 },
  },
  {
    tag: 'SI-5310', eu: 'rpm', decimals: 0, normal: [70, 100],
    sensor: { name: 'SI-5310', lo: 0, hi: 150, lagS: 0.5, noiseAbs: 0, noiseRel: 0.003 },
  },
  {
    tag: 'II-5310', eu: 'A', decimals: 1, normal: [35, 70],
    sensor: { name: 'II-5310', lo: 0, hi: 90, lagS: 0.5, noiseAbs: 0, noiseRel: 0.005 },
  },
];
