import type { Engine } from '../engine/engine.ts';
import { excerptAround } from './excerpt.ts';

/** Discord's autocomplete takes at most 25 choices of at most 100 characters. */
export const SUGGESTIONS = { count: 25, length: 100 } as const;
/** Fewer typed characters than this find too much to be useful. */
const MIN_TYPED = 2;

/**
 * What `/quote` suggests while a member types: excerpts of the best-matching sentences, each at most 100
 * characters around where the match is, best first, without repeats. Each is also what the pick then searches for.
 */
export async function quoteSuggestions(docent: Engine, typed: string, document?: string): Promise<string[]> {
  if (typed.trim().length < MIN_TYPED) return [];
  const { matches } = await docent.quote(typed, { limit: SUGGESTIONS.count, document });
  return [...new Set(matches.map((passage) => excerptAround(passage.text, passage.matched, SUGGESTIONS.length)))];
}
