import { describe, expect, it } from 'vitest';
import { searchCandidates, type CandidateContext } from '../../../src/search/index/candidateSearch.ts';
import { SentenceSearch, type SearchTerm } from '../../../src/search/index/sentenceSearch.ts';
import { collectTerms } from '../../../src/search/index/termRows.ts';
import { runAtOnce } from '../../../src/steps.ts';

/** 3,000 sentences about a river; a few also name a rarer place. */
const sentences = Array.from({ length: 3_000 }, (_, i) => [
  'river',
  `bank${i % 300}`,
  ...(i % 500 === 7 ? ['delta'] : []),
  ...(i === 2_500 ? ['harbour'] : []),
]);
const search = runAtOnce(SentenceSearch.assemble(collectTerms(sentences, [[]]), new Uint32Array(sentences.length)));
const counts = new Map<string, number>();
for (const terms of sentences) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
const context: CandidateContext = { search, postings: (term) => counts.get(term) ?? 0 };
const exactly = (...terms: string[]): SearchTerm[] => terms.map((term) => ({ term, boost: 1 }));

describe('searchCandidates', () => {
  it('is one MiniSearch query when no term is common', () => {
    const terms = exactly('delta', 'bank7');
    expect(searchCandidates(context, terms, { limit: 20 })).toEqual(search.search(terms, { limit: 20 }));
  });

  it('lets a common term score only what the rarer ones found, each sentence exactly as a full query scores it', () => {
    const terms = exactly('river', 'delta');
    const hits = searchCandidates(context, terms, { limit: 6 });
    expect(hits.map((hit) => hit.id)).toEqual([7, 507, 1007, 1507, 2007, 2507]);
    const full = new Map(search.search(terms, { limit: 3_000 }).map((hit) => [hit.id, hit.score]));
    for (const hit of hits) expect(hit.score).toBe(full.get(hit.id));
  });

  it('keeps to a range of sentences, common terms or not', () => {
    expect(searchCandidates(context, exactly('river', 'delta'), { limit: 6, range: { first: 1_000, end: 2_000 } }).map((hit) => hit.id)).toEqual([1007, 1507]);
    expect(searchCandidates(context, exactly('delta'), { limit: 6, range: { first: 0, end: 100 } }).map((hit) => hit.id)).toEqual([7]);
  });

  it('starts from the rarest term when every term is common', () => {
    expect(searchCandidates(context, exactly('river'), { limit: 3 })).toHaveLength(3);
  });

  it('searches each term exactly as resolved, a near spelling counting at its boost', () => {
    expect(searchCandidates(context, exactly('harbor'), { limit: 3 })).toEqual([]);
    expect(searchCandidates(context, exactly('bank10'), { limit: 30 })).toHaveLength(10);
    const [typo] = searchCandidates(context, [{ term: 'harbour', boost: 0.5 }], { limit: 3 });
    const [exact] = searchCandidates(context, exactly('harbour'), { limit: 3 });
    expect(typo?.id).toBe(2500);
    expect(typo!.score).toBeCloseTo(exact!.score / 2, 6);
  });
});
