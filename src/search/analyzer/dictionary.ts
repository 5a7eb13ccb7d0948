import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { lazy } from '../../lazy.ts';
import { editsAllowed } from '../typos.ts';
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

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every spelling one edit from a lower-case word: a letter dropped, added, changed, or two neighbours swapped. */
function oneEditAway(word: string): string[] {
  const spellings: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i)];
    if (after.length > 0) spellings.push(before + after.slice(1));
    if (after.length > 1) spellings.push(before + after[1] + after[0] + after.slice(2));
    for (const letter of LETTERS) {
      spellings.push(before + letter + after);
      if (after.length > 0 && letter !== after[0]) spellings.push(before + letter + after.slice(1));
    }
  }
  return spellings;
}

/**
 * Whether a lower-case word is one edit from an English word ("betwen", "rgarding"): a slip of the keys, not a name.
 * Only for words long enough to be allowed a typo; a short word one letter from another is as often a name ("yaml").
 */
export function isNearEnglishWord(word: string): boolean {
  return editsAllowed(word.length) > 0 && oneEditAway(word).some(isEnglishWord);
}
