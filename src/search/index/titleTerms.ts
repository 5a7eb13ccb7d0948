import type { Document, Section } from '../../knowledge/types.ts';
import type { Analyzer } from '../analyzer/analyzer.ts';
import type { SentenceRanges } from './sentenceRanges.ts';
import { rowTerms, type IndexTerms } from './termRows.ts';

/**
 * The terms of section and document titles: each section's, which sections a term titles, and how many sentences
 * sit under a title holding a term (what a title adds to a term's postings).
 */
export class TitleTerms {
  /** By term id: how many sentences hold the term in their section title. */
  private readonly postings: Uint32Array;
  private readonly sectionSets: (ReadonlySet<string> | undefined)[];
  private readonly documentSets = new Map<Document, ReadonlySet<string>>();
  private titled: Map<string, Section[]> | undefined;

  constructor(
    private readonly terms: IndexTerms,
    private readonly ranges: SentenceRanges<unknown>,
    private readonly analyzer: Analyzer,
  ) {
    this.sectionSets = new Array<undefined>(ranges.sectionCount);
    this.postings = new Uint32Array(terms.terms.length);
    const { titles } = terms;
    for (const [, { first, end, ordinal }] of ranges.sectionPlaces()) {
      for (let i = titles.offsets[ordinal]!; i < titles.offsets[ordinal + 1]!; i++) this.postings[titles.ids[i]!]! += end - first;
    }
  }

  /** How many sentences sit under a section title holding the term with this id. */
  sentencesUnder(termId: number): number {
    return this.postings[termId]!;
  }

  /** A section title's analyzed terms. */
  ofSection(section: Section): ReadonlySet<string> {
    const ordinal = this.ranges.ordinalOf(section);
    return (this.sectionSets[ordinal] ??= rowTerms(this.terms.titles, ordinal, this.terms.terms));
  }

  /** A document title's analyzed terms. */
  ofDocument(document: Document): ReadonlySet<string> {
    let terms = this.documentSets.get(document);
    if (!terms) this.documentSets.set(document, (terms = new Set(this.analyzer.terms(document.title))));
    return terms;
  }

  /** The sections whose own title holds the term, in order; built on first use. */
  sectionsTitledWith(term: string): readonly Section[] {
    if (!this.titled) {
      const titled = new Map<string, Section[]>();
      const { titles, terms } = this.terms;
      for (const [section, { ordinal }] of this.ranges.sectionPlaces()) {
        for (let i = titles.offsets[ordinal]!; i < titles.offsets[ordinal + 1]!; i++) {
          const title = terms[titles.ids[i]!]!;
          const sections = titled.get(title);
          if (sections) sections.push(section);
          else titled.set(title, [section]);
        }
      }
      this.titled = titled;
    }
    return this.titled.get(term) ?? [];
  }
}
