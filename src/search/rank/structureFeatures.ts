import { isManualDocument } from '../../knowledge/format.ts';
import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import type { QuestionContext } from './candidateFeatures.ts';
import { matchStrength, weightedCoverage } from './features.ts';
import { isQuestionHeading } from './questionHeading.ts';
import { sectionCoverageFor, type SectionCoverage } from './sectionCoverage.ts';
import { isWholeDocument } from './wholeDocument.ts';

// How a manual is laid out, as evidence beside what a sentence says: an FAQ heading that asks the question, a code
// example where a member asks how, a section that covers the question. Prose (a news article, a SQuAD article) has
// no code nor question headings, and its sections are not read as a manual's, so every feature is 0 there and the
// ranking fitted on prose is left exactly as it was.

/** The layout features of a candidate sentence; the structure model (manualWeights.ts) adds them to its ranking score. */
export const STRUCTURE_FEATURE_NAMES = ['questionHeading', 'code', 'codeForHowTo', 'sectionCoverage'] as const;

export type StructureFeatureName = (typeof STRUCTURE_FEATURE_NAMES)[number];
export type StructureFeatures = Record<StructureFeatureName, number>;

/**
 * Measures the layout features of one candidate sentence; `coverageOf` measures each section once for all the
 * question's candidates.
 */
export function structureFeatures(index: SentenceIndex, question: QuestionContext, entry: IndexedSentence, coverageOf: SectionCoverage = sectionCoverageFor(index, question.query)): StructureFeatures {
  const { query } = question;
  // A document's only section sets no passage apart: its heading is the title, its bounds the document's.
  const apart = !isWholeDocument(index, entry.section);
  // A heading that asks is an FAQ entry's question, as much as the question says of it.
  const asking = apart && isQuestionHeading(entry.section.title);
  const code = entry.section.paragraphs[entry.sentence.ref.paragraph - 1]?.code !== undefined ? 1 : 0;
  // A manual's section of several is about one thing; a prose text's sections (a SQuAD article's paragraphs) are not.
  const manualSection = apart && isManualDocument(entry.document);
  return {
    questionHeading: asking ? weightedCoverage(query, (term) => matchStrength(term, entry.titleTerms)) : 0,
    code,
    // A question how to do something is answered by a code example as often as by a sentence.
    codeForHowTo: code && query.shape.asking.howTo ? 1 : 0,
    sectionCoverage: manualSection ? coverageOf(entry.section) : 0,
  };
}
