import type { Section } from '../../knowledge/types.ts';
import type { Candidate, IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { matchStrength, weightedCoverage } from './features.ts';
import type { Query } from './query.ts';
import { placedFirst, withEntries } from './placedFirst.ts';
import { isQuestionHeading } from './questionHeading.ts';
import { isWholeDocument } from './wholeDocument.ts';

// How a manual is read: a heading that says the question is where its answer is (an FAQ entry, a section path).

/** A section whose headings say the question, and what share of it they say. */
export interface LeadingSection {
  readonly section: Section;
  readonly coverage: number;
}

/** How much of the question a section's headings (its path and its document's title) say, and how little else. */
function headingMatch(query: Query, asked: ReadonlySet<string>, index: SentenceIndex, section: Section): { coverage: number; precision: number } {
  const { first: id, end } = index.sectionRange(section);
  if (id >= end) return { coverage: 0, precision: 0 };
  const first = index.entry(id);
  const coverage = weightedCoverage(query, (term) => Math.max(matchStrength(term, first.titleTerms), matchStrength(term, first.documentTitleTerms)));
  const own = [...first.titleTerms];
  return { coverage, precision: own.length === 0 ? 0 : own.filter((term) => asked.has(term)).length / own.length };
}

/**
 * The section whose headings say at least as much of the question as any candidate sentence says on its own, the
 * most precisely titled first: an FAQ entry titled "Should I commit my .env file?" answers that question, though its
 * "No." shares no word with it. None when a sentence says more than any heading. Only of `documentId`, when given.
 */
export function leadingSection(index: SentenceIndex, query: Query, candidates: readonly Candidate[], documentId?: string): LeadingSection | undefined {
  // A sentence is read under its document's title too: the title heads every section alike.
  const ownBest = Math.max(
    0,
    ...candidates.map(({ entry }) => weightedCoverage(query, (term) => Math.max(matchStrength(term, entry.terms), matchStrength(term, entry.documentTitleTerms)))),
  );
  const asked = new Set(query.terms.flatMap((term) => [...term.matches.keys()]));
  const titled = new Set([...asked].flatMap((met) => index.sectionsTitledWith(met)));
  let best: { section: Section; coverage: number; precision: number } | undefined;
  for (const section of titled) {
    // A question asked of one document is answered from it, whatever another's headings say.
    if (isWholeDocument(index, section) || (documentId !== undefined && section.ref.document !== documentId)) continue;
    const match = headingMatch(query, asked, index, section);
    if (!best || match.coverage > best.coverage || (match.coverage === best.coverage && match.precision > best.precision)) best = { section, ...match };
  }
  return best && best.coverage > 0 && best.coverage >= ownBest ? best : undefined;
}

/** How many of a leading section's first sentences join the candidates: where a heading's answer begins. */
const LEADING_SENTENCES = 8;

/** The candidates with the leading section's first sentences among them, whose words the search may not have met. */
export function withSection(index: SentenceIndex, candidates: readonly Candidate[], section: Section): Candidate[] {
  return withEntries(candidates, index.sectionEntries(section).slice(0, LEADING_SENTENCES));
}

/** A question heading answers only where it says most of the question: sharing one word with it says nothing. */
const MIN_QUESTION_HEADING_COVERAGE = 0.5;

export function answersUnder({ section, coverage }: LeadingSection): boolean {
  return isQuestionHeading(section.title) && coverage > MIN_QUESTION_HEADING_COVERAGE;
}

/** The items under the section first, each part in its own order: a reader who finds the question answers from under it. */
export function underHeadingFirst<T>(items: readonly T[], section: Section, entryOf: (item: T) => IndexedSentence): T[] {
  return placedFirst(items, (entry) => entry.section === section, entryOf);
}

