import { LazyMap } from './lazyMap.ts';

/**
 * A `Map` from the keys 0 … count − 1 to values computed from the key when read: what MiniSearch keeps for each
 * sentence (its id, its fields' lengths), answered without making 100,000 entries of each at load, which took a
 * one-shot question a tenth of its time. Walking or changing it fills it first (see `LazyMap`), with the same entries.
 */
export class ComputedMap<V> extends LazyMap<number, V> {
  constructor(
    private readonly count: number,
    private readonly compute: (key: number) => V,
  ) {
    super();
  }

  protected load(put: (key: number, value: V) => void): void {
    for (let key = 0; key < this.count; key++) put(key, this.compute(key));
  }

  override get size(): number {
    return this.isFilled ? super.size : this.count;
  }

  override get(key: number): V | undefined {
    if (this.isFilled) return super.get(key);
    return this.holds(key) ? this.compute(key) : undefined;
  }

  override has(key: number): boolean {
    return this.isFilled ? super.has(key) : this.holds(key);
  }

  private holds(key: number): boolean {
    return Number.isInteger(key) && key >= 0 && key < this.count;
  }
}
