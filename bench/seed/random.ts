/**
 * Deterministic per-row randomness: the same (index, stream) always gives the same number, so a
 * re-run regenerates identical rows and any batch can be generated on its own.
 */
export function hash32(index: number, stream: number): number {
  let h = (Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35)) >>> 0;
  h ^= Math.floor(index / 0x1_0000_0000);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A small stream of numbers for one row: `next(n)` is uniform in [0, n). */
export class RowRandom {
  private stream = 0;
  constructor(private readonly index: number) {}

  next(n: number): number {
    return hash32(this.index, this.stream++) % n;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.next(items.length)]!;
  }
}
