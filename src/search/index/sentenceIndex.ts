import type { Document, Section } from '../../knowledge/types.ts';
import { runAtOnce, type Steps } from '../../steps.ts';
import { namesByInitials } from '../aliases/mineAcronyms.ts';
import type { NamesByInitials } from '../aliases/namesByInitials.ts';
import type { Analyzer } from '../analyzer/analyzer.ts';
import { searchCandidates } from './candidateSearch.ts';
import { rowsHolding, type FieldPair } from './fieldPostings.ts';
import { IndexedSentence } from './indexedSentence.ts';
import type { PhraseData } from './phraseData.ts';
import { PhraseIndex } from './phraseIndex.ts';
import type { SentenceRange } from './sentenceRange.ts';
import { SentenceRanges } from './sentenceRanges.ts';
import { SentenceSearch, type SearchTerm } from './sentenceSearch.ts';
import { SentenceTerms } from './sentenceTerms.ts';
import { collectTerms, rowCount, type IndexTerms } from './termRows.ts';
import { TermStats } from './termStats.ts';
import { TitleTerms } from './titleTerms.ts';
import { Vocabularies } from './vocabularies.ts';

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
  /**
   * The term rows inverted before, each field's sentences by term, read when the whole index is first loaded (a
   * one-shot question scans the rows for its own terms instead): inverted again when absent or when it gives nothing.
   */
  readonly postings?: () => FieldPair | undefined;
  /**
   * The phrase index's data as built before from the same sentences, read on first use (a question rarely needs it):
   * built from the sentences when absent, when it gives nothing or when it does not fit them.
   */
  readonly phrases?: () => PhraseData | undefined;
  /** Read on first use (from a persisted index); found in the documents when absent or when it gives nothing. */
  readonly initials?: () => NamesByInitials | undefined;
}

/** What `assemble` computes from the parts before the index exists. */
interface Assembled {
  readonly ranges: SentenceRanges<IndexedSentence>;
  readonly search: SentenceSearch;
  readonly stats: TermStats;
  readonly titles: TitleTerms;
  readonly reader: SentenceTerms;
}

/** Candidate recall is cheap; reranking is where precision comes from, so fetch generously. */
const DEFAULT_CANDIDATES = 60;

/**
 * Every sentence of the knowledge base in MiniSearch, with the section title as a boosted field, and what ranking
 * reads besides: term statistics, where each document and section starts and ends, title terms, the typo
 * vocabularies, the phrase index and the names by initials. Each is a part with one job; this class puts them
 * together for exactly one set of documents and one analyzer.
 */
export class SentenceIndex {
  readonly stats: TermStats;
  readonly vocabularies: Vocabularies;
  private readonly ranges: SentenceRanges<IndexedSentence>;
  private readonly titles: TitleTerms;
  private readonly search: SentenceSearch;
  private readonly reader: SentenceTerms;
  private phraseIndex: PhraseIndex | undefined;
  private initials: NamesByInitials | undefined;
  private linked: ReadonlySet<string> | undefined;
  private readonly storedInitials: (() => NamesByInitials | undefined) | undefined;

  private constructor(
    readonly documents: readonly Document[],
    readonly analyzer: Analyzer,
    readonly parts: IndexParts,
    { ranges, search, stats, titles, reader }: Assembled,
  ) {
    this.ranges = ranges;
    this.reader = reader;
    this.search = search;
    this.stats = stats;
    this.titles = titles;
    this.storedInitials = parts.initials;
    this.vocabularies = new Vocabularies(parts.terms.terms, stats, () => this.phrases);
  }

  /**
   * An index over documents from its parts, computed by `build` for exactly these documents and this analyzer (or
   * read back from a persisted index of them).
   * @throws RangeError when the parts do not fit the documents.
   */
  static of(documents: readonly Document[], analyzer: Analyzer, parts: IndexParts): SentenceIndex {
    return runAtOnce(SentenceIndex.assemble(documents, analyzer, parts));
  }

  /**
   * `of` in steps (see `Steps`), so that a reload assembles a large index between questions.
   * @throws RangeError when the parts do not fit the documents.
   */
  static *assemble(documents: readonly Document[], analyzer: Analyzer, parts: IndexParts): Steps<SentenceIndex> {
    // Sentences read their index's titles and neighbours only once it is assembled.
    let index!: SentenceIndex;
    const reader = new SentenceTerms(parts.terms, analyzer, () => index.titles, (id) => index.entry(id));
    const ranges = yield* SentenceRanges.number(documents, (id, sentence, document, section) => new IndexedSentence(id, sentence, document, section, reader));
    checkParts(parts, ranges.entries.length, ranges.sectionCount);
    yield;
    // By sentence id: the ordinal of its section, which is the row of its title's terms.
    const search = yield* SentenceSearch.assemble(parts.terms, ranges.sectionOrdinals(), parts.postings);
    const frequencies = rowsHolding(parts.terms.sentences, parts.terms.terms.length);
    const stats = new TermStats((term) => search.termId(term), frequencies, ranges.entries.length);
    yield;
    const titles = new TitleTerms(parts.terms, ranges, analyzer);
    index = new SentenceIndex(documents, analyzer, parts, { ranges, search, stats, titles, reader });
    return index;
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
    return SentenceIndex.of(documents, analyzer, { terms });
  }

