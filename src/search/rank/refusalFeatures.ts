import type { SentenceIndex } from '../index/sentenceIndex.ts';
import type { Query } from './query.ts';
import type { Window } from './windows.ts';

/** What tells an answerable question from one the documents cannot answer, measured on the best window. */
export const REFUSAL_FEATURE_NAMES = [
  'bestScore',
  'margin',
  'unionCoverage',
  'anchorExactCoverage',
  'typeMismatch',
  'unknownShare',
  'unmatchedRarity',
  'termCount',
  'rarestMatched',
  'salientOutside',
  'negationUnmet',
] as const;

export type RefusalFeatureName = (typeof REFUSAL_FEATURE_NAMES)[number];
export type RefusalFeatures = Record<RefusalFeatureName, number>;

/** Measures the evidence for answering: how well the best window meets the question, and what stays unmet. */
export function refusalFeatures(index: SentenceIndex, query: Query, windows: readonly Window[]): RefusalFeatures {
  const [best, second] = windows;
  const total = query.terms.reduce((sum, term) => sum + term.weight, 0) || 1;
  const unknown = query.terms.filter((term) => term.matches.size === 0).reduce((sum, term) => sum + term.weight, 0);
  const inWindow = (matches: ReadonlyMap<string, number>): boolean =>
    best !== undefined && [...matches.keys()].some((term) => best.entries.some((entry) => entry.terms.has(term)));
  const unmatched = query.terms.filter((term) => term.matches.size > 0 && !inWindow(term.matches));
  const negated = (text: string): boolean => /\b(?:not|never|no|none|nor|without)\b|n['’]t\b/iu.test(text);
  const maxIdf = Math.log(1 + (index.stats.units + 0.5) / 0.5);
  return {
    bestScore: best?.score ?? 0,
    margin: best && second ? best.score - second.score : 0,
    unionCoverage: best?.features.unionCoverage ?? 0,
    anchorExactCoverage: best?.anchor.features.exactCoverage ?? 0,
    typeMismatch: best?.features.typeMismatch ?? 0,
    unknownShare: unknown / total,
    unmatchedRarity: Math.max(0, ...unmatched.map((term) => term.weight)) / maxIdf,
    termCount: Math.log(1 + query.terms.length),
    rarestMatched: best?.anchor.features.rarestMatched ?? 0,
    salientOutside: unmatched.filter((term) => term.salient).length,
    negationUnmet: negated(query.text) && !(best?.entries.some((entry) => negated(entry.sentence.text)) ?? false) ? 1 : 0,
  };
}
