/** Unit conversions used by the model. The model integrates in SI seconds. */

/** 0 °C in kelvin. */
export const ZERO_CELSIUS_K = 273.15; // K

export const kelvinToCelsius = (k: number): number => k - ZERO_CELSIUS_K; // °C
export const celsiusToKelvin = (c: number): number => c + ZERO_CELSIUS_K; // K

/** m³/h → L/s. */
export const m3hToLps = (m3h: number): number => (m3h * 1000) / 3600; // L/s
/** L/s → m³/h. */
export const lpsToM3h = (lps: number): number => (lps * 3600) / 1000; // m3/h
/** L/min → m³/h. */
export const lpmToM3h = (lpm: number): number => (lpm * 60) / 1000; // m3/h

/** A rate per minute as a rate per second. */
export const perMinToPerS = (perMin: number): number => perMin / 60; // 1/s

/** Fraction of a first-order lag with time constant `tauS` covered in `dtS` (exact for a held input). */
export function lagFraction(dtS: number, tauS: number): number {
  return tauS > 0 ? 1 - Math.exp(-dtS / tauS) : 1;
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
