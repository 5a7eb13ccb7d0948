import { boundQuery } from './bound.ts';
import { looseForm } from './find.ts';
import type { IndexedSentence, SentenceIndex } from '../search/index/sentenceIndex.ts';
import { bigramMatches, matchStrength, weightedCoverage } from '../search/rank/features.ts';
import { parseQuery } from '../search/rank/query.ts';
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
/** A sentence must meet at least this share of the phrase to be offered at all. */
const MIN_COVERAGE = 0.34;

function containsPhrase(entry: IndexedSentence, phrase: string): boolean {
  return phrase !== '' && ` ${looseForm(entry.sentence.text)} `.includes(` ${phrase} `);
}

/**
 * Finds the verbatim sentence for a remembered fragment, tolerating case, punctuation, accents, typos and
 * dropped or swapped words. A sentence holding the phrase word for word always ranks first.
 */
export function quote(index: SentenceIndex, text: string, options: QuoteOptions = {}): QuoteResult {
  const bounded = boundQuery(text);
  const query = parseQuery(bounded, index);
  const phrase = looseForm(bounded);
  const wanted = new Set(query.terms.flatMap((term) => [...term.matches.keys()]));
  const ranked = index
    .candidates(bounded, { documentId: options.document })
    .map(({ entry, score }) => {
      const coverage = weightedCoverage(query, (term) => matchStrength(term, entry.terms));
      const exact = containsPhrase(entry, phrase);
      return { entry, exact, coverage, score: (exact ? 2 : 0) + coverage + 0.3 * bigramMatches(query, entry) + 0.01 * score };
    })
    .filter((item) => item.exact || item.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id)
    .slice(0, options.limit ?? DEFAULT_LIMIT);
  return {
    kind: 'quote',
    text,
    exact: ranked[0]?.exact ?? false,
    matches: ranked.map((item) => passageOfEntries([item.entry], item.score, matchedWords(item.entry, wanted))),
  };
}
