/**
 * The values last computed for a bounded number of keys, forgetting the oldest first: what one question reads
 * again and again (its candidates' terms and tokens) without keeping every sentence's.
 */
export class Recent<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value remembered for the key, or the one `compute` gives, then remembered. */
  get(key: K, compute: (key: K) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.values.size >= this.capacity) this.values.delete(this.values.keys().next().value as K);
      this.values.set(key, value);
    }
    return value;
  }
}
