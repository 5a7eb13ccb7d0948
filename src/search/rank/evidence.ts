import type { Query, QueryTerm } from './query.ts';
import type { RankedSentence } from './rerank.ts';

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

/** Below this share of the question's weight, the best passage is only loosely related. */
export const MIN_COVERAGE = 0.3;

function surfaces(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.map((term) => term.surface))];
}

/** Decides from the evidence whether the best passage answers the question, or docent should say it cannot. */
export function judgeEvidence(query: Query, ranked: readonly RankedSentence[], minCoverage = MIN_COVERAGE): Verdict {
  if (query.terms.length === 0) return { answerable: false, reason: 'no-terms', missing: [] };
  const absent = query.terms.filter((term) => term.salient && term.matches.size === 0);
  if (absent.length > 0) return { answerable: false, reason: 'not-mentioned', missing: surfaces(absent) };
  const best = ranked[0];
  if (!best || best.coverage < minCoverage) {
    const lacking = best ? query.terms.filter((term) => ![...term.matches.keys()].some((t) => best.entry.terms.has(t))) : query.terms;
    return { answerable: false, reason: 'weak-evidence', missing: surfaces(lacking) };
  }
  return { answerable: true, missing: [] };
}
