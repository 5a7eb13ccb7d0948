import MiniSearch, { type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Document, Section, Sentence } from '../../knowledge/types.ts';
import { namesByInitials, type NamesByInitials } from '../aliases/mineAcronyms.ts';
import type { Analyzer } from '../analyzer/analyzer.ts';
import type { Token } from '../analyzer/token.ts';
import { PhraseIndex } from './phraseIndex.ts';
import { TermStats } from './termStats.ts';

/** A sentence as the index knows it: its place in the knowledge and its analyzed tokens. */
export interface IndexedSentence {
  /** Position in the whole knowledge base, from 0; also the MiniSearch id. */
  readonly id: number;
  readonly sentence: Sentence;
  readonly document: Document;
  readonly section: Section;
  readonly tokens: readonly Token[];
  readonly terms: ReadonlySet<string>;
  /** Analyzed terms of the section title, shared by every sentence of the section. */
  readonly titleTerms: ReadonlySet<string>;
  /** Analyzed terms of the whole paragraph, shared by its sentences: a passage's topic reaches past one sentence. */
  readonly paragraphTerms: ReadonlySet<string>;
}

export interface Candidate {
  readonly entry: IndexedSentence;
  /** MiniSearch's BM25 score. */
  readonly score: number;
}

export interface CandidateOptions {
  readonly limit?: number;
  /** Only sentences of this document. */
  readonly documentId?: string;
}

/** Sentence ids from `first` up to but not including `end`. */
export interface SentenceRange {
  readonly first: number;
  readonly end: number;
}

interface IndexedFields {
  readonly id: number;
  readonly text: string;
  readonly title: string;
}

/** Candidate recall is cheap; reranking is where precision comes from, so fetch generously. */
const DEFAULT_CANDIDATES = 60;

/**
 * Every sentence of the knowledge base in MiniSearch, with the section title as a boosted field,
 * plus the per-sentence tokens and term statistics that reranking needs.
 */
export class SentenceIndex {
  readonly entries: readonly IndexedSentence[];
  readonly stats = new TermStats();
  /** Every indexed term, for typo-tolerant lookup of query terms. */
  readonly vocabulary = new SearchableMap<number>();
  private readonly search: MiniSearch<IndexedFields>;
  private readonly ranges = new Map<string, SentenceRange>();
  private phraseIndex: PhraseIndex | undefined;
  private initials: NamesByInitials | undefined;

  constructor(
    readonly documents: readonly Document[],
    readonly analyzer: Analyzer,
  ) {
    const entries: IndexedSentence[] = [];
    for (const document of documents) {
      const first = entries.length;
      for (const section of document.sections) {
        const titleTerms = new Set(analyzer.terms(section.title));
        for (const paragraph of section.paragraphs) {
          const paragraphTerms = new Set<string>();
          for (const sentence of paragraph.sentences) {
            const tokens = analyzer.tokens(sentence.text);
            const terms = new Set(tokens.map((token) => token.term));
            for (const term of terms) paragraphTerms.add(term);
            entries.push({ id: entries.length, sentence, document, section, tokens, terms, titleTerms, paragraphTerms });
          }
        }
      }
      this.ranges.set(document.id, { first, end: entries.length });
    }
    this.entries = entries;
    for (const entry of entries) this.stats.add(entry.terms);
    for (const term of this.stats.terms()) this.vocabulary.set(term, this.stats.frequency(term));
    this.search = new MiniSearch<IndexedFields>({
      fields: ['text', 'title'],
      tokenize: (text) => analyzer.terms(text),
      processTerm: (term) => term,
      searchOptions: { boost: { title: 0.5 }, combineWith: 'OR' },
    });
    this.search.addAll(entries.map((entry) => ({ id: entry.id, text: entry.sentence.text, title: entry.section.title })));
  }

  /**
   * Best-scoring sentences for a free-text query, by MiniSearch (BM25, with typo tolerance on longer terms),
   * optionally within one document.
   */
  candidates(query: string, { limit = DEFAULT_CANDIDATES, documentId }: CandidateOptions = {}): Candidate[] {
    const results: SearchResult[] = this.search.search(query, {
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0),
      weights: { fuzzy: 0.4, prefix: 0.3 },
      ...(documentId === undefined ? {} : { filter: (result) => this.entry(result.id as number).document.id === documentId }),
    });
    return results.slice(0, limit).map((result) => ({ entry: this.entry(result.id as number), score: result.score }));
  }

  /**
   * Every sentence's loose words, stop words included: what `/quote` matches remembered phrases against.
   * Built on first use, since only quoting needs it.
   */
  get phrases(): PhraseIndex {
    this.phraseIndex ??= new PhraseIndex(this.entries.map((entry) => entry.sentence.text));
    return this.phraseIndex;
  }

  /** The ids of a document's sentences, which are consecutive; none for a document not indexed. */
  sentencesOf(documentId: string): SentenceRange {
    return this.ranges.get(documentId) ?? { first: 0, end: 0 };
  }

  /** The documents' multi-word names with these initials ("ww" → world war), found on first use: few questions need it. */
  namesWithInitials(initials: string): readonly (readonly string[])[] {
    this.initials ??= namesByInitials(this.entries.map((entry) => entry.sentence.text));
    return this.initials.get(initials) ?? [];
  }

  entry(id: number): IndexedSentence {
    const entry = this.entries[id];
    if (!entry) throw new RangeError(`No sentence ${id} in the index`);
    return entry;
  }
}
