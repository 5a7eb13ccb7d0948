/**
 * A word list's ids in the alphabetical order of their words (as JavaScript compares strings): words found by binary
 * search, where they lie, rather than through a map of every word, which a start would fill for a few lookups.
 *
 * @example
 * const words = ['harbour', 'cargo', 'port'];
 * const order = alphabeticalOrder(words); // Uint32Array [1, 0, 2]
 * idOfWord(words, order, 'port'); // 2
 * firstAtOrAfter(words, order, 'd'); // 1: 'harbour' is the first word not before 'd'
 */
export function alphabeticalOrder(words: readonly string[]): Uint32Array {
  return Uint32Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
}

/** Position in `order` of the first word not before `word`. */
export function firstAtOrAfter(words: readonly string[], order: Uint32Array, word: string): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[order[middle]!]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The id of a word in the list, or undefined when the list lacks it. */
export function idOfWord(words: readonly string[], order: Uint32Array, word: string): number | undefined {
  const id = order[firstAtOrAfter(words, order, word)];
  return id !== undefined && words[id] === word ? id : undefined;
}

/** Whether `order` holds each id of `words` once, their words strictly ascending: so too, no word is listed twice. */
export function isAlphabeticalOrder(words: readonly string[], order: Uint32Array): boolean {
  if (order.length !== words.length) return false;
  const seen = new Uint8Array(words.length);
  for (let k = 0; k < order.length; k++) {
    const id = order[k]!;
    if (id >= words.length || seen[id] === 1 || (k > 0 && !(words[order[k - 1]!]! < words[id]!))) return false;
    seen[id] = 1;
  }
  return true;
}
