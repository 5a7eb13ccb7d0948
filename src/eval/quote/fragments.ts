import { randomInt, type Random } from './random.ts';

/** A stretch of consecutive words taken verbatim from one sentence, as a member might remember it. */
export interface Fragment {
  /** The sentence's id in the index. */
  readonly sentenceId: number;
  /** The whole sentence the fragment comes from. */
  readonly sentence: string;
  /** The fragment, a verbatim slice of the sentence. */
  readonly text: string;
}

export const MIN_WORDS = 6;
export const MAX_WORDS = 10;

/** Whitespace-separated chunks holding a letter or digit, with their offsets: a lone dash is not a word. */
function wordsOf(text: string): { start: number; end: number }[] {
  return Array.from(text.matchAll(/\S+/gu))
    .filter((match) => /[\p{L}\p{N}]/u.test(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * One fragment of 6 to 10 consecutive words (length and place drawn at random) from every sentence that has at
 * least 6 words; shorter sentences have no such fragment and are skipped.
 */
export function fragmentsOf(sentences: readonly { readonly id: number; readonly text: string }[], random: Random): Fragment[] {
  const fragments: Fragment[] = [];
  for (const { id, text } of sentences) {
    const words = wordsOf(text);
    if (words.length < MIN_WORDS) continue;
    const length = randomInt(random, MIN_WORDS, Math.min(MAX_WORDS, words.length));
    const first = randomInt(random, 0, words.length - length);
    const start = words[first]!.start;
    const end = words[first + length - 1]!.end;
    fragments.push({ sentenceId: id, sentence: text, text: text.slice(start, end) });
  }
  return fragments;
}
