import type { IndexedSentence, SentenceIndex } from '../search/index/sentenceIndex.ts';
import { previousInSection } from '../search/rank/context.ts';
import { judgeEvidence, type RefusalReason } from '../search/rank/evidence.ts';
import { parseQuery, type Query } from '../search/rank/query.ts';
import { rerank, type RankedSentence } from '../search/rank/rerank.ts';
import { matchedWords, passageOfEntries, type Passage } from './passage.ts';

/** A quoted answer: the primary passage and a few that support it. */
export interface Answer {
  readonly kind: 'answer';
  readonly question: string;
  readonly answer: Passage;
  readonly supporting: readonly Passage[];
}

/** The documents do not hold the answer: why, which words are missing, and the closest passages as "related". */
export interface Refusal {
  readonly kind: 'refusal';
  readonly question: string;
  readonly reason: RefusalReason;
  readonly missing: readonly string[];
  readonly related: readonly Passage[];
}

export type AskResult = Answer | Refusal;

export interface AskOptions {
  /** How many supporting passages to offer besides the answer. */
  readonly supporting?: number;
  /** Refuse when the best passage meets less than this share of the question's weight. */
  readonly minCoverage?: number;
  /** Answer from this document only (its id); all documents by default. */
  readonly document?: string;
}

/** The primary quote may hold two sentences, but no more than this. */
export const MAX_ANSWER_LENGTH = 450;
const DEFAULT_SUPPORTING = 3;
/** A passage meeting less of the text than this is not offered as bearing on it. */
const MIN_RELATED_COVERAGE = 0.2;

function matchedTermsOf(query: Query): Set<string> {
  return new Set(query.terms.flatMap((term) => [...term.matches.keys()]));
}

/** The best sentence, with its predecessor when it leans on it ("The incident…") and both fit in one quote. */
function answerEntries(index: SentenceIndex, best: RankedSentence): IndexedSentence[] {
  const previous = best.anaphoric ? previousInSection(index, best.entry) : undefined;
  const sameParagraph = previous?.sentence.ref.paragraph === best.entry.sentence.ref.paragraph;
  const length = (previous?.sentence.text.length ?? 0) + 1 + best.entry.sentence.text.length;
  return previous && sameParagraph && length <= MAX_ANSWER_LENGTH ? [previous, best.entry] : [best.entry];
}

function toPassage(entries: readonly IndexedSentence[], score: number, wanted: ReadonlySet<string>): Passage {
  return passageOfEntries(entries, score, [...new Set(entries.flatMap((entry) => matchedWords(entry, wanted)))]);
}

/** The question's terms and MiniSearch's candidates reranked by evidence, best first. */
function rankFor(index: SentenceIndex, text: string, document: string | undefined): { query: Query; ranked: RankedSentence[] } {
  const query = parseQuery(text, index);
  const ranked = query.terms.length > 0 ? rerank(index, query, index.candidates(text, { documentId: document })) : [];
  return { query, ranked };
}

/** Passages that bear on any text (a message, a claim), best first, without deciding whether they answer it. */
export function findPassages(index: SentenceIndex, text: string, options: { limit?: number; document?: string } = {}): Passage[] {
  const { query, ranked } = rankFor(index, text, options.document);
  const wanted = matchedTermsOf(query);
  return ranked
    .filter((r) => r.coverage >= MIN_RELATED_COVERAGE)
    .slice(0, options.limit ?? DEFAULT_SUPPORTING)
    .map((r) => toPassage([r.entry], r.score, wanted));
}

/**
 * Answers a question with a verbatim quote from the indexed documents, or refuses with the reason
 * when the documents do not hold the answer.
 */
export function ask(index: SentenceIndex, question: string, options: AskOptions = {}): AskResult {
  const { query, ranked } = rankFor(index, question, options.document);
  const verdict = judgeEvidence(query, ranked, options.minCoverage);
  const wanted = matchedTermsOf(query);
  const limit = options.supporting ?? DEFAULT_SUPPORTING;
  const best = ranked[0];
  if (!verdict.answerable || !best) {
    const related = ranked.filter((r) => r.coverage > 0).slice(0, limit);
    return {
      kind: 'refusal',
      question,
      reason: verdict.reason ?? 'weak-evidence',
      missing: verdict.missing,
      related: related.map((r) => toPassage([r.entry], r.score, wanted)),
    };
  }
  const primary = answerEntries(index, best);
  const quoted = new Set(primary.map((entry) => entry.id));
  const supporting = ranked
    .slice(1)
    .filter((r) => !quoted.has(r.entry.id) && r.coverage > 0)
    .slice(0, limit)
    .map((r) => toPassage([r.entry], r.score, wanted));
  return { kind: 'answer', question, answer: toPassage(primary, best.score, wanted), supporting };
}
