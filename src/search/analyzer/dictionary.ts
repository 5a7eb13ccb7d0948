import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { lazy } from '../../lazy.ts';

/**
 * Words in one text, a word a line, searched where they lie: where each word in order starts, for a binary search,
 * and the few words out of order apart. A handful of objects for the garbage collector to visit instead of a set of
 * 274,000 strings, which made every full collection, and so the slowest answers, slower; and
 * no string cut out or sorted, which made reading the list take a good part of a one-shot question's start.
 */
class WordList {
  /** Where each word in order starts: it ends at the next newline. */
  private readonly starts: Uint32Array;
  /** Words that sort before a word above them (the word list has two, "manlihood" after "manlily"). */
  private readonly misplaced = new Set<string>();

  constructor(private readonly text: string) {
    let lines = 1;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) lines++;
    // Filled in place rather than pushed to an array and copied: 274,000 pushes were half of reading the list.
    const starts = new Uint32Array(lines);
    let inOrder = 0;
    let lastEnd = 0;
    for (let start = 0; start <= text.length; ) {
      const end = this.endOf(start);
      if (inOrder > 0 && this.compareAt(start, end - start, starts[inOrder - 1]!, lastEnd) < 0) this.misplaced.add(text.slice(start, end));
      else {
        starts[inOrder++] = start;
        lastEnd = end;
      }
      start = end + 1;
    }
    this.starts = starts.subarray(0, inOrder);
  }

  has(word: string): boolean {
    if (this.misplaced.has(word)) return true;
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(word, middle);
      if (order === 0) return true;
      if (order > 0) low = middle + 1;
      else high = middle;
    }
    return false;
  }

  /** Where the line starting at `start` ends: its newline, or the end of the text. */
  private endOf(start: number): number {
    const newline = this.text.indexOf('\n', start);
    return newline < 0 ? this.text.length : newline;
  }

  /** Negative, zero or positive as `word` sorts before, as or after word `i`, comparing UTF-16 code units as `sort` does. */
  private compare(word: string, i: number): number {
    const start = this.starts[i]!;
    const length = this.endOf(start) - start;
    for (let k = 0; k < Math.min(word.length, length); k++) {
      const difference = word.charCodeAt(k) - this.text.charCodeAt(start + k);
      if (difference !== 0) return difference;
    }
    return word.length - length;
  }

  /** `compare` for the line at `from`, `length` long, and the line from `start` to `end`, both in the text. */
  private compareAt(from: number, length: number, start: number, end: number): number {
    for (let k = 0; k < Math.min(length, end - start); k++) {
      const difference = this.text.charCodeAt(from + k) - this.text.charCodeAt(start + k);
      if (difference !== 0) return difference;
    }
    return length - (end - start);
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

/** Reads the word list now rather than during the first question that needs it. */
export const loadDictionary = lazy((): { has(word: string): boolean } => new WordList(readFileSync(wordListPath, 'utf8')));
