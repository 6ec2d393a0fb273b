/** A search over ascending keys, shared by what maps an offset to its line or its chunk. */

/**
 * The index of the last of `count` ascending keys (`keyAt(i)`) that is at or before `value`, by binary
 * search; 0 when none is (the first key is where everything starts: a line, a chunk).
 */
export function lastAtOrBefore(count: number, keyAt: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keyAt(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
