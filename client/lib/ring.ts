/**
 * A fixed-capacity ring of rows of numbers (one Float64Array per column). When full, pushing
 * overwrites the oldest row. NaN is stored for "no value".
 */
export class Ring {
  readonly capacity: number;
  readonly columns: number;
  #data: Float64Array[];
  #start = 0;
  #length = 0;

  constructor(capacity: number, columns: number) {
    if (!(capacity >= 1) || !(columns >= 1)) throw new RangeError('Ring needs capacity and columns ≥ 1');
    this.capacity = Math.trunc(capacity);
    this.columns = Math.trunc(columns);
    this.#data = Array.from({ length: this.columns }, () => new Float64Array(this.capacity));
  }

  get length(): number {
    return this.#length;
  }

  #slot(i: number): number {
    return (this.#start + i) % this.capacity;
  }

  /** Appends a row (missing columns are NaN). */
  push(row: readonly number[]): void {
    const slot = this.#length < this.capacity ? this.#slot(this.#length) : this.#start;
    for (let c = 0; c < this.columns; c++) this.#data[c]![slot] = row[c] ?? Number.NaN;
    if (this.#length < this.capacity) this.#length++;
    else this.#start = (this.#start + 1) % this.capacity;
  }

  /** Overwrites the newest row. */
  replaceLast(row: readonly number[]): void {
    if (this.#length === 0) return this.push(row);
    const slot = this.#slot(this.#length - 1);
    for (let c = 0; c < this.columns; c++) this.#data[c]![slot] = row[c] ?? Number.NaN;
  }

  /** Value of row `i` (0 = oldest), column `c`. */
  at(i: number, c: number): number {
    if (i < 0 || i >= this.#length || c < 0 || c >= this.columns) return Number.NaN;
    return this.#data[c]![this.#slot(i)]!;
  }

  /** Drops the `n` oldest rows. */
  dropOldest(n: number): void {
    const k = Math.min(Math.max(0, Math.trunc(n)), this.#length);
    this.#start = (this.#start + k) % this.capacity;
    this.#length -= k;
  }

  clear(): void {
    this.#start = 0;
    this.#length = 0;
  }
}
