import type { Document, Section, Sentence } from '../../knowledge/types.ts';
import type { Token } from '../analyzer/token.ts';

/** Where a sentence reads what it does not hold itself: the index it belongs to. */
export interface SentenceReader {
  tokensOf(entry: IndexedSentence): readonly Token[];
  tokenCountOf(id: number): number;
  termsOf(id: number): ReadonlySet<string>;
  titleTermsOf(section: Section): ReadonlySet<string>;
  documentTitleTermsOf(document: Document): ReadonlySet<string>;
  paragraphTermsOf(entry: IndexedSentence): ReadonlySet<string>;
}

/**
 * A sentence as the index knows it: its place in the knowledge and its analyzed terms. Terms are read from the
 * index's compact rows and tokens analyzed again when asked for, since a question needs them of few sentences.
 */
export class IndexedSentence {
  constructor(
    /** Position in the whole knowledge base, from 0; also the MiniSearch id. */
    readonly id: number,
    readonly sentence: Sentence,
    readonly document: Document,
    readonly section: Section,
    private readonly index: SentenceReader,
  ) {}

  /** Analyzed tokens with positions and surface forms. */
  get tokens(): readonly Token[] {
    return this.index.tokensOf(this);
  }

  /** How many analyzed tokens the sentence has, without analyzing it again. */
  get tokenCount(): number {
    return this.index.tokenCountOf(this.id);
  }

  get terms(): ReadonlySet<string> {
    return this.index.termsOf(this.id);
  }

  /** Analyzed terms of the section title, shared by every sentence of the section. */
  get titleTerms(): ReadonlySet<string> {
    return this.index.titleTermsOf(this.section);
  }

  /** Analyzed terms of the document's title, the context of all it says: a manual rarely repeats its own name. */
  get documentTitleTerms(): ReadonlySet<string> {
    return this.index.documentTitleTermsOf(this.document);
  }

  /** Analyzed terms of the whole paragraph, shared by its sentences: a passage's topic reaches past one sentence. */
  get paragraphTerms(): ReadonlySet<string> {
    return this.index.paragraphTermsOf(this);
  }
}
