import type { Docent } from '../engine/docent.ts';
import type { Awaitable, Engine } from '../engine/engine.ts';
import type { QuoteResult } from '../engine/quote.ts';
import { excerptAround } from './excerpt.ts';

/** Discord's autocomplete takes at most 25 choices of at most 100 characters. */
export const SUGGESTIONS = { count: 25, length: 100 } as const;
/** Fewer typed characters than this find too much to be useful. */
const MIN_TYPED = 2;

const excerptsOf = ({ matches }: QuoteResult): string[] => [...new Set(matches.map((passage) => excerptAround(passage.text, passage.matched, SUGGESTIONS.length)))];

/**
 * What `/quote` suggests while a member types: excerpts of the best-matching sentences, each at most 100
 * characters around where the match is, best first, without repeats. Each is also what the pick then searches for.
 * From a `Docent` they come at once (as the bench and the eval time them), from an `EngineThread` once it has searched.
 */
export function quoteSuggestions(docent: Docent, typed: string, document?: string): string[];
export function quoteSuggestions(engine: Engine, typed: string, document?: string): Awaitable<string[]>;
export function quoteSuggestions(engine: Engine, typed: string, document?: string): Awaitable<string[]> {
  if (typed.trim().length < MIN_TYPED) return [];
  const result = engine.quote(typed, { limit: SUGGESTIONS.count, document });
  return result instanceof Promise ? result.then(excerptsOf) : excerptsOf(result);
}
