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

/** One section's full text, by number or title; undefined when no section matches. */
export function section(documents: readonly Document[], name: string, documentName?: string): SectionText | undefined {
  const candidates = documentName === undefined ? documents : [findDocument(documents, documentName)];
  for (const document of candidates) {
    if (!document) continue;
    const found = findSection(document, name);
    if (found) {
      return {
        document: { id: document.id, title: document.title },
        number: found.ref.section,
        title: found.title,
        paragraphs: found.paragraphs.map((paragraph) => ({ number: paragraph.ref.paragraph, text: paragraph.text })),
      };
    }
  }
  return undefined;
}
