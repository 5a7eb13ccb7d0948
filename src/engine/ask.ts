import { MAX_WINDOW_LENGTH, type DocumentSearch, type IndexedSentence, type Query, type RefusalReason, type Window } from '../search/documentSearch.ts';
import { matchedWords, passageOfEntries, textWithLead, type Passage } from './passage.ts';

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

export { MAX_WINDOW_LENGTH as MAX_ANSWER_LENGTH } from '../search/documentSearch.ts';
const DEFAULT_SUPPORTING = 3;
/** A passage meeting less of the text than this is not offered as bearing on it. */
const MIN_RELATED_COVERAGE = 0.2;

/** The best windows that share no sentence with one another, in order: the answer and its supporting passages. */
function distinctWindows(windows: readonly Window[], limit: number): Window[] {
  const used = new Set<number>();
  const chosen: Window[] = [];
  for (const window of windows) {
    if (chosen.length >= limit) break;
    if (window.entries.some((entry) => used.has(entry.id))) continue;
    for (const entry of window.entries) used.add(entry.id);
    chosen.push(window);
  }
  return chosen;
}

/** A window quoted for a question: an over-long sentence as its excerpt around the question's words. */
function toPassage(entries: readonly IndexedSentence[], score: number, wanted: ReadonlySet<string>): Passage {
  return passageOfEntries(entries, score, [...new Set(entries.flatMap((entry) => matchedWords(entry, wanted)))], MAX_WINDOW_LENGTH);
}

/** The text docent quotes for these sentences in answer to the question: what the answer is judged on. */
export function quotedText(search: DocumentSearch, query: Query, entries: readonly IndexedSentence[]): string {
  return textWithLead(toPassage(entries, 0, search.askedTerms(query)));
}

/** Passages that bear on any text (a message, a claim), best first, without deciding whether they answer it. */
export function findPassages(search: DocumentSearch, text: string, options: { limit?: number; document?: string } = {}): Passage[] {
  const { query, ranked } = search.rankQuestion(text, { document: options.document });
  const wanted = search.askedTerms(query);
  const passages = ranked.filter((r) => r.features.coverage >= MIN_RELATED_COVERAGE).map((r) => toPassage([r.entry], r.score, wanted));
  return distinctPassages(passages).slice(0, options.limit ?? DEFAULT_SUPPORTING);
}

/**
 * What a passage quotes, as a reader sees it: a code block's lead-in is quoted as its code, so the two are one
 * passage, and words a document repeats elsewhere, wrapped differently or not, are the same words.
 */
const passageKey = (passage: Passage): string => textWithLead(passage).replace(/\s+/gu, ' ').trim();

/** The passages, each once, in order, leaving out any of `shown` already: the same words are never offered twice. */
function distinctPassages(passages: readonly Passage[], shown: readonly Passage[] = []): Passage[] {
  const seen = new Set(shown.map(passageKey));
  return passages.filter((passage) => {
    const key = passageKey(passage);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * Answers a question with a verbatim quote from the indexed documents, or refuses with the reason
 * when the documents do not hold the answer.
 */
export function ask(search: DocumentSearch, question: string, options: AskOptions = {}): AskResult {
  const ranking = search.rankQuestion(question, { document: options.document });
  const { query, ranked, windows } = ranking;
  const verdict = search.judge(ranking, options.minCoverage);
  const wanted = search.askedTerms(query);
  const limit = options.supporting ?? DEFAULT_SUPPORTING;
  const [answer, ...supporting] = offeredPassages(windows, wanted, limit + 1);
  if (!verdict.answerable || !answer) {
    const related = ranked.filter((r) => r.features.coverage > 0).map((r) => toPassage([r.entry], r.score, wanted));
    return { kind: 'refusal', question, reason: verdict.reason ?? 'weak-evidence', missing: verdict.missing, related: distinctPassages(related).slice(0, limit) };
  }
  return { kind: 'answer', question, answer, supporting };
}

/**
 * The passages an answer offers, best first: the best window, then others that meet some of the question, sharing no
 * sentence with one another and never quoting the same words twice. The fit reads the same (`refusalRows`).
 */
export function offeredPassages(windows: readonly Window[], wanted: ReadonlySet<string>, count: number): Passage[] {
  // More windows than are offered: some may quote the same words as a better one.
  const [best, ...others] = distinctWindows(windows, 2 * count);
  if (!best) return [];
  const offered = [best, ...others.filter((window) => window.features.unionCoverage > 0)];
  return distinctPassages(offered.map((window) => toPassage(window.entries, window.score, wanted))).slice(0, count);
}
