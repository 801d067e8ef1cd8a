/**
 * Typed arrays kept from one report to the next. A report of 100,000 status changes works in about 5 MB
 * of columns that it drops when it returns; allocating them afresh each time costs zeroed pages and
 * garbage collections, while the app recomputes the report of the same space again and again. A scratch
 * array grows to the largest length asked for and is then reused, so it must never be part of a result:
 * a caller reads it only until it returns.
 */
type TypedArray = Int32Array | Float64Array | Uint8Array;

export class ScratchArray<T extends TypedArray> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(0);
  }

  /** The first `length` elements, holding whatever the last caller left in them. */
  take(length: number): T {
    // A quarter more, so that a space growing by a few events does not allocate on every report.
    if (this.buffer.length < length) this.buffer = this.make(length + (length >> 2));
    return this.buffer.subarray(0, length) as T;
  }
}

export const int32Scratch = () => new ScratchArray((n) => new Int32Array(n));
export const float64Scratch = () => new ScratchArray((n) => new Float64Array(n));
export const uint8Scratch = () => new ScratchArray((n) => new Uint8Array(n));
