/** Classic fixed-step fourth-order Runge–Kutta on a state vector. */

/** Derivative of the state: writes dy/dt into `out`. */
export type Derivative = (y: Float64Array, out: Float64Array) => void;

/** Scratch buffers for one state size, so a step allocates nothing. */
export class Rk4 {
  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly tmp: Float64Array;

  constructor(size: number) {
    this.k1 = new Float64Array(size);
    this.k2 = new Float64Array(size);
    this.k3 = new Float64Array(size);
    this.k4 = new Float64Array(size);
    this.tmp = new Float64Array(size);
  }

  /** Advances `y` in place by `dt` (the unit of time of `f`). */
  step(f: Derivative, y: Float64Array, dt: number): void {
    const { k1, k2, k3, k4, tmp } = this;
    const n = y.length;
    f(y, k1);
    for (let i = 0; i < n; i++) tmp[i] = y[i]! + 0.5 * dt * k1[i]!;
    f(tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = y[i]! + 0.5 * dt * k2[i]!;
    f(tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = y[i]! + dt * k3[i]!;
    f(tmp, k4);
    for (let i = 0; i < n; i++) y[i] = y[i]! + (dt / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
  }
}
