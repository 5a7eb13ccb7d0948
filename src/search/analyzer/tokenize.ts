import { CURRENCY_SIGNS } from './currency.ts';
import type { Token } from './token.ts';

// Dotted initialisms ("U.S.", "C.I.A."), then words with inner apostrophes or hyphens, numbers like 1,000 or 3.5,
// number ranges with an en dash ("1646–7"), which hyphens.ts splits like a hyphen, and sums with their currency sign
// ("€27,814"), which currency.ts reads, and shares with their percent sign ("25%"), which percent.ts reads. A word
// begins with a letter or a digit: a mark alone is part of a symbol (the emoji selector of "⚠️"), and no word.
const WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{L}\\.)+\\p{L}(?![\\p{L}\\p{M}\\p{N}])\\.?|(?:[${CURRENCY_SIGNS}](?=\\p{N}))?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:(?:['’\\-]|(?<=\\p{N})[.,–](?=\\p{N}))[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*(?:(?<=\\p{N})%)?`,
  'gu',
);
/** The same pattern for text of ASCII characters only, where letters, digits and marks are these and `$` the one sign: several times faster. */
const ASCII_WORD = /(?<![A-Za-z0-9])(?:[A-Za-z]\.)+[A-Za-z](?![A-Za-z0-9])\.?|(?:\$(?=[0-9]))?[A-Za-z0-9]+(?:(?:['\-]|(?<=[0-9])[.,](?=[0-9]))[A-Za-z0-9]+)*(?:(?<=[0-9])%)?/g;
const ASCII = /^[\x00-\x7f]*$/u;

/** The words of a text as written, in order: initialisms, hyphenated words and formatted numbers whole. */
export function wordsOf(text: string): string[] {
  return text.match(ASCII.test(text) ? ASCII_WORD : WORD) ?? [];
}

/** Splits text into word tokens, keeping initialisms, hyphenated words and formatted numbers whole. */
export function tokenize(text: string): Token[] {
  return wordsOf(text).map((word, position) => ({ term: word, surface: word, position, keyword: false }));
}
