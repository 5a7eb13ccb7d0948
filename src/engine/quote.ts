import type { DocumentSearch } from '../search/documentSearch.ts';
import { matchedWords, passageOfEntries, type Passage } from './passage.ts';

export interface QuoteOptions {
  /** How many matching sentences to return, best first. */
  readonly limit?: number;
  /** Search this document only (its id). */
  readonly document?: string;
}

/** The sentences that best match a remembered phrase, best first; `exact` when the first holds it word for word. */
export interface QuoteResult {
  readonly kind: 'quote';
  readonly text: string;
  readonly exact: boolean;
  readonly matches: readonly Passage[];
}

const DEFAULT_LIMIT = 3;

/**
 * Finds the verbatim sentence for a remembered fragment, typos and dropped or swapped words tolerated; a sentence
 * holding the phrase word for word comes first.
 */
export function quote(search: DocumentSearch, text: string, options: QuoteOptions = {}): QuoteResult {
  const { matches, wanted } = search.findPhrase(text, { limit: options.limit ?? DEFAULT_LIMIT, document: options.document });
  return {
    kind: 'quote',
    text,
    exact: matches[0]?.exact ?? false,
    matches: matches.map((match) => passageOfEntries([match.entry], match.score, matchedWords(match.entry, wanted))),
  };
}
