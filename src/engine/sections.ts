import type { Document } from '../knowledge/types.ts';
import { findDocument, findSection } from './find.ts';

export interface SectionEntry {
  readonly number: number;
  readonly title: string;
  readonly paragraphs: number;
  readonly sentences: number;
}

/** One document's table of contents. */
export interface Contents {
  readonly document: { readonly id: string; readonly title: string };
  readonly sections: readonly SectionEntry[];
}

/** A whole section, paragraph by paragraph, verbatim. */
export interface SectionText {
  readonly kind: 'section';
  readonly document: { readonly id: string; readonly title: string };
  readonly number: number;
  readonly title: string;
  readonly paragraphs: readonly { readonly number: number; readonly text: string }[];
}

/** The table of contents of every document, or of the one named. */
export function sections(documents: readonly Document[], documentName?: string): Contents[] {
  const chosen = documentName === undefined ? documents : [findDocument(documents, documentName)].filter((d) => d !== undefined);
  return chosen.map((document) => ({
    document: { id: document.id, title: document.title },
    sections: document.sections.map((section) => ({
      number: section.ref.section,
      title: section.title,
      paragraphs: section.paragraphs.length,
      sentences: section.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0),
    })),
  }));
}

/** Several documents are loaded and none was named, where one is needed: the documents to choose from. */
export interface DocumentNeeded {
  readonly kind: 'document-needed';
  readonly documents: readonly { readonly id: string; readonly title: string }[];
}

export function documentNeeded(documents: readonly Document[]): DocumentNeeded {
  return { kind: 'document-needed', documents: documents.map((document) => ({ id: document.id, title: document.title })) };
}

/**
 * One section's full text, by number or title; undefined when no section matches. With several documents and none
 * named, a section only one of them has is found there, and one that several have ("2") needs the document named.
 */
export function section(documents: readonly Document[], name: string, documentName?: string): SectionText | DocumentNeeded | undefined {
  const candidates = documentName === undefined ? documents : [findDocument(documents, documentName)].filter((d) => d !== undefined);
  const found = candidates.flatMap((document) => {
    const match = findSection(document, name);
    return match ? [{ document, match }] : [];
  });
  if (found.length > 1) return documentNeeded(documents);
  const [only] = found;
  return (
    only && {
      kind: 'section',
      document: { id: only.document.id, title: only.document.title },
      number: only.match.ref.section,
      title: only.match.title,
      paragraphs: only.match.paragraphs.map((paragraph) => ({ number: paragraph.ref.paragraph, text: paragraph.text })),
    }
  );
}
