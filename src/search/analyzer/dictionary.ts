import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { lazy } from '../../lazy.ts';
import { SortedLines } from './sortedLines.ts';

/**
 * Whether a lower-case word is an English word (the `word-list` package, about 274,000 words).
 * A real word the documents lack is a different word, not a typo of one they hold: "point" is not "joint".
 * Loaded on first use, since most questions never need it.
 */
export function isEnglishWord(word: string): boolean {
  return loadDictionary().has(word);
}

/** Reads the word list now rather than during the first question that needs it. */
export const loadDictionary = lazy((): { has(word: string): boolean } => new SortedLines(readFileSync(wordListPath, 'utf8')));