  /** Each field's sentences by term id: the term rows inverted. */
  get fieldPostings(): FieldPair {
    return this.search.postings;
  }

  /** Every sentence, by id. */
  get entries(): readonly IndexedSentence[] {
    return this.ranges.entries;
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

  /**
   * Every sentence's loose words, stop words included: what `/quote` matches remembered phrases against.
   * Made on first use, since only quoting and typos need it: from its stored data, else from the sentences.
   */
  get phrases(): PhraseIndex {
    this.phraseIndex ??= new PhraseIndex(this.storedPhrases() ?? this.entries.map((entry) => entry.sentence.text));
    return this.phraseIndex;
  }

  /** The stored phrase data, when there is some and it is of these sentences. */
  private storedPhrases(): PhraseData | undefined {
    const data = this.parts.phrases?.();
    return data && data.starts.length - 1 === this.entries.length ? data : undefined;
  }

  /** Every multi-word name of the documents by its initials: found on first use, since few questions need it. */
  get namesByInitials(): NamesByInitials {
    this.initials ??= this.storedInitials?.() ?? namesByInitials(this.entries.map((entry) => entry.sentence.text));
    return this.initials;
  }

  /** Loads the whole index into MiniSearch now, for a process that answers many questions (see `SentenceSearch.loadWhole`). */
  loadSearch(): void {
    this.search.loadWhole();
  }

  /** `loadSearch` between turns of the event loop. */
  loadSearchInTurns(): Promise<void> {
    return this.search.loadWholeInTurns();
  }

  /** Builds now, in steps, what the first questions would otherwise build: the typo vocabularies, the phrase index, the names. */
  *warmUp(): Steps<void> {
    const stored = this.phraseIndex ? undefined : this.storedPhrases();
    if (stored) this.phraseIndex = yield* PhraseIndex.assemble(stored);
    void this.phrases;
    yield;
    yield* this.vocabularies.warmUp();
    void this.namesByInitials;
  }

  /** The ids of a document's sentences, which are consecutive; none for a document not indexed. */
  sentencesOf(documentId: string): SentenceRange {
    return this.ranges.ofDocument(documentId);
  }

  /** The sentences of a document, or of one of its sections, in order, without looking at any other. */
  entriesOf(document: Document, section?: Section): readonly IndexedSentence[] {
    return this.ranges.slice(section ? this.ranges.ofSection(section) : this.ranges.ofDocument(document.id));
  }

  /** The sentences of a section, in order. */
  sectionEntries(section: Section): readonly IndexedSentence[] {
    return this.ranges.slice(this.ranges.ofSection(section));
  }

  /** The ids of a section's sentences, which are consecutive; none for a section not indexed. */
  sectionRange(section: Section): SentenceRange {
    return this.ranges.ofSection(section);
  }

  /** The terms of the words the documents' links point to (see `Document.linked`), made on first use. */
  get linkedTerms(): ReadonlySet<string> {
    return (this.linked ??= new Set(this.documents.flatMap((document) => (document.linked ?? []).flatMap((word) => this.analyzer.terms(word)))));
  }

  /** The sections whose own title holds the term, in order. */
  sectionsTitledWith(term: string): readonly Section[] {
    return this.titles.sectionsTitledWith(term);
  }

  /** The one term a word analyzes to, when the documents hold it: a stop word, or a word that yields several, has none. */
  heldTerm(word: string): string | undefined {
    const [term, ...more] = this.analyzer.terms(word);
    return term !== undefined && more.length === 0 && this.stats.frequency(term) > 0 ? term : undefined;
  }

  /** The documents' multi-word names with these initials ("ww" → world war). */
  namesWithInitials(initials: string): readonly (readonly string[])[] {
    return this.namesByInitials.get(initials);
  }

  /** Starts a request (a question, a phrase, a summary): what sentences read for the previous one is forgotten. */
  beginRequest(): void {
    this.reader.forget();
  }

  entry(id: number): IndexedSentence {
    const entry = this.entries[id];
    if (!entry) throw new RangeError(`No sentence ${id} in the index`);
    return entry;
  }

  /** How many sentences hold a term in their text or their section title. */
  private postings(term: string): number {
    const id = this.stats.idOf(term);
    return id === undefined ? 0 : this.stats.frequencyOf(id) + this.titles.sentencesUnder(id);
  }
}

/** @throws RangeError when the parts were not made for this many sentences and sections. */
function checkParts({ terms }: IndexParts, sentences: number, sections: number): void {
  if (rowCount(terms.sentences) !== sentences || rowCount(terms.titles) !== sections) {
    throw new RangeError(`The index holds ${rowCount(terms.sentences)} sentences and ${rowCount(terms.titles)} sections, the documents ${sentences} and ${sections}`);
  }
}
