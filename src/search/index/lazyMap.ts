/**
 * A `Map` filled the first time anything reads or changes it, for the many entries of an index that most questions
 * never touch (a term's sentences, a node of the tree of terms): a restart does not build them all. Once filled it
 * is an ordinary `Map`.
 */
export abstract class LazyMap<K, V> extends Map<K, V> {
  private filled = false;

  /** Puts the entries in, in order, through `put`; called once, before anything reads the map. */
  protected abstract load(put: (key: K, value: V) => void): void;

  /** Whether it has been filled. */
  protected get isFilled(): boolean {
    return this.filled;
  }

  /** Fills it now, if nothing has read it yet. */
  fill(): void {
    if (this.filled) return;
    this.filled = true;
    this.load((key, value) => super.set(key, value));
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override get(key: K): V | undefined {
    this.fill();
    return super.get(key);
  }

  override has(key: K): boolean {
    this.fill();
    return super.has(key);
  }

  override set(key: K, value: V): this {
    this.fill();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.fill();
    return super.delete(key);
  }

  override clear(): void {
    this.filled = true;
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<K> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }

  override entries(): MapIterator<[K, V]> {
    this.fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
