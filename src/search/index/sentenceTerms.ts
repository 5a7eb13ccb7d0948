import { LRUCache } from 'lru-cache';
import type { Document, Paragraph, Section } from '../../knowledge/types.ts';
import type { Analyzer } from '../analyzer/analyzer.ts';
import type { Token } from '../analyzer/token.ts';
import type { IndexedSentence, SentenceReader } from './indexedSentence.ts';
import { rowLength, rowTerms, type IndexTerms } from './termRows.ts';
import type { TitleTerms } from './titleTerms.ts';

/** Sentences whose terms and tokens are kept once read, within one request: a question's candidates, many times over. */
const REMEMBERED_SENTENCES = 4096;

/**
 * What an indexed sentence reads of itself on demand: its terms from the index's compact rows, its tokens analyzed
 * again, its paragraph's and titles' terms. A question needs them of few sentences, so the recent ones are kept.
 */
export class SentenceTerms implements SentenceReader {
  private readonly recentTerms = new LRUCache<number, ReadonlySet<string>>({
    max: REMEMBERED_SENTENCES,
    memoMethod: (id) => rowTerms(this.terms.sentences, id, this.terms.terms),
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

  constructor(
    private readonly terms: IndexTerms,
    private readonly analyzer: Analyzer,
    private readonly titles: () => TitleTerms,
    private readonly entry: (id: number) => IndexedSentence,
  ) {}

  /**
   * Forgets every sentence read so far. Kept from one request to the next, they would outlive V8's young generation
   * and, once evicted, be garbage that only a full collection reclaims, in pauses inside a later question.
   */
  forget(): void {
    this.recentTerms.clear();
    this.recentTokens.clear();
    this.recentParagraphs.clear();
  }

  tokensOf(entry: IndexedSentence): readonly Token[] {
    return this.recentTokens.memo(entry.id);
  }

  tokenCountOf(id: number): number {
    return rowLength(this.terms.sentences, id);
  }

  termsOf(id: number): ReadonlySet<string> {
    return this.recentTerms.memo(id);
  }

  titleTermsOf(section: Section): ReadonlySet<string> {
    return this.titles().ofSection(section);
  }

  documentTitleTermsOf(document: Document): ReadonlySet<string> {
    return this.titles().ofDocument(document);
  }

  paragraphTermsOf(entry: IndexedSentence): ReadonlySet<string> {
    const paragraph = entry.section.paragraphs[entry.sentence.ref.paragraph - 1];
    if (!paragraph) return entry.terms;
    return this.recentParagraphs.memo(paragraph, { context: entry });
  }
}
