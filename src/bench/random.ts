/** A seeded pseudo-random source (mulberry32): the same seed gives the same corpus and question mix on every machine. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list');
    return item;
  }

  /** `count` distinct items, in the order drawn (a partial Fisher–Yates shuffle). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    for (let i = 0; i < Math.min(count, pool.length); i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      chosen.push(pool[i]!);
    }
    return chosen;
  }

  /**
   * An index in [0, n) with probability roughly proportional to 1 / (index + offset): Zipf's law of word
   * frequencies, its head flattened by the offset (Zipf–Mandelbrot).
   */
  zipf(n: number, offset = 1): number {
    return Math.min(n - 1, Math.floor(offset * Math.exp(this.next() * Math.log((n + offset) / offset)) - offset));
  }
}
