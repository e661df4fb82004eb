/**
 * A liquid tank by volume balance: dV/dt = Σ in − Σ out (reference §3.3), with totalisers of what
 * went in and out so the bookkeeping can be checked exactly. Level = V / V(100 %).
 */
export class Tank {
  /** Liquid volume, m³; volume at 100 % level, m³. */
  volume: number;
  readonly capacity: number;
  /** Totals since construction, m³. */
  totalIn = 0;
  totalOut = 0;
  /** Liquid lost over the brim, m³. */
  overflow = 0;

  constructor(capacity: number, volume: number) {
    this.capacity = capacity;
    this.volume = volume;
  }

  get levelPct(): number {
    return (this.volume / this.capacity) * 100;
  }

  /** Applies in/out flows (m³/h) for dtS s; the outflow is cut to what the tank holds. Returns the actual outflow, m³/h. */
  flow(inM3h: number, outM3h: number, dtS: number): number {
    const dIn = (Math.max(0, inM3h) * dtS) / 3600;
    const dOut = Math.min(this.volume + dIn, (Math.max(0, outM3h) * dtS) / 3600);
    this.volume += dIn - dOut;
    this.totalIn += dIn;
    this.totalOut += dOut;
    const spill = Math.max(0, this.volume - this.capacity * 1.02);
    this.volume -= spill;
    this.overflow += spill;
    return (dOut * 3600) / dtS;
  }
}
