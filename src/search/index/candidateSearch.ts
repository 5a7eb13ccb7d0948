import type { Hit, SearchTerm, SentenceSearch } from './sentenceSearch.ts';

/** What deciding how to ask MiniSearch needs to know of the index. */
export interface CandidateContext {
  readonly search: SentenceSearch;
  /** How many sentences hold a term in their text or their section title: the length of its postings. */
  readonly postings: (term: string) => number;
}

export interface CandidateRequest {
  readonly limit: number;
  /** Only sentences with ids from `first` up to but not including `end`. */
  readonly range?: { readonly first: number; readonly end: number };
}

/**
 * A term in more sentences than this says little about which one is meant, and scoring all of them would make a
 * question's work grow with the corpus: it only adds to the scores of the sentences that the rarer terms found.
 * Knowledge bases of a few thousand sentences never have one.
 */
const COMMON_TERM = 2_000;
/** How many of the sentences the rarer terms find best are then scored on every term. */
const POOL = 1_000;
/**
 * Over this many terms, near spellings of a term the documents hold are mostly other words, and looking them up
 * costs milliseconds: only terms the index lacks are matched with typos (see `parseQuery`).
 */
export const LARGE_VOCABULARY = 50_000;

/**
 * The best sentences for a question's resolved terms, by MiniSearch, each term exactly as given: typos were resolved
 * when the question was parsed. A question without common terms is one
 * MiniSearch query, scored over every sentence. One with common terms is two: the rarer terms (or else the rarest)
 * pick a pool of sentences, then every term scores that pool alone, so that each pooled sentence gets exactly the
 * score a full query gives it.
 */
export function searchCandidates(context: CandidateContext, terms: readonly SearchTerm[], { limit, range }: CandidateRequest): Hit[] {
  const { search, postings } = context;
  const isCommon = ({ term }: SearchTerm): boolean => postings(term) > COMMON_TERM;
  const inRange = range && ((id: number): boolean => id >= range.first && id < range.end);
  const rare = terms.filter((term) => !isCommon(term));
  if (rare.length === terms.length) return search.search(terms, { limit, ...(inRange ? { admit: inRange } : {}) });
  const rarest = terms.reduce((best, term) => (postings(term.term) < postings(best.term) ? term : best));
  const seeds = rare.length > 0 ? rare : [rarest];
  const pool = new Set(search.search(seeds, { limit: POOL, ...(inRange ? { admit: inRange } : {}) }).map((hit) => hit.id));
  return search.search(terms, { limit, admit: (id) => pool.has(id) });
}
