import { LRUCache } from 'lru-cache';
import SearchableMap from 'minisearch/SearchableMap';
import type { Document, Paragraph, Section } from '../../knowledge/types.ts';
import { namesByInitials, type NamesByInitials } from '../aliases/mineAcronyms.ts';
import type { Analyzer } from '../analyzer/analyzer.ts';
import type { Token } from '../analyzer/token.ts';
import { searchCandidates } from './candidateSearch.ts';
import type { SearchTerm } from './sentenceSearch.ts';
import { IndexedSentence, type SentenceReader } from './indexedSentence.ts';
import { PhraseIndex } from './phraseIndex.ts';
import type { SentenceRange } from './sentenceRange.ts';
import { SentenceSearch } from './sentenceSearch.ts';
import { collectTerms, rowCount, rowLength, rowTerms, type IndexTerms } from './termRows.ts';
import { TermStats } from './termStats.ts';
import type { PackedTree } from './termTree.ts';

export { IndexedSentence } from './indexedSentence.ts';

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

/** What an index is made of besides its documents and analyzer: what `build` computes and a persisted index holds. */
export interface IndexParts {
  readonly terms: IndexTerms;
  /** MiniSearch's tree of terms as built before from the same terms: rebuilt from it, sooner than term by term. */
  readonly tree?: PackedTree;
  /** Built on first use when absent. */
  readonly phrases?: PhraseIndex;
  /** Read on first use (from a persisted index); found in the documents when absent or when it gives nothing. */
  readonly initials?: () => NamesByInitials | undefined;
}

/** Candidate recall is cheap; reranking is where precision comes from, so fetch generously. */
const DEFAULT_CANDIDATES = 60;
/** Sentences whose terms and tokens are kept once read: a question's candidates, many times over. */
const REMEMBERED_SENTENCES = 4096;

/**
 * Every sentence of the knowledge base in MiniSearch, with the section title as a boosted field, plus the
 * per-sentence terms and term statistics that reranking needs, and where each document and section starts and ends.
 */
export class SentenceIndex implements SentenceReader {
  readonly entries: readonly IndexedSentence[];
  readonly stats: TermStats;
  private readonly termIds: ReadonlyMap<string, number>;
  /** By term id: how many sentences hold the term in their section title. */
  private readonly titlePostings: Uint32Array;
  private readonly documentRanges = new Map<string, SentenceRange>();
  private readonly sectionRanges = new Map<Section, SentenceRange & { readonly ordinal: number }>();
  private readonly search: SentenceSearch;
  private readonly titleSets: (ReadonlySet<string> | undefined)[];
  private readonly documentTitleSets = new Map<Document, ReadonlySet<string>>();
  private titledSections: Map<string, Section[]> | undefined;
  private readonly recentTerms = new LRUCache<number, ReadonlySet<string>>({
    max: REMEMBERED_SENTENCES,
    memoMethod: (id) => rowTerms(this.parts.terms.sentences, id, this.parts.terms.terms),
  });
  private readonly recentTokens = new LRUCache<number, readonly Token[]>({
    max: REMEMBERED_SENTENCES,
    memoMethod: (id) => this.analyzer.tokens(this.entry(id).sentence.text),
  });
  /** A paragraph's terms, read from the sentence that asks for them (the context). */
  private readonly recentParagraphs = new LRUCache<Paragraph, ReadonlySet<string>, IndexedSentence>({
    max: REMEMBERED_SENTENCES,
    memoMethod: (paragraph, _stale, { context: entry }) => {
      const first = entry.id - (entry.sentence.ref.sentence - 1);
      const union = new Set<string>();
      for (let id = first; id < first + paragraph.sentences.length; id++) for (const term of this.termsOf(id)) union.add(term);
      return union;
    },
  });
  private typoVocabulary: SearchableMap<number> | undefined;
  private spellingVocabulary: SearchableMap<number> | undefined;
  private phraseIndex: PhraseIndex | undefined;
  private initials: NamesByInitials | undefined;
  private readonly storedInitials: (() => NamesByInitials | undefined) | undefined;

