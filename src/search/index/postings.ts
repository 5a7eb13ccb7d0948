/** Calls `add(list, sentence)` for every occurrence, sentences in ascending order. */
export type Occurrences = (add: (list: number, sentence: number) => void) => void;

/**
 * Lists of sentence ids, ascending and without repeats, flattened into two typed arrays: list `k` is
 * `items[starts[k]]` to `items[starts[k + 1] - 1]`. Four bytes a sentence, where arrays of numbers take far more.
 */
export class Postings {
  /** Lists already built, e.g. read back from a persisted index. */
  constructor(
    readonly starts: Uint32Array,
    readonly items: Uint32Array,
  ) {}

  /** Reads the occurrences twice: once to size the lists, once to fill them. */
  static collect(lists: number, occurrences: Occurrences): Postings {
    const last = new Int32Array(lists).fill(-1);
    const counts = new Uint32Array(lists);
    occurrences((list, sentence) => {
      if (last[list] === sentence) return;
      last[list] = sentence;
      counts[list]!++;
    });
    const starts = new Uint32Array(lists + 1);
    for (let k = 0; k < lists; k++) starts[k + 1] = starts[k]! + counts[k]!;
    const items = new Uint32Array(starts[lists]!);
    const next = starts.slice(0, lists);
    last.fill(-1);
    occurrences((list, sentence) => {
      if (last[list] === sentence) return;
      last[list] = sentence;
      items[next[list]!++] = sentence;
    });
    return new Postings(starts, items);
  }

  /** The sentences of list `k`. */
  get(k: number): Uint32Array {
    return this.items.subarray(this.starts[k], this.starts[k + 1]);
  }
}
