/**
 * A `Map` from the keys 0 … count − 1 to values computed from the key when read: what MiniSearch keeps for each
 * sentence (its id, its fields' lengths), answered without making 100,000 entries of each at load, which took a
 * one-shot question a tenth of its time. Walking or changing it makes it an ordinary `Map` of the same entries first.
 */
export class ComputedMap<V> extends Map<number, V> {
  private computed = true;

  constructor(
    private readonly count: number,
    private readonly compute: (key: number) => V,
  ) {
    super();
  }

  override get size(): number {
    return this.computed ? this.count : super.size;
  }

  override get(key: number): V | undefined {
    if (!this.computed) return super.get(key);
    return this.holds(key) ? this.compute(key) : undefined;
  }

  override has(key: number): boolean {
    return this.computed ? this.holds(key) : super.has(key);
  }

  override set(key: number, value: V): this {
    return this.entered().setEntry(key, value);
  }

  override delete(key: number): boolean {
    this.entered();
    return super.delete(key);
  }

  override clear(): void {
    this.computed = false;
    super.clear();
  }

  override forEach(callback: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    this.entered();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<number> {
    this.entered();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.entered();
    return super.values();
  }

  override entries(): MapIterator<[number, V]> {
    this.entered();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  private holds(key: number): boolean {
    return Number.isInteger(key) && key >= 0 && key < this.count;
  }

  private setEntry(key: number, value: V): this {
    super.set(key, value);
    return this;
  }

  /** Makes every computed entry an entry of the map, in key order, once. */
  private entered(): this {
    if (this.computed) {
      this.computed = false;
      for (let key = 0; key < this.count; key++) super.set(key, this.compute(key));
    }
    return this;
  }
}
