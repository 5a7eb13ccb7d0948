import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { holdsAnswerType } from './answerType.ts';
import { contextualCoverage, type QuestionContext } from './candidateFeatures.ts';
import { leanedOnOf, nextInSection, previousInSection, type LeanedOn } from './context.ts';
import { matchStrength, weightedCoverage, type TermSet } from './features.ts';
import { linearScore, type LinearModel } from './model.ts';
import type { RankedSentence } from './rerank.ts';

/** A quotable passage: one sentence, or two consecutive ones of the same paragraph. */
export interface Window {
  readonly entries: readonly IndexedSentence[];
  readonly anchor: RankedSentence;
  readonly score: number;
  readonly features: WindowFeatures;
}

export const WINDOW_FEATURE_NAMES = [
  'anchorScore',
  'anchorRank',
  'unionCoverage',
  'coverageGain',
  'partnerCoverage',
  'typeMatch',
  'typeMismatch',
  'typeFromPartner',
  'pair',
  'partnerBefore',
  'logChars',
] as const;

export type WindowFeatureName = (typeof WINDOW_FEATURE_NAMES)[number];
export type WindowFeatures = Record<WindowFeatureName, number>;

/** A quote may hold two sentences, at most this many characters in all. */
export const MAX_WINDOW_LENGTH = 450;
/** Only the best few sentences are worth widening into windows. */
const ANCHORS = 10;

/** The terms of both sentences of a window, read from their own sets: a window is scored once, not worth a copy. */
class TermUnion implements TermSet {
  constructor(
    private readonly first: ReadonlySet<string>,
    private readonly second: ReadonlySet<string>,
  ) {}

  has(term: string): boolean {
    return this.first.has(term) || this.second.has(term);
  }
}

function windowFeatures(
  question: QuestionContext,
  anchor: RankedSentence,
  partner: IndexedSentence | undefined,
  before: boolean,
  leanedOn: LeanedOn | undefined,
  rank: number,
): WindowFeatures {
  const { query } = question;
  const entry = anchor.entry;
  const union = partner ? new TermUnion(entry.terms, partner.terms) : entry.terms;
  // A partner that is the sentence leaned on is counted in full already.
  const unionCoverage = contextualCoverage(question, union, entry, leanedOn && leanedOn.entry !== partner ? leanedOn.terms : undefined);
  const type = question.answerType;
  const anchorTyped = type !== undefined && holdsAnswerType(type, entry, query);
  const partnerTyped = type !== undefined && partner !== undefined && holdsAnswerType(type, partner, query);
  const chars = entry.sentence.text.length + (partner ? partner.sentence.text.length + 1 : 0);
  return {
    anchorScore: anchor.score,
    anchorRank: 1 / (1 + rank),
    unionCoverage,
    coverageGain: unionCoverage - anchor.features.coverage,
    partnerCoverage: partner ? weightedCoverage(query, (term) => matchStrength(term, partner.terms)) : 0,
    typeMatch: anchorTyped || partnerTyped ? 1 : 0,
    typeMismatch: type !== undefined && !anchorTyped && !partnerTyped ? 1 : 0,
    typeFromPartner: partnerTyped && !anchorTyped ? 1 : 0,
    pair: partner ? 1 : 0,
    partnerBefore: partner && before ? 1 : 0,
    logChars: Math.log(1 + chars),
  };
}

/** A window with its score under the model. */
function scored(model: LinearModel, entries: readonly IndexedSentence[], anchor: RankedSentence, features: WindowFeatures): Window {
  return { entries, anchor, features, score: linearScore(model, features) };
}

/** A pair's length as quoted, from the first one's start to the other's end: runs of code stand a blank line or more apart. */
function quotedLength(a: IndexedSentence, b: IndexedSentence): number {
  const [first, last] = a.sentence.start <= b.sentence.start ? [a.sentence, b.sentence] : [b.sentence, a.sentence];
  return last.start + last.text.length - first.start;
}

function samePassage(a: IndexedSentence, b: IndexedSentence | undefined): b is IndexedSentence {
  return b !== undefined && b.sentence.ref.paragraph === a.sentence.ref.paragraph && quotedLength(a, b) <= MAX_WINDOW_LENGTH;
}

/**
 * Widens the best sentences into windows (the sentence alone, with its predecessor, or with its successor, within
 * one paragraph and 450 characters) and ranks the windows: an answer often sits next to the sentence that
 * matches the question best.
 */
export function rankWindows(index: SentenceIndex, question: QuestionContext, ranked: readonly RankedSentence[], model: LinearModel): Window[] {
  const windows: Window[] = [];
  for (let rank = 0; rank < Math.min(ANCHORS, ranked.length); rank++) {
    const anchor = ranked[rank]!;
    const previous = previousInSection(index, anchor.entry);
    const next = nextInSection(index, anchor.entry);
    const leanedOn = leanedOnOf(index, anchor.entry, anchor.features.anaphoric === 1);
    windows.push(scored(model, [anchor.entry], anchor, windowFeatures(question, anchor, undefined, false, leanedOn, rank)));
    if (samePassage(anchor.entry, previous)) {
      windows.push(scored(model, [previous, anchor.entry], anchor, windowFeatures(question, anchor, previous, true, leanedOn, rank)));
    }
    if (samePassage(anchor.entry, next)) {
      windows.push(scored(model, [anchor.entry, next], anchor, windowFeatures(question, anchor, next, false, leanedOn, rank)));
    }
  }
  return windows.sort((a, b) => b.score - a.score || (a.entries[0]?.id ?? 0) - (b.entries[0]?.id ?? 0));
}
