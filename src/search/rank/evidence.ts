import type { Query, QueryTerm } from './query.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { linearScore, sigmoid } from './model.ts';
import { refusalFeatures } from './refusalFeatures.ts';
import { REFUSAL_MODEL, REFUSAL_THRESHOLD } from './weights.ts';
import type { Window } from './windows.ts';

/** Why the knowledge cannot answer, as data for the renderer to phrase. */
export type RefusalReason =
  /** The question has no searchable words at all ("what is it?"). */
  | 'no-terms'
  /** Names, acronyms or numbers in the question appear nowhere in the documents. */
  | 'not-mentioned'
  /** Nothing in the documents meets enough of the question. */
  | 'weak-evidence';

export interface Verdict {
  readonly answerable: boolean;
  readonly reason?: RefusalReason;
  /** The question's words that the documents (for `not-mentioned`) or the best passage (for `weak-evidence`) lack. */
  readonly missing: readonly string[];
}

/** Below this share of the question's weight, the best passage is only loosely related, whatever else holds. */
export const MIN_COVERAGE = 0.15;

/** The refusal model's probability that the best window answers the question. */
export function answerProbability(index: SentenceIndex, query: Query, windows: readonly Window[]): number {
  return sigmoid(linearScore(REFUSAL_MODEL, refusalFeatures(index, query, windows)));
}

function surfaces(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.map((term) => term.surface))];
}

/** Decides from the evidence whether the best passage answers the question, or docent should say it cannot. */
export function judgeEvidence(index: SentenceIndex, query: Query, ranked: readonly Window[], minCoverage = MIN_COVERAGE): Verdict {
  if (query.terms.length === 0) return { answerable: false, reason: 'no-terms', missing: [] };
  const absent = query.terms.filter((term) => term.salient && term.matches.size === 0);
  if (absent.length > 0) return { answerable: false, reason: 'not-mentioned', missing: surfaces(absent) };
  const best = ranked[0];
  if (!best || best.features.unionCoverage < minCoverage || answerProbability(index, query, ranked) < REFUSAL_THRESHOLD) {
    const lacking = best ? query.terms.filter((term) => ![...term.matches.keys()].some((t) => best.entries.some((entry) => entry.terms.has(t)))) : query.terms;
    return { answerable: false, reason: 'weak-evidence', missing: surfaces(lacking) };
  }
  return { answerable: true, missing: [] };
}
