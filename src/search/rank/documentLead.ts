import type { Paragraph } from '../../knowledge/types.ts';
import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';

// A question that says nothing but a document's name ("what is pino?", "what does dotenv do?") asks what the document
// is about, which its opening paragraph says: a README's first line says what the project is, and rarely repeats the
// name that every later sentence about a detail does.

/** The paragraph a sentence belongs to. */
const paragraphOf = (entry: IndexedSentence): Paragraph | undefined => entry.section.paragraphs[entry.sentence.ref.paragraph - 1];

/** A line of metadata rather than prose: a label and a short value ("Extends: events.EventEmitter", "License: MIT"). */
const LABEL_LINE = /^[\p{L}][\p{L} ]{0,20}:\s*\S+(?:\s+\S+)?$/u;

/** Whether a paragraph is prose that can say what a document is: not code, not a line of metadata. */
const isProse = (paragraph: Paragraph | undefined): boolean => paragraph !== undefined && !paragraph.code && !LABEL_LINE.test(paragraph.text);

/** Whether a sentence is above the document's title heading (see `Section.preamble`). */
const aboveTitleHeading = (entry: IndexedSentence): boolean => entry.section.preamble === true;

/** The first prose paragraph's sentences from `first` on, code and metadata lines before it passed over. */
function firstProse(index: SentenceIndex, first: number, end: number, skip: (entry: IndexedSentence) => boolean): IndexedSentence[] {
  const lead: IndexedSentence[] = [];
  for (let id = first; id < end; id++) {
    const entry = index.entry(id);
    if (skip(entry)) continue;
    const paragraph = paragraphOf(entry);
    if (lead.length > 0 && paragraph !== paragraphOf(lead[0]!)) break;
    if (isProse(paragraph)) lead.push(entry);
  }
  return lead;
}

/**
 * The sentences of the document's first prose paragraph under its title, code and metadata lines before it passed over,
 * and text above the title heading too unless nothing under it is prose; none in a document of code.
 */
export function documentLead(index: SentenceIndex, documentId: string): IndexedSentence[] {
  const { first, end } = index.sentencesOf(documentId);
  const underTitle = firstProse(index, first, end, aboveTitleHeading);
  return underTitle.length > 0 ? underTitle : firstProse(index, first, end, () => false);
}
