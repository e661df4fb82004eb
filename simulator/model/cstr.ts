/**
 * Jacketed exothermic CSTR, first-order A → B (reference §3.1, §3.1.1), with a variable liquid
 * volume so the level can move. Pure functions in SI seconds; parameters as given per minute in
 * the reference are converted once in `cstrParams`. Training model, not CTP data.
 */

export interface CstrParams {
  /** Pre-exponential factor, 1/s. */
  k0: number;
  /** Activation temperature Ea/R, K. */
  eaOverR: number;
  /** Volumetric heat capacity ρ·Cp of reactor liquid and coolant, J/(L·K). */
  rhoCp: number;
  /** Heat of reaction ΔHr, J/mol (negative: exothermic). */
  dHr: number;
  /** Jacket volume, L. */
  jacketL: number;
  /** Liquid volume below which the outlet loses suction, L. */
  outletDryL: number;
}

/** Inputs held constant over one step. */
export interface CstrInputs {
  /** Feed flow, L/s. */
  qIn: number;
  /** Outlet flow the outlet valve passes when the reactor is not near empty, L/s. */
  qOut: number;
  /** Coolant flow, L/s. */
  qc: number;
  /** Feed concentration of A, mol/L. */
  cAi: number;
  /** Feed temperature, K. */
  tFeed: number;
  /** Coolant supply temperature, K. */
  tCoolIn: number;
  /** Jacket heat-transfer coefficient × area, J/(s·K). */
  ua: number;
}

/** Index of each state in the state vector. */
export const CA = 0; // mol/L, concentration of A
export const T = 1; // K, reactor temperature
export const TC = 2; // K, jacket (= jacket outlet) temperature
export const V = 3; // L, liquid volume
export const CSTR_STATE_SIZE = 4;

/** Rate constant k(T) = k0·exp(−Ea/(R·T)), 1/s. */
export function rateConstant(p: CstrParams, tK: number): number {
  return p.k0 * Math.exp(-p.eaOverR / tK);
}

/** Outlet flow actually leaving, L/s: the valve flow, cut down as the vessel runs dry. */
export function outletFlow(p: CstrParams, u: CstrInputs, volumeL: number): number {
  return u.qOut * Math.min(1, Math.max(0, volumeL / p.outletDryL));
}

/** dy/dt of the state vector [cA, T, Tc, V] (per second). */
export function cstrDerivative(p: CstrParams, u: CstrInputs, y: Float64Array, out: Float64Array): void {
  const cA = y[CA]!;
  const tR = y[T]!;
  const tC = y[TC]!;
  const vol = Math.max(y[V]!, 1); // L; guards the division when (nearly) empty
  const rate = rateConstant(p, tR) * Math.max(cA, 0); // mol/(L·s)
  const dilution = u.qIn / vol; // 1/s
  const jacketDuty = u.ua * (tR - tC); // J/s, heat from reactor to jacket

  // Feed (mixing in fresh A at feed temperature) + reaction + heat removal to the jacket.
  out[CA] = dilution * (u.cAi - cA) - rate;
  out[T] = dilution * (u.tFeed - tR) + (-p.dHr / p.rhoCp) * rate - jacketDuty / (p.rhoCp * vol);
  out[TC] = (u.qc / p.jacketL) * (u.tCoolIn - tC) + jacketDuty / (p.rhoCp * p.jacketL);
  out[V] = u.qIn - outletFlow(p, u, y[V]!);
}

/** Steady state at reactor temperature `tK` with volume `volumeL`: cA, jacket T and coolant flow. */
export function steadyStateAt(
  p: CstrParams,
  u: Pick<CstrInputs, 'qIn' | 'cAi' | 'tFeed' | 'tCoolIn' | 'ua'>,
  tK: number,
  volumeL: number,
): { cA: number; tC: number; qc: number } {
  const k = rateConstant(p, tK); // 1/s
  const dilution = u.qIn / volumeL; // 1/s
  const cA = (dilution * u.cAi) / (dilution + k); // mol/L
  // Reactor energy balance solved for the jacket temperature.
  const gain = dilution * (u.tFeed - tK) + (-p.dHr / p.rhoCp) * k * cA; // K/s
  const tC = tK - (gain * p.rhoCp * volumeL) / u.ua; // K
  // Jacket energy balance solved for the coolant flow.
  const qc = (u.ua * (tK - tC)) / (p.rhoCp * (tC - u.tCoolIn)); // L/s
  return { cA, tC, qc };
}
