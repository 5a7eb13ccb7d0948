import { mayHoldAnswerType } from './answerType.ts';
import { closeness } from './features.ts';
import { unmentionedThings } from './askedThing.ts';
import { asksWith, narrowsWith } from './askingClause.ts';
import { absentTerms, inNoForm, isNumeric, type Query, type QueryTerm } from './query.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { MANUAL_REFUSAL_MODEL, MANUAL_REFUSAL_THRESHOLD } from './manualWeights.ts';
import { isManual, manualRefusalFeatures } from './manualRefusal.ts';
import { linearScore, sigmoid, type LinearModel } from './model.ts';
import { inWindow, refusalFeatures, refusalInputs } from './refusalFeatures.ts';
import { mattersInRefusal } from './vagueWords.ts';
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

/** A refusal model, and the probability of an answer below which it refuses. */
export interface RefusalJudge {
  readonly model: LinearModel;
  readonly threshold: number;
}

/** The refusal models by the kind of text they judge: prose (fitted on SQuAD), and manuals (fitted on data/tech); without one for manuals, the prose model judges them too. */
export interface RefusalJudges {
  readonly prose: RefusalJudge;
  readonly manual?: RefusalJudge;
}

export const FITTED_JUDGES: RefusalJudges = {
  prose: { model: REFUSAL_MODEL, threshold: REFUSAL_THRESHOLD },
  manual: { model: MANUAL_REFUSAL_MODEL, threshold: MANUAL_REFUSAL_THRESHOLD },
};

/** Whether the refusal model for the best window's kind of text (`isManual`) gives an answer less than its threshold's probability. */
function weighedTooWeak(index: SentenceIndex, query: Query, windows: readonly Window[], { prose, manual }: RefusalJudges): boolean {
  const measures = refusalFeatures(index, query, windows);
  if (!manual || !isManual(windows[0])) return sigmoid(linearScore(prose.model, refusalInputs(measures))) < prose.threshold;
  return sigmoid(linearScore(manual.model, manualRefusalFeatures(query, windows, measures))) < manual.threshold;
}

/**
 * A passage is near the question's words when it meets at least this share of what the best passage meets: "How
 * many drones…?" is not answered by a count of doses in a passage that never mentions drones.
 */
const NEAR_SHARE = 0.5;

/** Whether the question demands a time, a sum or a count ("When…?") and no passage near its words holds one. */
export function demandUnmet(query: Query, windows: readonly Window[]): boolean {
  const type = query.shape.demanded;
  if (type === undefined) return false;
  const near = NEAR_SHARE * (windows[0]?.features.unionCoverage ?? 0);
  return !windows.some((window) => window.features.unionCoverage >= near && window.entries.some((entry) => mayHoldAnswerType(type, entry, query)));
}

/**
 * Whether a yes/no question asks about an event the documents do not report: besides its names, none of its words
 * appears in them (their headings and link addresses included), in any related form, or close in meaning in the best
 * passage ("Is Trump going to invade Mexico?" of a document that names both but never speaks of invading). A
 * question that meets any of its own words is weighed.
 */
export function eventUnreported(query: Query, windows: readonly Window[]): boolean {
  if (!query.shape.yesNo) return false;
  const passageTerms = new Set(windows[0]?.entries.flatMap((entry) => [...entry.terms]) ?? []);
  const event = query.terms.filter((term) => !term.salient && mattersInRefusal(term));
  return event.length > 0 && event.every((term) => inNoForm(term) && closeness(term, passageTerms) === 0);
}

/**
 * Whether none of what the question asks about is in the documents: every word of it that matters ("joke" of "Tell me
 * a joke") appears in none of them, in any form, headings and link addresses included. Only words that frame a
 * question are left to meet ("tell" meets "tells you otherwise"), and they say nothing of what is asked.
 */
export function nothingAskedIsThere(query: Query): boolean {
  const asked = query.terms.filter(mattersInRefusal);
  return asked.length > 0 && asked.every(inNoForm);
}

/**
 * Whether the question asks about a number the documents never state ("what happened in 1706?"): an absent term in
 * its asking clause, not in a problem told first or an example ("nested like 3000 levels, how do I raise the limit?").
 */
const asksAboutAbsentNumber = (query: Query, absent: readonly QueryTerm[] = absentTerms(query)): boolean =>
  absent.some((term) => isNumeric(term) && narrowsWith(query.shape.asking, term.position));

/** The rules that refuse a question with terms before its evidence is weighed (see `ruledOut`), in one list for both. */
function refusedUnweighed(query: Query, windows: readonly Window[], things: readonly QueryTerm[]): boolean {
  return nothingAskedIsThere(query) || demandUnmet(query, windows) || eventUnreported(query, windows) || things.length > 0;
}

/**
 * Refused before any weighing of evidence: a question with no terms; one that asks about a number the documents
 * never state ("in 1706"); one that demands a time, a sum or a count that no passage near its words holds; or one
 * that asks how to do, or whether they do, a thing they never name, or in a manual which one of a kind they never
 * name (`unmentionedThings`). Any other absent name is
 * weighed by the model instead, against how well the rest is met: it is often only written differently ("TV" for
 * television, "Ghengis Khan").
 */
export function ruledOut(query: Query, windows: readonly Window[]): boolean {
  return query.terms.length === 0 || asksAboutAbsentNumber(query) || refusedUnweighed(query, windows, unmentionedThings(query, windows[0]));
}

/** The words to name as missing, as the member wrote them, each once, leaving out those that only frame the question. */
function surfaces(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.filter(mattersInRefusal).map((term) => term.surface))];
}

/** Decides from the evidence whether the best passage answers the question, or docent should say it cannot. */
export function judgeEvidence(index: SentenceIndex, query: Query, ranked: readonly Window[], minCoverage = MIN_COVERAGE, judges: RefusalJudges = FITTED_JUDGES): Verdict {
  if (query.terms.length === 0) return { answerable: false, reason: 'no-terms', missing: [] };
  const absent = absentTerms(query);
  if (asksAboutAbsentNumber(query, absent)) return { answerable: false, reason: 'not-mentioned', missing: surfaces(absent) };
  const best = ranked[0];
  const things = unmentionedThings(query, best, absent);
  if (!best || refusedUnweighed(query, ranked, things) || best.features.unionCoverage < minCoverage || weighedTooWeak(index, query, ranked, judges)) {
    const unmentioned = [...new Set([...absent, ...things])];
    if (unmentioned.length > 0) return { answerable: false, reason: 'not-mentioned', missing: surfaces(unmentioned) };
    // What the best passage lacks, its titles counted as its context ("cachekit" of a passage under "# cachekit"), named
    // from what is asked, not from the problem or the remark around it ("…? we're stuck on node 12").
    const lacking = query.terms.filter((term) => !inWindow(term, best));
    const asked = lacking.filter((term) => asksWith(query.shape.asking, term.position) && mattersInRefusal(term));
    return { answerable: false, reason: 'weak-evidence', missing: surfaces(asked.length > 0 ? asked : lacking) };
  }
  return { answerable: true, missing: [] };
}
