import { looseWords } from '../analyzer/looseWords.ts';
import { alphabeticalOrder } from './alphabetical.ts';
import { Postings } from './postings.ts';

/** One number per ordered pair of word ids; exact while the vocabulary stays under 2^26 words. */
export function pairKey(first: number, second: number): number {
  return first * 2 ** 26 + second;
}

/** Position of the first entry not below `value` in an ascending list. */
export function lowerBound(list: Uint32Array | Float64Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where a key stands in an ascending list of keys, or -1 when it is not there. */
export function positionOf(keys: Float64Array, key: number): number {
  const position = lowerBound(keys, key);
  return keys[position] === key ? position : -1;
}

/** What a phrase index is made of (all the rest is derived on construction): what a persisted index stores. */
export interface PhraseData {
  /** Each word once, by id. */
  readonly spellings: readonly string[];
  /** Sentence s holds `words[starts[s]]` to `words[starts[s + 1] - 1]`. */
  readonly starts: Uint32Array;
  readonly words: Uint32Array;
  /** Sentences holding each word, by id. */
  readonly wordLists: Postings;
  /** Every ordered pair of neighbouring words (`pairKey`), ascending. */
  readonly pairKeys: Float64Array;
  /** Sentences holding each pair, by its position in `pairKeys`. */
  readonly pairLists: Postings;
  /** Word ids in alphabetical order of their spelling. */
  readonly alphabetical: Uint32Array;
}

/** Every pair of neighbouring words once, in ascending order of key. */
function distinctPairKeys(words: Uint32Array, starts: Uint32Array): Float64Array {
  const keys = new Float64Array(Math.max(0, words.length - 1));
  let count = 0;
  for (let sentence = 0; sentence + 1 < starts.length; sentence++) {
    for (let i = starts[sentence]!; i + 1 < starts[sentence + 1]!; i++) keys[count++] = pairKey(words[i]!, words[i + 1]!);
  }
  const sorted = keys.subarray(0, count).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  return sorted.slice(0, distinct);
}

/** Reads every sentence's loose words once and builds the lists; each pair's position is looked up once too. */
export function buildPhraseData(texts: readonly string[]): PhraseData {
  const ids = new Map<string, number>();
  const spellings: string[] = [];
  const starts = new Uint32Array(texts.length + 1);
  const all: number[] = [];
  texts.forEach((text, sentence) => {
    for (const word of looseWords(text)) {
      let id = ids.get(word);
      if (id === undefined) {
        id = spellings.length;
        ids.set(word, id);
        spellings.push(word);
      }
      all.push(id);
    }
    starts[sentence + 1] = all.length;
  });
  const words = Uint32Array.from(all);
  const wordLists = Postings.collect(spellings.length, (add) => {
    for (let sentence = 0; sentence < texts.length; sentence++) {
      for (let i = starts[sentence]!; i < starts[sentence + 1]!; i++) add(words[i]!, sentence);
    }
  });
  const pairKeys = distinctPairKeys(words, starts);
  // The pair starting at each word, by its position in `pairKeys` (-1 after a sentence's last word).
  const pairAt = new Int32Array(words.length).fill(-1);
  for (let sentence = 0; sentence < texts.length; sentence++) {
    for (let i = starts[sentence]!; i + 1 < starts[sentence + 1]!; i++) pairAt[i] = positionOf(pairKeys, pairKey(words[i]!, words[i + 1]!));
  }
  const pairLists = Postings.collect(pairKeys.length, (add) => {
    for (let sentence = 0; sentence < texts.length; sentence++) {
      for (let i = starts[sentence]!; i + 1 < starts[sentence + 1]!; i++) add(pairAt[i]!, sentence);
    }
  });
  const alphabetical = alphabeticalOrder(spellings);
  return { spellings, starts, words, wordLists, pairKeys, pairLists, alphabetical };
}
