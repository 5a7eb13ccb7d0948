import type { Document, Section, Sentence } from '../../knowledge/types.ts';
import { pauseAfter, type Steps } from '../../steps.ts';
import type { SentenceRange } from './sentenceRange.ts';

/** A section's sentence ids and its ordinal among all sections, which is the row of its title's terms. */
export interface SectionPlace extends SentenceRange {
  readonly ordinal: number;
}

/**
 * Where each document and section starts and ends among the indexed sentences, which are numbered in document order
 * from 0: a document's or a section's sentences are consecutive ids.
 */
export class SentenceRanges<T> {
  private constructor(
    /** Every sentence, as `make` built it, by id. */
    readonly entries: readonly T[],
    private readonly documents: ReadonlyMap<string, SentenceRange>,
    private readonly sections: ReadonlyMap<Section, SectionPlace>,
  ) {}

  /**
   * Numbers the sentences of the documents in order, making each sentence's entry with `make(id, …)`; in steps (see
   * `Steps`), since a large corpus has a hundred thousand sentences.
   */
  static *number<T>(documents: readonly Document[], make: (id: number, sentence: Sentence, document: Document, section: Section) => T): Steps<SentenceRanges<T>> {
    const entries: T[] = [];
    const ofDocument = new Map<string, SentenceRange>();
    const ofSection = new Map<Section, SectionPlace>();
    for (const document of documents) {
      const first = entries.length;
      for (const section of document.sections) {
        const sectionFirst = entries.length;
        for (const paragraph of section.paragraphs) {
          for (const sentence of paragraph.sentences) {
            entries.push(make(entries.length, sentence, document, section));
            if (pauseAfter(entries.length)) yield;
          }
        }
        ofSection.set(section, { first: sectionFirst, end: entries.length, ordinal: ofSection.size });
      }
      ofDocument.set(document.id, { first, end: entries.length });
    }
    return new SentenceRanges(entries, ofDocument, ofSection);
  }

  get sectionCount(): number {
    return this.sections.size;
  }

  /** Every section in order, with its place. */
  sectionPlaces(): IterableIterator<[Section, SectionPlace]> {
    return this.sections.entries();
  }

  /** The ids of a document's sentences; none for a document not indexed. */
  ofDocument(documentId: string): SentenceRange {
    return this.documents.get(documentId) ?? { first: 0, end: 0 };
  }

  /** The ids of a section's sentences; none for a section not indexed. */
  ofSection(section: Section): SentenceRange {
    return this.sections.get(section) ?? { first: 0, end: 0 };
  }

  /** A section's ordinal among all sections (0 for one not indexed). */
  ordinalOf(section: Section): number {
    return this.sections.get(section)?.ordinal ?? 0;
  }

  /** The entries of a range, in order. */
  slice({ first, end }: SentenceRange): readonly T[] {
    return this.entries.slice(first, end);
  }

  /** By sentence id: the ordinal of the section holding it. */
  sectionOrdinals(): Uint32Array {
    const ordinals = new Uint32Array(this.entries.length);
    for (const { first, end, ordinal } of this.sections.values()) ordinals.fill(ordinal, first, end);
    return ordinals;
  }
}