  /**
   * An index over documents from its parts, computed by `build` for exactly these documents and this analyzer (or
   * read back from a persisted index of them).
   * @throws RangeError when the parts do not fit the documents.
   */
  constructor(
    readonly documents: readonly Document[],
    readonly analyzer: Analyzer,
    readonly parts: IndexParts,
  ) {
    const entries: IndexedSentence[] = [];
    for (const document of documents) {
      const first = entries.length;
      for (const section of document.sections) {
        const sectionFirst = entries.length;
        for (const paragraph of section.paragraphs) {
          for (const sentence of paragraph.sentences) entries.push(new IndexedSentence(entries.length, sentence, document, section, this));
        }
        this.sectionRanges.set(section, { first: sectionFirst, end: entries.length, ordinal: this.sectionRanges.size });
      }
      this.documentRanges.set(document.id, { first, end: entries.length });
    }
    this.entries = entries;
    checkParts(parts, entries.length, this.sectionRanges.size);
    // By sentence id: the ordinal of its section, which is the row of its title's terms.
    this.search = SentenceSearch.build(parts.terms, sectionOrdinals(this.sectionRanges.values(), entries.length), parts.tree);
    this.phraseIndex = parts.phrases;
    this.storedInitials = parts.initials;
    this.titleSets = new Array<undefined>(this.sectionRanges.size);

    const { terms, sentences, titles } = parts.terms;
    this.termIds = new Map(terms.map((term, id) => [term, id]));
    const frequencies = new Uint32Array(terms.length);
    for (const id of sentences.ids) frequencies[id]!++;
    this.stats = new TermStats(this.termIds, frequencies, entries.length);
    this.titlePostings = new Uint32Array(terms.length);
    for (const { first, end, ordinal } of this.sectionRanges.values()) {
      for (let i = titles.offsets[ordinal]!; i < titles.offsets[ordinal + 1]!; i++) this.titlePostings[titles.ids[i]!]! += end - first;
    }
  }

  /** Analyzes every sentence and section title of the documents and indexes them. */
  static build(documents: readonly Document[], analyzer: Analyzer): SentenceIndex {
    const sentenceTerms: string[][] = [];
    const titleTerms: string[][] = [];
    for (const document of documents) {
      for (const section of document.sections) {
        titleTerms.push(analyzer.terms(section.title));
        for (const paragraph of section.paragraphs) {
          for (const sentence of paragraph.sentences) {
            sentenceTerms.push(analyzer.terms(sentence.text));
          }
        }
      }
    }
    const terms = collectTerms(sentenceTerms, titleTerms);
    return new SentenceIndex(documents, analyzer, { terms });
  }

  /**
   * Best-scoring sentences for a free-text query, its words as written, or for the terms a parsed question resolved
   * to (typos included, each at its strength), by MiniSearch (BM25), optionally within one document.
   */
  candidates(query: string | readonly SearchTerm[], { limit = DEFAULT_CANDIDATES, documentId }: CandidateOptions = {}): Candidate[] {
    const context = { search: this.search, postings: (term: string) => this.postings(term) };
    const range = documentId === undefined ? undefined : this.sentencesOf(documentId);
    const terms = typeof query === 'string' ? this.analyzer.terms(query).map((term) => ({ term, boost: 1 })) : query;
    return searchCandidates(context, terms, { limit, ...(range ? { range } : {}) }).map((hit) => ({
      entry: this.entry(hit.id),
      score: hit.score,
    }));
  }

  /** How many distinct terms the index holds: how far looking up near spellings may go (see `LARGE_VOCABULARY`). */
  get vocabularySize(): number {
    return this.termIds.size;
  }

  /** Every term of the sentences' text, with its sentence frequency, for typo-tolerant lookup of query terms. Built on first use. */
  get vocabulary(): SearchableMap<number> {
    if (!this.typoVocabulary) {
      const vocabulary = new SearchableMap<number>();
      for (const term of this.parts.terms.terms) {
        const frequency = this.stats.frequency(term);
        if (frequency > 0) vocabulary.set(term, frequency);
      }
      this.typoVocabulary = vocabulary;
    }
    return this.typoVocabulary;
  }

  /**
   * Every word of the sentences as written, loosely (lower case, no accents; see `looseWords`), with its id in the
   * phrase index: a typo is made in the spelling, not in the stem ("presdient" is two edits from "president" but four
   * from its stem `presid`). Built on first use.
   */
  get spellings(): SearchableMap<number> {
    this.spellingVocabulary ??= SearchableMap.from(this.phrases.data.spellings.map((spelling, id): [string, number] => [spelling, id]));
    return this.spellingVocabulary;
  }

  /**
   * Every sentence's loose words, stop words included: what `/quote` matches remembered phrases against.
   * Built on first use, since only quoting needs it.
   */
  get phrases(): PhraseIndex {
    this.phraseIndex ??= new PhraseIndex(this.entries.map((entry) => entry.sentence.text));
    return this.phraseIndex;
  }

  /** MiniSearch's tree of terms, packed: what rebuilds this index sooner (see `IndexParts.tree`). The one it was rebuilt from, if any, is that already. */
  packedTree(): PackedTree {
    return this.parts.tree ?? this.search.packedTree();
  }

  /** Every multi-word name of the documents by its initials: found on first use, since few questions need it. */
  get namesByInitials(): NamesByInitials {
    this.initials ??= this.storedInitials?.() ?? namesByInitials(this.entries.map((entry) => entry.sentence.text));
    return this.initials;
  }

  /** Builds now what the first questions would otherwise build: terms' sentences, the typo vocabularies, the phrase index, the names. */
  warmUp(): void {
    this.search.warmUp();
    void this.vocabulary;
    void this.phrases;
    void this.spellings;
    void this.namesByInitials;
  }

