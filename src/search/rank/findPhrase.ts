import { boundQuery } from '../boundQuery.ts';
import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { alignmentBound, alignPhrase } from './alignment.ts';
import { matchStrength, weightedCoverage } from './features.ts';
import { PhraseQuery } from './phraseQuery.ts';
import { parseQuery } from './query.ts';
import { askedTerms } from './rankQuestion.ts';

export interface PhraseOptions {
  /** How many matching sentences to return, best first. */
  readonly limit: number;
  /** Search this document only (its id). */
  readonly document?: string | undefined;
}

/** A sentence matching a remembered phrase: `exact` when it holds the phrase word for word. */
export interface PhraseMatch {
  readonly entry: IndexedSentence;
  readonly exact: boolean;
  readonly score: number;
}

/** The sentences matching a phrase, best first, and the terms the phrase resolved to (for highlighting). */
export interface PhraseMatches {
  readonly matches: readonly PhraseMatch[];
  readonly wanted: ReadonlySet<string>;
}

/** Sentences sharing the most words and word pairs with the phrase that are aligned with it, at most. */
const CANDIDATES = 30;
/** A sentence must hold at least this share of the phrase, aligned or by its terms, to be offered at all. */
const MIN_ALIGNMENT = 0.4;
const MIN_COVERAGE = 0.34;

interface Scored {
  readonly entry: IndexedSentence;
  readonly exact: boolean;
  readonly coverage: number;
  /** Everything but the alignment. */
  readonly base: number;
  /** The most the score can reach, with the best alignment the sentence's words allow. */
  readonly bound: number;
}

/** Puts a match in its place in a list kept best first and at most `limit` long. */
function insertRanked(list: PhraseMatch[], item: PhraseMatch, limit: number): void {
  let at = list.length;
  while (at > 0 && (list[at - 1]!.score < item.score || (list[at - 1]!.score === item.score && list[at - 1]!.entry.id > item.entry.id))) at--;
  if (at < limit) list.splice(at, 0, item);
  if (list.length > limit) list.pop();
}

/**
 * The sentences that best match a remembered fragment, tolerating case, punctuation, accents, typos and dropped or
 * swapped words. A sentence holding the phrase word for word always ranks first, then sentences by how well they
 * align with the phrase.
 */
export function findPhrase(index: SentenceIndex, text: string, { limit, document }: PhraseOptions): PhraseMatches {
  const bounded = boundQuery(text);
  const query = parseQuery(bounded, index);
  const phrase = new PhraseQuery(bounded, index.phrases);
  const range = document === undefined ? undefined : index.sentencesOf(document);
  const candidates = index.phrases.candidates(phrase, Math.max(CANDIDATES, limit), range);
  const scored: Scored[] = candidates.map((sentence) => {
    const entry = index.entry(sentence);
    const words = index.phrases.wordsOf(entry.id);
    const exact = phrase.isHeldBy(words);
    const coverage = weightedCoverage(query, (term) => matchStrength(term, entry.terms));
    // The exact phrase's 2 outweighs any alignment (at most 1) and coverage (at most 0.1): it always comes first.
    const base = (exact ? 2 : 0) + 0.1 * coverage;
    return { entry, exact, coverage, base, bound: base + alignmentBound(phrase, words) };
  });
  // Align in order of the best each could reach, and stop once none left can enter the top `limit`.
  scored.sort((a, b) => b.bound - a.bound || a.entry.id - b.entry.id);
  const best: PhraseMatch[] = [];
  for (const item of scored) {
    if (best.length >= limit && item.bound < best[limit - 1]!.score) break;
    const alignment = alignPhrase(phrase, index.phrases.wordsOf(item.entry.id));
    if (!item.exact && alignment < MIN_ALIGNMENT && item.coverage < MIN_COVERAGE) continue;
    insertRanked(best, { entry: item.entry, exact: item.exact, score: item.base + alignment }, limit);
  }
  return { matches: best, wanted: askedTerms(query) };
}
