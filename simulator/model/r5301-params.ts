/**
 * Parameters of unit U53, continuous chlorinator R-5301: Kantor's jacketed CSTR (reference
 * §3.1.1) scaled to plant size with s = 20, m = 30 (§3.1.2). Training model, not CTP data.
 * Values from the reference are kept in the reference's units and converted here.
 */
import type { CstrParams } from './cstr.ts';
import { lpmToM3h, perMinToPerS } from './units.ts';

/** Scale factors of §3.1.2: size ×s, time ×m. */
export const SCALE_S = 20;
export const SCALE_M = 30;

export const K0_PER_MIN = 7.2e10 / SCALE_M; // 1/min (= 2.4e9)
export const UA_NOMINAL_PER_MIN = (5e4 * SCALE_S) / SCALE_M; // J/(min·K) (= 3.333e4)

export const CSTR: CstrParams = {
  k0: perMinToPerS(K0_PER_MIN), // 1/s
  eaOverR: 8750, // K
  rhoCp: 1000 * 0.239, // J/(L·K): ρ 1000 g/L × Cp 0.239 J/(g·K)
  dHr: -50_000, // J/mol
  jacketL: 20 * SCALE_S, // L (= 400)
  outletDryL: 50, // L [assumption]
};

export const UA_NOMINAL = perMinToPerS(UA_NOMINAL_PER_MIN); // J/(s·K)
export const FEED_CONC = 1.0; // mol/L, cAi
export const FEED_TEMP_K = 300; // K, Tf
export const CW_SUPPLY_K = 300; // K, Tcf (26.85 °C)

/** Normal operating point (§3.1.1, [calc]). */
export const T_SP_K = 390; // K (116.85 °C)
export const T_SP_C = 116.85; // °C (= T_SP_K − 273.15, written out to avoid a rounding tail)
export const FEED_NOMINAL = lpmToM3h((100 * SCALE_S) / SCALE_M); // m3/h (66.67 L/min = 4.0)

/** Vessel: 60 % of the level range is the 2.0 m³ working volume of §3.1.2. */
export const VOLUME_NOMINAL_L = 100 * SCALE_S; // L (= 2000)
export const LEVEL_NOMINAL = 60; // %
export const VOLUME_AT_100_PCT_L = VOLUME_NOMINAL_L / (LEVEL_NOMINAL / 100); // L (3333.3)
/** Volume the vessel holds before it overflows to the dump line [assumption]. */
export const VOLUME_BRIM_L = 3600; // L

/** Valves [assumption; τ from §3.3, 5–9 s]. */
export const FEED_VALVE = { maxFlow: 6, tauS: 6, characteristic: 'linear' as const }; // FV-5301, m3/h
export const CW_VALVE = { maxFlow: 16, tauS: 8, characteristic: 'linear' as const }; // FV-5306, m3/h (266.7 L/min)
export const OUTLET_VALVE = { maxFlow: 8, tauS: 6, characteristic: 'linear' as const }; // LV-5307, m3/h

/** Agitator M-5301 [assumption; normal 85 rpm / 45 A from §7.1]. */
export const AGITATOR = {
  ratedRpm: 85, // rpm
  upTauS: 2, // s
  downTauS: 8, // s
  ratedA: 45, // A
  noLoadA: 15, // A
  uaFloor: 0.5, // §7.4 #3: agitator trip = UA −50 %
};

/**
 * Controller tunings (§7.2), on % of span. TIC-5301: kp 1.6 m³/h per K is
 * (1.6/16·100) % of OP per (1/250·100) % of PV = 25 %/%; τI 15 min. Flow loops Kc 0.5, τI 0.2 min.
 * LIC-5307 averaging P-only (TE level loops ≈ 2 %/%).
 */
export const TIC_TUNING = { kc: 25, tiS: 15 * 60, tdS: 0, beta: 1, gamma: 0, action: 'direct' as const };
export const FLOW_TUNING = { kc: 0.5, tiS: 0.2 * 60, tdS: 0, beta: 1, gamma: 0, action: 'reverse' as const };
export const LIC_TUNING = { kc: 2, tiS: Infinity, tdS: 0, beta: 1, gamma: 0, action: 'direct' as const };

/** Chlorine feed (§7.1 U53, §7.2): ratio 35.5 kg Cl2 per m³ feed, FIC-5303 142 kg/h. */
export const CL2_RATIO = 35.5; // kg/m³
export const CL2_NOMINAL = CL2_RATIO * FEED_NOMINAL; // kg/h (142)
export const CL2_VALVE = { maxFlow: 250, tauS: 5, characteristic: 'linear' as const }; // FV-5303, kg/h
/** Cl2 dissolves into the liquid with this hold-up time; the surrogate's cAi follows the Cl2 : feed ratio [assumption]. */
export const CL2_MIX_TAU_S = 60; // s

/** Reactor pressure (vent to the scrubber) [assumption]: P' = (P0/τ)·(gen − (x/x0)·vent·P/P0). */
export const P_NOMINAL_KPA = 20; // kPa(g)
export const P_TAU_S = 60; // s
export const P_VAPOUR_SCALE_K = 25; // K, e-fold of the vapour part of the gas generation
export const VENT_VALVE = { maxFlow: 100, tauS: 4, characteristic: 'linear' as const }; // PV-5308, % of vent capacity
export const PIC_TUNING = { kc: 1, tiS: 90, tdS: 0, beta: 1, gamma: 0, action: 'direct' as const };

/** ESD valves: travel times, s [assumption]. Dump through XV-5313 at 12 m³/h. */
export const XV_TRAVEL_S = 3; // s
export const DUMP_FLOW = 12; // m3/h
