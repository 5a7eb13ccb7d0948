import type { FieldPostings } from './fieldPostings.ts';

/**
 * One term's sentences in one field, and how often it occurs in each, as MiniSearch reads them: a `Map`, filled
 * from the postings arrays the first time anything reads it, so that a restart does not build millions of entries
 * that most questions never touch. Once filled it is an ordinary `Map`, sentences in ascending order.
 */
export class PostingsMap extends Map<number, number> {
  private pending: { readonly postings: FieldPostings; readonly term: number } | undefined;

  constructor(postings: FieldPostings, term: number) {
    super();
    this.pending = { postings, term };
  }

  /** Fills it now, if nothing has read it yet. */
  fill(): void {
    if (this.pending === undefined) return;
    const { postings, term } = this.pending;
    this.pending = undefined;
    for (let i = postings.offsets[term]!; i < postings.offsets[term + 1]!; i++) super.set(postings.sentences[i]!, postings.counts[i]!);
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override get(key: number): number | undefined {
    this.fill();
    return super.get(key);
  }

  override has(key: number): boolean {
    this.fill();
    return super.has(key);
  }

  override set(key: number, value: number): this {
    this.fill();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.fill();
    return super.delete(key);
  }

  override clear(): void {
    this.pending = undefined;
    super.clear();
  }

  override forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<number> {
    this.fill();
    return super.values();
  }

  override entries(): MapIterator<[number, number]> {
    this.fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}
