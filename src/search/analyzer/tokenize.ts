import type { Token } from './token.ts';

// Dotted initialisms ("U.S.", "C.I.A."), then words with inner apostrophes or hyphens, and numbers like 1,000 or 3.5.
const WORD =
  /(?<![\p{L}\p{N}])(?:\p{L}\.)+\p{L}(?![\p{L}\p{M}\p{N}])\.?|[\p{L}\p{M}\p{N}]+(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Splits text into word tokens, keeping initialisms, hyphenated words and formatted numbers whole. */
export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (match, position) => ({
    term: match[0],
    surface: match[0],
    position,
    keyword: false,
  }));
}
