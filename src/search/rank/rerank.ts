import type { Candidate, IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { expectedAnswer, holdsAnswerType } from './answerType.ts';
import { opensWithAnaphor, previousInSection } from './context.ts';
import { bigramMatches, matchStrength, proximity, weightedCoverage } from './features.ts';
import type { Query } from './query.ts';

/** The evidence behind one sentence's rank, kept so that refusals and evals can explain themselves. */
export interface RankedSentence {
  readonly entry: IndexedSentence;
  readonly score: number;
  /** Share of the question's weight that the sentence (with its context) meets, 0 to 1. */
  readonly coverage: number;
  readonly proximity: number;
  readonly bigrams: number;
  /** Whether the sentence holds the kind of thing the question asks for; undefined when the question does not say. */
  readonly answerType: boolean | undefined;
  /** Whether the sentence leans on its predecessor ("The incident…"), which then belongs in the quote. */
  readonly anaphoric: boolean;
}

/** Terms met only by the previous sentence of an anaphoric one, or by the section title, count for less. */
const CONTEXT_STRENGTH = 0.5;
const TITLE_STRENGTH = 0.35;

const WEIGHTS = { coverage: 1, proximity: 0.15, bigrams: 0.15, search: 0.05, answerType: 0.1 };

function rankOne(index: SentenceIndex, query: Query, candidate: Candidate, topSearchScore: number): RankedSentence {
  const { entry } = candidate;
  const anaphoric = opensWithAnaphor(entry.sentence.text) && previousInSection(index, entry) !== undefined;
  const context = anaphoric ? previousInSection(index, entry) : undefined;
  const coverage = weightedCoverage(query, (term) =>
    Math.max(
      matchStrength(term, entry.terms),
      context ? CONTEXT_STRENGTH * matchStrength(term, context.terms) : 0,
      TITLE_STRENGTH * matchStrength(term, entry.titleTerms),
    ),
  );
  const type = expectedAnswer(query.text);
  const answerType = type === undefined ? undefined : holdsAnswerType(type, entry.tokens, query);
  const features = { coverage, proximity: proximity(query, entry), bigrams: bigramMatches(query, entry) };
  const score =
    WEIGHTS.coverage * features.coverage +
    WEIGHTS.proximity * features.proximity +
    WEIGHTS.bigrams * features.bigrams +
    WEIGHTS.search * (candidate.score / topSearchScore) +
    (answerType === undefined ? 0 : answerType ? WEIGHTS.answerType : -WEIGHTS.answerType);
  return { entry, score, ...features, answerType, anaphoric };
}

/** Reorders MiniSearch's candidates by the evidence each holds for the question, best first. */
export function rerank(index: SentenceIndex, query: Query, candidates: readonly Candidate[]): RankedSentence[] {
  const topSearchScore = Math.max(...candidates.map((candidate) => candidate.score), Number.MIN_VALUE);
  return candidates
    .map((candidate) => rankOne(index, query, candidate, topSearchScore))
    .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id);
}
