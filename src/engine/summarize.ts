import type { Document, Section } from '../knowledge/types.ts';
import type { DocumentSearch, SummaryModel } from '../search/documentSearch.ts';
import { findDocument, findSection } from './find.ts';
import { documentNeeded, type DocumentNeeded } from './sections.ts';
import { passageOfEntries, type Passage } from './passage.ts';

export type SummaryLength = 'short' | 'medium' | 'long';

/** A whole-document summary names at most this many sections, however many the document has. */
const MAX_SECTIONS = 10;

/** Sentences per summary length. */
export const SUMMARY_SENTENCES: Readonly<Record<SummaryLength, number>> = { short: 2, medium: 4, long: 7 };

/** The lengths a summary can have, shortest first. */
export const SUMMARY_LENGTHS = Object.keys(SUMMARY_SENTENCES) as readonly SummaryLength[];

/** The length a word names, in any case; undefined for any other word. */
export function summaryLength(word: string): SummaryLength | undefined {
  const wanted = word.trim().toLowerCase();
  return SUMMARY_LENGTHS.find((length) => length === wanted);
}

export interface SummarizeOptions {
  /** A section number or title; the whole document when absent. */
  readonly section?: string;
  readonly length?: SummaryLength;
  /** Exactly this many sentences, overriding `length` (e.g. 3 for news, as the summary eval does). */
  readonly count?: number;
  /** The document's id or title; required only when several are loaded. */
  readonly document?: string;
  /** The summariser's constants, for fitting them; the fitted ones by default. */
  readonly model?: SummaryModel;
}

export interface Summary {
  readonly kind: 'summary';
  readonly document: { readonly id: string; readonly title: string };
  /** The section summarised, or undefined for the whole document. */
  readonly section?: { readonly number: number; readonly title: string };
  readonly length: SummaryLength;
  /** Verbatim sentences in document order, each with its reference. */
  readonly sentences: readonly Passage[];
}

/** Why no summary could be made: the named document or section does not exist. */
export interface SummaryNotFound {
  readonly kind: 'not-found';
  readonly what: 'document' | 'section';
  readonly name: string;
}

/** What a summary would cover: a document, whole or one section of it. */
export interface SummaryScope {
  readonly kind: 'scope';
  readonly document: Document;
  readonly section?: Section;
}

/** The document and section that a summary's options name, or why they name none; with several documents, one must be named. */
export function summaryScope(documents: readonly Document[], options: Pick<SummarizeOptions, 'section' | 'document'>): SummaryScope | SummaryNotFound | DocumentNeeded {
  const document = findDocument(documents, options.document);
  if (!document && !options.document?.trim()) return documentNeeded(documents);
  if (!document) return { kind: 'not-found', what: 'document', name: options.document ?? '' };
  const section = options.section === undefined || options.section.trim() === '' ? undefined : findSection(document, options.section);
  if (options.section?.trim() && !section) return { kind: 'not-found', what: 'section', name: options.section };
  return { kind: 'scope', document, ...(section ? { section } : {}) };
}

/**
 * An extractive summary of a document or one section; with several documents loaded, one must be named. A document
 * of several sections is summarised, whole or by section, from its opening sentence; at medium and long length, a
 * whole one with more sections than the length allows gets one sentence per section, so that every part is represented.
 */
export function summarize(search: DocumentSearch, options: SummarizeOptions = {}): Summary | SummaryNotFound | DocumentNeeded {
  const length = options.length ?? 'medium';
  const scope = summaryScope(search.documents, options);
  if (scope.kind !== 'scope') return scope;
  const { document, section } = scope;
  const entries = search.sentencesOf(document, section);
  const sectionCount = document.sections.length;
  const wanted = options.count ?? SUMMARY_SENTENCES[length];
  // A whole document is summarised section by section from its first, which says what it is about; a short summary
  // keeps only the first sections' best sentences, the others as many as there are sections. A document written in
  // sections opens it, and each section, with its subject, so that opening sentence is kept; a text of one section
  // (a news article, plain notes) may open with a caption or byline, so there the learned scores decide.
  const perSection = !section && sectionCount > 1;
  const everySection = perSection && length !== 'short' && options.count === undefined;
  const chosen = search.summarySentences(entries, {
    count: everySection ? Math.max(wanted, Math.min(sectionCount, MAX_SECTIONS)) : wanted,
    keepOpening: sectionCount > 1,
    ...(perSection ? { groupOf: (entry) => entry.section } : {}),
    ...(options.model ? { model: options.model } : {}),
  });
  return {
    kind: 'summary',
    document: { id: document.id, title: document.title },
    ...(section ? { section: { number: section.ref.section, title: section.title } } : {}),
    length,
    sentences: chosen.map((entry) => passageOfEntries([entry], 0)),
  };
}
