import type { Section } from '../../knowledge/types.ts';
import type { Candidate, IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { holdsAnswerType, type AnswerType } from './answerType.ts';
import { leanedOnOf, nextInSection, opensWithAnaphor, previousInSection } from './context.ts';
import { earlierInParagraph, firstMentionCoverage } from './firstMention.ts';
import { bigramMatches, matchStrength, proximity, relatedCoverage, vectorCoverage, weightedCoverage, type TermSet } from './features.ts';
import type { Query, QueryTerm } from './query.ts';

/** The evidence a candidate sentence holds for a question, one named number each; the ranking model weighs them. */
export const FEATURE_NAMES = [
  'coverage',
  'exactCoverage',
  'previousCoverage',
  'nextCoverage',
  'titleCoverage',
  'paragraphCoverage',
  'proximity',
  'bigrams',
  'search',
  'searchRank',
  'typeMatch',
  'typeMismatch',
  'novelty',
  'logLength',
  'termShare',
  'anaphoric',
  'rarestMatched',
  'relatedCoverage',
  'firstMentionCoverage',
  'vectorCoverage',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** Terms met only by the previous sentence of an anaphoric one, or by the section title, count for less. */
const CONTEXT_STRENGTH = 0.5;
const TITLE_STRENGTH = 0.35;

/**
 * Share of the question a passage meets, counting its own terms fully and, at lower strength, its section title
 * and the terms of what it leans on ("The incident…", or a code block's lead-in: `leanedOnOf`), if any. Under the
 * section whose title says the question best (see `leadingSection`), the title counts in full, as a reader takes a heading.
 */
export function contextualCoverage(question: QuestionContext, terms: TermSet, entry: IndexedSentence, leanedOn: ReadonlySet<string> | undefined): number {
  const titleStrength = entry.section === question.leadingSection ? 1 : TITLE_STRENGTH;
  return weightedCoverage(question.query, (term) =>
    Math.max(
      matchStrength(term, terms),
      leanedOn ? CONTEXT_STRENGTH * matchStrength(term, leanedOn) : 0,
      titleStrength * Math.max(matchStrength(term, entry.titleTerms), matchStrength(term, entry.documentTitleTerms)),
    ),
  );
}

/** What every candidate of one question shares: the question's answer type, its rarest term, the top search score. */
export interface QuestionContext {
  readonly query: Query;
  readonly answerType: AnswerType | undefined;
  readonly rarest: QueryTerm | undefined;
  readonly asked: ReadonlySet<string>;
  readonly topSearchScore: number;
  /** The section whose heading says more of the question than any candidate sentence does, if one does. */
  readonly leadingSection: Section | undefined;
}

export function questionContext(query: Query, candidates: readonly Candidate[], leading?: Section): QuestionContext {
  const known = query.terms.filter((term) => term.matches.size > 0);
  return {
    query,
    leadingSection: leading,
    answerType: query.shape.expected,
    rarest: known.reduce<QueryTerm | undefined>((best, term) => (!best || term.weight > best.weight ? term : best), undefined),
    asked: new Set(query.terms.flatMap((term) => [term.term, ...term.matches.keys()])),
    topSearchScore: Math.max(...candidates.map((candidate) => candidate.score), Number.MIN_VALUE),
  };
}

const coverageBy = (query: Query, terms: ReadonlySet<string> | undefined): number =>
  terms ? weightedCoverage(query, (term) => matchStrength(term, terms)) : 0;

/** Share of the sentence's own terms that the question does not already say: an answer adds something. */
function novelty(entry: IndexedSentence, asked: ReadonlySet<string>): number {
  if (entry.terms.size === 0) return 0;
  let fresh = 0;
  for (const term of entry.terms) if (!asked.has(term)) fresh++;
  return fresh / entry.terms.size;
}

/** Measures every feature of one candidate. */
export function candidateFeatures(index: SentenceIndex, question: QuestionContext, candidate: Candidate, rank: number): Features {
  const { entry } = candidate;
  const { query } = question;
  const previous = previousInSection(index, entry);
  const anaphoric = previous !== undefined && opensWithAnaphor(entry.sentence.text);
  const coverage = contextualCoverage(question, entry.terms, entry, leanedOnOf(index, entry, anaphoric)?.terms);
  // Under the leading section its heading's words are the sentence's own (see `contextualCoverage`).
  const headed = entry.section === question.leadingSection;
  const exact = weightedCoverage(query, (term) => (entry.terms.has(term.term) || (headed && entry.titleTerms.has(term.term)) ? 1 : 0));
  const typed = question.answerType === undefined ? undefined : holdsAnswerType(question.answerType, entry, query);
  const matchedTerms = query.terms.filter((term) => matchStrength(term, entry.terms) > 0).length;
  return {
    coverage,
    exactCoverage: exact,
    previousCoverage: coverageBy(query, previous?.terms),
    nextCoverage: coverageBy(query, nextInSection(index, entry)?.terms),
    titleCoverage: coverageBy(query, entry.titleTerms),
    paragraphCoverage: coverageBy(query, entry.paragraphTerms),
    proximity: proximity(query, entry),
    bigrams: bigramMatches(query, entry),
    search: candidate.score / question.topSearchScore,
    searchRank: 1 / (1 + rank),
    typeMatch: typed === true ? 1 : 0,
    typeMismatch: typed === false ? 1 : 0,
    novelty: novelty(entry, question.asked),
    logLength: Math.log(1 + entry.tokens.length),
    termShare: query.terms.length === 0 ? 0 : matchedTerms / query.terms.length,
    anaphoric: anaphoric ? 1 : 0,
    rarestMatched: question.rarest && matchStrength(question.rarest, entry.terms) > 0 ? 1 : 0,
    relatedCoverage: relatedCoverage(query, entry.terms),
    firstMentionCoverage: firstMentionCoverage(query, entry, earlierInParagraph(index, entry)),
    vectorCoverage: vectorCoverage(query, entry.terms),
  };
}
