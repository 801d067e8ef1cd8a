/**
 * Order statistics without sorting (Hoare's quickselect, linear on average): the flow percentiles need four
 * values of each metric, and sorting 10,000 values per metric and status was most of their time.
 *
 * The order is exactly `Float64Array.prototype.sort`'s: ascending, and where that sort treats NaN (last)
 * and −0 (before +0) specially, a range holding one is sorted instead, so the value selected at index k is
 * always the one that sort would put there.
 */

/** Partition rounds per selection before falling back to a sort, which bounds a pathological input. */
const MAX_ROUNDS = 64;

/**
 * Reorders `a[lo..hi]` (both included) so that index `k` holds the value sorting would put there, with the
 * values before it in the sort order on its left and the others on its right.
 */
export function selectIndex(a: Float64Array, k: number, lo: number, hi: number): void {
  for (let i = lo; i <= hi; i++) {
    const v = a[i]!;
    if (v !== v || (v === 0 && 1 / v < 0)) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
  }
  for (let round = 0; hi > lo; round++) {
    if (round === MAX_ROUNDS) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const pivot = medianOfThree(a[lo]!, a[(lo + hi) >>> 1]!, a[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (pivot < a[j]!) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // Now [lo, j] are at most the pivot, [i, hi] at least, and anything between equals it.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}
