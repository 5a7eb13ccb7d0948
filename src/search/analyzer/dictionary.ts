import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { lazy } from '../../lazy.ts';

/**
 * Words in one sorted text, a word a line, with where each line starts: two objects for the garbage collector to
 * visit instead of a set of 274,000 strings, which made every full collection, and so the slowest answers, slower.
 */
class WordList {
  private readonly text: string;
  private readonly starts: Uint32Array;

  constructor(words: string[]) {
    words.sort();
    this.text = words.join('\n');
    this.starts = new Uint32Array(words.length + 1);
    words.forEach((word, i) => (this.starts[i + 1] = this.starts[i]! + word.length + 1));
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(word, middle);
      if (order === 0) return true;
      if (order > 0) low = middle + 1;
      else high = middle;
    }
    return false;
  }

  /** Negative, zero or positive as `word` sorts before, as or after word `i`, comparing UTF-16 code units as `sort` does. */
  private compare(word: string, i: number): number {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    for (let k = 0; k < Math.min(word.length, length); k++) {
      const difference = word.charCodeAt(k) - this.text.charCodeAt(start + k);
      if (difference !== 0) return difference;
    }
    return word.length - length;
  }
}

/**
 * Whether a lower-case word is an English word (the `word-list` package, about 274,000 words).
 * A real word the documents lack is a different word, not a typo of one they hold: "point" is not "joint".
 * Loaded on first use, since most questions never need it.
 */
export function isEnglishWord(word: string): boolean {
  return loadDictionary().has(word);
}

/** Reads the word list now (about 200 ms) rather than during the first question that needs it. */
export const loadDictionary = lazy((): { has(word: string): boolean } => new WordList(readFileSync(wordListPath, 'utf8').split('\n')));
