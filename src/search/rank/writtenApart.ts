import type { Token } from '../analyzer/token.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';

/** A word the documents write as two ("dotfiles": dot files, "setup": set up) meets each, less strongly. */
const APART_STRENGTH = 0.5;
/** Each part is a word of two letters or more; never a number, as "http2" is not HTTP. */
const MIN_PART_LENGTH = 2;
const LETTERS = /^\p{L}+$/u;

/**
 * The indexed terms of the two words a word joins, where the documents write those two next to each other: "dotfiles"
 * meets "dot files", but "dropbox" is not met by a "drop" and a "box" in different places. A part that is a stop word
 * ("up" of "setup") adds no term of its own.
 */
export function writtenApart(token: Token, index: SentenceIndex): Map<string, number> {
  const matches = new Map<string, number>();
  const word = token.surface.toLowerCase();
  if (!LETTERS.test(word)) return matches;
  const isStopWord = (part: string): boolean => index.analyzer.terms(part).length === 0;
  for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_PART_LENGTH; cut++) {
    const parts = [word.slice(0, cut), word.slice(cut)] as const;
    const terms = parts.map((part) => index.heldTerm(part));
    // Each part is a word the documents hold or a stop word, one at least held; only then are word pairs read.
    const plausible = terms.some((term) => term !== undefined) && parts.every((part, i) => terms[i] !== undefined || isStopWord(part));
    if (!plausible || !index.phrases.adjacent(...parts)) continue;
    for (const term of terms) if (term !== undefined) matches.set(term, APART_STRENGTH);
  }
  return matches;
}
