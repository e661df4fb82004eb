/**
 * Semi-batch jacketed reactor with dosing, A + B → P, r = k(T)·cA·cB (reference §3.2, Fogler's
 * semibatch balances). Pure functions in SI seconds and kmol, m³, °C. Training model, not CTP data.
 */

export interface SemibatchParams {
  /** Rate constant at Tref, m³/(kmol·s); Tref, °C; Ea, J/mol. */
  kref: number;
  trefC: number;
  ea: number;
  /** Heat of reaction, kJ/kmol (negative: exothermic). */
  dHr: number;
  /** Density kg/m³ and heat capacity kJ/(kg·K). */
  rho: number;
  cp: number;
  /** Overall heat-transfer coefficient, kW/(m²·K); wetted area A(V) = a0 + a1·(V − v0), m². */
  u: number;
  a0: number;
  a1: number;
  v0: number;
  /** Concentration of B in the dosed solution, kmol/m³. */
  cBf: number;
}

export interface SemibatchInputs {
  /** Dosing flow, m³/s; its temperature, °C. */
  fd: number;
  tFeedC: number;
  /** Jacket temperature, °C. */
  tjC: number;
  /** Multiplier on U·A (agitation, jacket circulation), 0…1. */
  uaFactor: number;
  /** Multiplier on the rate (mixing, pH, malfunctions). */
  kFactor: number;
}

export const NA = 0; // kmol A
export const NB = 1; // kmol B
export const VOL = 2; // m³
export const TEMP = 3; // °C
export const SEMIBATCH_STATE_SIZE = 4;
/** Below this liquid volume the mass is not reacting or exchanging heat, m³. */
export const MIN_VOLUME = 0.05;

const R = 8.314; // J/(mol·K)

export function rateConstantSb(p: SemibatchParams, tC: number): number {
  return p.kref * Math.exp((-p.ea / R) * (1 / (tC + 273.15) - 1 / (p.trefC + 273.15)));
}

/** Wetted jacket area, m². */
export function jacketArea(p: SemibatchParams, v: number): number {
  return Math.max(0, p.a0 + p.a1 * (v - p.v0));
}

/** Reaction rate r·V, kmol/s. */
export function reactionRate(p: SemibatchParams, y: ArrayLike<number>, kFactor: number): number {
  const v = y[VOL]!;
  if (v < MIN_VOLUME) return 0;
  return kFactor * rateConstantSb(p, y[TEMP]!) * (Math.max(0, y[NA]!) * Math.max(0, y[NB]!)) / v;
}

export function semibatchDerivative(p: SemibatchParams, u: SemibatchInputs, y: Float64Array, out: Float64Array): void {
  const v = y[VOL]!;
  const rv = reactionRate(p, y, u.kFactor); // kmol/s
  out[NA] = -rv;
  out[NB] = u.fd * p.cBf - rv;
  out[VOL] = u.fd;
  if (v < MIN_VOLUME) {
    out[TEMP] = 0;
    return;
  }
  const tC = y[TEMP]!;
  const heat = -p.dHr * rv; // kW
  const jacket = p.u * jacketArea(p, v) * u.uaFactor * (tC - u.tjC); // kW
  const feed = u.fd * p.rho * p.cp * (u.tFeedC - tC); // kW
  out[TEMP] = (heat - jacket + feed) / (p.rho * p.cp * v);
}

/** Adiabatic temperature rise of the full charge of B into the final mass, K. */
export function adiabaticRise(p: SemibatchParams, nBTotal: number, finalMassKg: number): number {
  return (-p.dHr * nBTotal) / (finalMassKg * p.cp);
}
