/** Parameters of U54, semi-batch condensation reactor R-5401 (reference §3.2 example set [assumption], [calc]). */
import type { SemibatchParams } from './semibatch.ts';

export const SB: SemibatchParams = {
  kref: 2e-3, // m³/(kmol·s)
  trefC: 20, // °C
  ea: 60_000, // J/mol
  dHr: -120_000, // kJ/kmol (−120 kJ/mol)
  rho: 1000, // kg/m³
  cp: 2.0, // kJ/(kg·K)
  u: 0.5, // kW/(m²·K)
  a0: 8, // m²
  a1: 3, // m² per m³
  v0: 4, // m³
  cBf: 4, // kmol/m³
};

export const CHARGE_VOLUME = 4.0; // m³ (V0)
export const CHARGE_CONC_A = 2.0; // kmol/m³ (nA0 = 8 kmol)
export const CHARGE_FLOW = 10; // m³/h [assumption]
export const CHARGE_TEMP_C = 22; // °C [assumption]
export const DOSE_TOTAL = 2.0; // m³ (nB,total = 8 kmol)
export const DOSE_FLOW_LPH = 500; // L/h (Fd = 0.5 m³/h, 4 h)
export const N_B_TOTAL = DOSE_TOTAL * SB.cBf; // kmol
export const FINAL_MASS_KG = (CHARGE_VOLUME + DOSE_TOTAL) * SB.rho; // kg (6 t)
export const T_SP_C = 20; // °C
export const HOLD_MIN = 120; // min
export const TRANSFER_FLOW = 12; // m³/h [assumption]
export const VESSEL_M3 = 10; // m³ at 100 % level
/** Jacket: split-range brine / hot water into the jacket loop [assumption]. */
export const HOT_WATER_C = 60; // °C
export const JACKET_VALVE_RATE = 1 / 60; // 1/s, full valve moves the jacket inlet with τ 60 s
export const JACKET_RETURN_RATE = 1 / 600; // 1/s, loop mixing towards the reactor temperature
/** TIC-5403 (§3.2: Tj = 15 − 2·(e + ∫e dt/600 s)); on % of span: 2 K/K × (140/105) = 2.667 %/%. */
export const TIC_5403_TUNING = { kc: 2 * (140 / 105), tiS: 600, tdS: 0, beta: 1, gamma: 0, action: 'reverse' as const };
export const TIC_5404_TUNING = { kc: 2, tiS: 60, tdS: 0, beta: 1, gamma: 0, action: 'reverse' as const };
export const TJ_BIAS_C = 15; // °C
/** pH buffer of the reaction mass: kmol of NaOH per pH unit; NaOH solution 10 kmol/m³ [assumption]. */
export const PH_BUFFER = 0.5; // kmol/pH
export const NAOH_CONC = 10; // kmol/m³
export const NAOH_VALVE = { maxFlow: 0.5, tauS: 5, characteristic: 'linear' as const }; // FV-5406, m³/h
export const DOSE_VALVE = { maxFlow: 1500, tauS: 5, characteristic: 'linear' as const }; // FV-5402, L/h
export const AGITATOR = { ratedRpm: 100, upTauS: 2, downTauS: 8, ratedA: 30, noLoadA: 10, uaFloor: 0.3 };
/** Product P (CTP, 261 g/mol) per kmol reacted, kg. */
export const PRODUCT_KG_PER_KMOL = 261;
