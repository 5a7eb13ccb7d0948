import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { closeness, weightedCoverage } from './features.ts';
import { meetsNegation, negatesNear } from './negation.ts';
import { saysOpposite } from './opposites.ts';
import { absentTerms, isNumeric, type Query, type QueryTerm } from './query.ts';
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
  'absentNames',
  'negationUnmet',
  'meaningCoverage',
  'saysOpposite',
  'negationAside',
  'anchorProximity',
  'anchorBigrams',
] as const;

export type RefusalFeatureName = (typeof REFUSAL_FEATURE_NAMES)[number];
export type RefusalFeatures = Record<RefusalFeatureName, number>;

/** Every pair of measures, each with itself too, named once: evidence weighs differently together than apart. */
const PAIRS = REFUSAL_FEATURE_NAMES.flatMap((a, i) => REFUSAL_FEATURE_NAMES.slice(i).map((b) => ({ a, b, name: `${a} × ${b}` })));

/**
 * What the refusal model weighs: each measure, and each pair multiplied. An opposite word ("least" for most) or an
 * unmet name tells against a passage that meets the rest of the question, not against one that meets little of it.
 */
export const REFUSAL_INPUT_NAMES: readonly string[] = [...REFUSAL_FEATURE_NAMES, ...PAIRS.map((pair) => pair.name)];

/** The refusal model's inputs (`REFUSAL_INPUT_NAMES`) from the measures. */
export function refusalInputs(features: RefusalFeatures): Record<string, number> {
  const inputs: Record<string, number> = { ...features };
  for (const { a, b, name } of PAIRS) inputs[name] = features[a] * features[b];
  return inputs;
}

/** Names count once however many words they have: "John Paul II" is one name, not three. */
const nameCount = (terms: readonly QueryTerm[]): number => new Set(terms.map((term) => term.surface)).size;

/**
 * Whether the window's sentences, their section title or their document's title meet the query term: titles are the
 * context of every passage under them, so that "Super Bowl 50" or "dotenv" need not be repeated in each sentence.
 */
export function inWindow(term: QueryTerm, window: Window | undefined): boolean {
  if (window === undefined) return false;
  for (const met of term.matches.keys()) {
    if (window.entries.some((entry) => entry.terms.has(met) || entry.titleTerms.has(met) || entry.documentTitleTerms.has(met))) return true;
  }
  return false;
}

/**
 * Share of the question's weight the window meets in its words or close to their meaning: a missing word with a
 * near neighbour there ("troops" and forces) is weak evidence against it, one with none is strong.
 */
function meaningCoverage(query: Query, window: Window | undefined): number {
  if (window === undefined) return 0;
  const terms = new Set(window.entries.flatMap((entry) => [...entry.terms]));
  return weightedCoverage(query, (term) => (inWindow(term, window) ? 1 : closeness(term, terms)));
}

/** Measures the evidence for answering: how well the best window meets the question, and what stays unmet. */
export function refusalFeatures(index: SentenceIndex, query: Query, windows: readonly Window[]): RefusalFeatures {
  const [best, second] = windows;
  const total = query.terms.reduce((sum, term) => sum + term.weight, 0) || 1;
  const unknown = query.terms.filter((term) => term.matches.size === 0).reduce((sum, term) => sum + term.weight, 0);
  const unmatched = query.terms.filter((term) => term.matches.size > 0 && !inWindow(term, best));
  // A name the window meets in part ("President Johnson" by "Lyndon B. Johnson") is not outside it.
  const metNames = new Set(query.terms.filter((term) => term.salient && inWindow(term, best)).map((term) => term.surface));
  const maxIdf = Math.log(1 + (index.stats.units + 0.5) / 0.5);
  return {
    bestScore: best?.score ?? 0,
    margin: best && second ? best.score - second.score : 0,
    unionCoverage: best?.features.unionCoverage ?? 0,
    anchorExactCoverage: best?.anchor.features.exactCoverage ?? 0,
    typeMismatch: best?.features.typeMismatch ?? 0,
    unknownShare: unknown / total,
    unmatchedRarity: Math.max(0, ...query.terms.filter((term) => !inWindow(term, best)).map((term) => term.weight)) / maxIdf,
    termCount: Math.log(1 + query.terms.length),
    rarestMatched: best?.anchor.features.rarestMatched ?? 0,
    salientOutside: nameCount(unmatched.filter((term) => term.salient && !metNames.has(term.surface))),
    absentNames: nameCount(absentTerms(query).filter((term) => !isNumeric(term))),
    negationUnmet: query.shape.negation && !meetsNegation(query.shape.negation, best?.entries ?? []) ? 1 : 0,
    meaningCoverage: meaningCoverage(query, best),
    saysOpposite: saysOpposite(query.text, best),
    negationAside: query.shape.negation && meetsNegation(query.shape.negation, best?.entries ?? []) && !negatesNear(query.shape.negation, best?.entries ?? []) ? 1 : 0,
    anchorProximity: best?.anchor.features.proximity ?? 0,
    anchorBigrams: best?.anchor.features.bigrams ?? 0,
  };
}