  /** The ids of a document's sentences, which are consecutive; none for a document not indexed. */
  sentencesOf(documentId: string): SentenceRange {
    return this.documentRanges.get(documentId) ?? { first: 0, end: 0 };
  }

  /** The sentences of a document, or of one of its sections, in order, without looking at any other. */
  entriesOf(document: Document, section?: Section): readonly IndexedSentence[] {
    return section ? this.sectionEntries(section) : this.slice(this.documentRanges.get(document.id));
  }

  /** The sentences of a section, in order. */
  sectionEntries(section: Section): readonly IndexedSentence[] {
    return this.slice(this.sectionRanges.get(section));
  }

  /** The ids of a section's sentences, which are consecutive; none for a section not indexed. */
  sectionRange(section: Section): SentenceRange {
    return this.sectionRanges.get(section) ?? { first: 0, end: 0 };
  }

  private slice(range: SentenceRange | undefined): readonly IndexedSentence[] {
    return range ? this.entries.slice(range.first, range.end) : [];
  }

  /** The sections whose own title holds the term, in order; built on first use from the titles' terms. */
  sectionsTitledWith(term: string): readonly Section[] {
    if (!this.titledSections) {
      const bySection = [...this.sectionRanges.keys()];
      const { titles, terms } = this.parts.terms;
      this.titledSections = new Map();
      bySection.forEach((section, ordinal) => {
        for (let i = titles.offsets[ordinal]!; i < titles.offsets[ordinal + 1]!; i++) {
          const title = terms[titles.ids[i]!]!;
          const sections = this.titledSections!.get(title);
          if (sections) sections.push(section);
          else this.titledSections!.set(title, [section]);
        }
      });
    }
    return this.titledSections.get(term) ?? [];
  }

  /** The documents' multi-word names with these initials ("ww" → world war). */
  namesWithInitials(initials: string): readonly (readonly string[])[] {
    return this.namesByInitials.get(initials) ?? [];
  }

  entry(id: number): IndexedSentence {
    const entry = this.entries[id];
    if (!entry) throw new RangeError(`No sentence ${id} in the index`);
    return entry;
  }

  /** @internal Read through `IndexedSentence.tokens`. */
  tokensOf(entry: IndexedSentence): readonly Token[] {
    return this.recentTokens.memo(entry.id);
  }

  /** @internal Read through `IndexedSentence.tokenCount`. */
  tokenCountOf(id: number): number {
    return rowLength(this.parts.terms.sentences, id);
  }

  /** @internal Read through `IndexedSentence.terms`. */
  termsOf(id: number): ReadonlySet<string> {
    return this.recentTerms.memo(id);
  }

  /** @internal Read through `IndexedSentence.titleTerms`. */
  titleTermsOf(section: Section): ReadonlySet<string> {
    const ordinal = this.sectionRanges.get(section)?.ordinal ?? 0;
    return (this.titleSets[ordinal] ??= rowTerms(this.parts.terms.titles, ordinal, this.parts.terms.terms));
  }

  /** @internal Read through `IndexedSentence.documentTitleTerms`. */
  documentTitleTermsOf(document: Document): ReadonlySet<string> {
    let terms = this.documentTitleSets.get(document);
    if (!terms) this.documentTitleSets.set(document, (terms = new Set(this.analyzer.terms(document.title))));
    return terms;
  }

  /** @internal Read through `IndexedSentence.paragraphTerms`. */
  paragraphTermsOf(entry: IndexedSentence): ReadonlySet<string> {
    const paragraph = entry.section.paragraphs[entry.sentence.ref.paragraph - 1];
    if (!paragraph) return entry.terms;
    return this.recentParagraphs.memo(paragraph, { context: entry });
  }

  /** How many sentences hold a term in their text or their section title. */
  private postings(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.stats.frequency(term) + this.titlePostings[id]!;
  }
}

/** By sentence id: the ordinal of the section holding it. */
function sectionOrdinals(sections: Iterable<SentenceRange & { readonly ordinal: number }>, sentences: number): Uint32Array {
  const ordinals = new Uint32Array(sentences);
  for (const { first, end, ordinal } of sections) ordinals.fill(ordinal, first, end);
  return ordinals;
}

/** @throws RangeError when the parts were not made for this many sentences and sections. */
function checkParts({ terms, phrases }: IndexParts, sentences: number, sections: number): void {
  if (rowCount(terms.sentences) !== sentences || rowCount(terms.titles) !== sections) {
    throw new RangeError(`The index holds ${rowCount(terms.sentences)} sentences and ${rowCount(terms.titles)} sections, the documents ${sentences} and ${sections}`);
  }
  if (phrases && phrases.sentences !== sentences) {
    throw new RangeError(`The phrase index holds ${phrases.sentences} sentences, the documents ${sentences}`);
  }
}
