import { loadKnowledge, type LoadOptions, type SkippedFile } from '../knowledge/load.ts';
import type { ReloadedKnowledge } from '../knowledge/reload.ts';
import type { Document, Section } from '../knowledge/types.ts';
import { looseWords } from './analyzer/looseWords.ts';
import { tokenize } from './analyzer/tokenize.ts';
import { warmUpAnalysis } from './analyzer/warmUp.ts';
import { runAtOnce, runInSlices, type Steps } from '../steps.ts';
import { reloadOffThread } from './build/reloadOffThread.ts';
import { buildIndex } from './buildIndex.ts';
import { IndexCache, type IndexOrigin } from './index/persist/indexCache.ts';
import type { IndexedSentence, SentenceIndex } from './index/sentenceIndex.ts';
import { loadAbbreviations } from './lexicon/abbreviations.ts';
import { loadRelatedForms } from './lexicon/relatedForms.ts';
import { judgeEvidence, type Verdict } from './rank/evidence.ts';
import { findPhrase, type PhraseMatches, type PhraseOptions } from './rank/findPhrase.ts';
import type { Query } from './rank/query.ts';
import { askedTerms, rankQuestion, type QuestionRanking, type RankOptions } from './rank/rankQuestion.ts';
import { extractSummary, type ExtractOptions } from './summary/extract.ts';

export type { IndexedSentence } from './index/sentenceIndex.ts';
export type { IndexOrigin } from './index/persist/indexCache.ts';
export type { ReloadedKnowledge } from '../knowledge/reload.ts';
export type { RefusalReason, Verdict } from './rank/evidence.ts';
export type { PhraseMatch, PhraseMatches, PhraseOptions } from './rank/findPhrase.ts';
export type { Query } from './rank/query.ts';
export type { QuestionRanking, RankOptions } from './rank/rankQuestion.ts';
export type { RankedSentence } from './rank/rerank.ts';
export type { Window } from './rank/windows.ts';
export type { ExtractOptions } from './summary/extract.ts';
export type { SummaryModel } from './summary/model.ts';
export { MAX_WINDOW_LENGTH } from './rank/windows.ts';

/** Where the documents are read from, and where built indexes are kept so that the next start reads one instead. */
export interface OpenOptions extends LoadOptions {
  readonly cacheDir?: string;
}

/**
 * docent's search over a set of documents, behind one class as MiniSearch is: the engine asks it to rank a question,
 * judge whether the best passage answers it, find a remembered phrase and pick a summary's sentences, and reads the
 * indexed sentences it quotes. How it does so (the analyzer, the MiniSearch index, candidates, ranking, refusal)
 * stays inside `src/search/`.
 *
 * @example
 * const search = DocumentSearch.build(documents);
 * const ranking = search.rankQuestion('Who leads the faction pushing for strikes?');
 * search.judge(ranking).answerable; // true: the best window answers it
 * search.findPhrase('sovreignty is not negociable', { limit: 3 }).matches[0]?.exact; // false: typos
 */
export class DocumentSearch {
  /**
   * A search over an index built (or read) for exactly its documents. The index is exposed for the fit, the eval
   * and the bench, which measure its parts; the engine goes through the methods.
   */
  constructor(readonly index: SentenceIndex) {}

  /** Mines the documents' aliases and indexes every sentence and section title. */
  static build(documents: readonly Document[]): DocumentSearch {
    return new DocumentSearch(buildIndex(documents));
  }

  /**
   * Loads every `.md` and `.txt` file of a folder and its search. With a cache folder, files unchanged since the
   * cache was written are not parsed again, and the index is read from it when it was built from exactly these
   * documents; otherwise it is built and written.
   * @throws KnowledgeError when the folder is missing or holds no usable document.
   *
   * @example
   * const { search, skipped } = await DocumentSearch.open('knowledge');
   * const cached = await DocumentSearch.open('knowledge', { cacheDir: '.cache' }); // cached.origin.source: 'cache' | 'built'
   */
  static async open(dir: string, { cacheDir, ...options }: OpenOptions = {}): Promise<{ search: DocumentSearch; skipped: readonly SkippedFile[]; origin?: IndexOrigin }> {
    if (cacheDir === undefined) {
      const { documents, skipped } = await loadKnowledge(dir, options);
      return { search: DocumentSearch.build(documents), skipped };
    }
    const { knowledge, index, origin } = await new IndexCache(cacheDir).load(dir, options);
    return { search: new DocumentSearch(index), skipped: knowledge.skipped, origin };
  }

  /** The words of a text as a member might type them: lower case, no accents, punctuation as breaks. */
  static looseWords(text: string): string[] {
    return looseWords(text);
  }

  /** The words of a text as written, as the analyzer cuts them: what a quote's matched words are compared with. */
  static writtenWords(text: string): string[] {
    return tokenize(text).map((token) => token.surface);
  }

  get documents(): readonly Document[] {
    return this.index.documents;
  }

  /** Every indexed sentence, in document order. */
  get sentences(): readonly IndexedSentence[] {
    return this.index.entries;
  }

  /** The sentences of a document, or of one of its sections, in order. */
  sentencesOf(document: Document, section?: Section): readonly IndexedSentence[] {
    return this.index.entriesOf(document, section);
  }

  /**
   * Reads a folder again on top of a search in service, as `open` would read it, in a worker thread (see
   * `reloadOffThread`): a file that now fails keeps its previous version. The new search is assembled and warmed up
   * here in slices, between which the event loop keeps answering with the previous one.
   * @throws KnowledgeError when the folder is missing or would leave no document; Error when the thread fails.
   *
   * @example
   * const { search, knowledge } = await DocumentSearch.reload('knowledge', current, { cacheDir: '.cache' });
   * knowledge.changed; // ['notes.md']
   */
  static async reload(dir: string, previous: DocumentSearch, options: OpenOptions = {}): Promise<{ search: DocumentSearch; knowledge: ReloadedKnowledge }> {
    const { knowledge, index } = await reloadOffThread(dir, previous.documents, options);
    const search = new DocumentSearch(index);
    await runInSlices(search.warmUpSteps());
    await index.loadSearchInTurns();
    return { search, knowledge };
  }

  /** Reads and builds now what the first questions would otherwise wait for: word lists, lexicons, typo vocabularies, phrases, MiniSearch's whole index. */
  warmUp(): void {
    runAtOnce(this.warmUpSteps());
    this.index.loadSearch();
  }

  /**
   * A question's passages, best first: candidates from MiniSearch reranked by evidence and widened into windows,
   * within one document when given or named by the question.
   *
   * @example
   * search.rankQuestion('What did Sheinbaum say?').windows[0]; // the best window of consecutive sentences
   * search.rankQuestion('drones', { document: 'us-mexico-security' });
   */
  rankQuestion(question: string, options?: RankOptions): QuestionRanking {
    this.index.beginRequest();
    return rankQuestion(this.index, question, options);
  }

  private *warmUpSteps(): Steps<void> {
    warmUpAnalysis();
    loadRelatedForms();
    loadAbbreviations();
    yield* this.index.warmUp();
  }

  /**
   * Whether the best of a ranking's windows answers its question and, when not, why and which words are missing.
   *
   * @example
   * search.judge(search.rankQuestion('What did Canada say?')); // { answerable: false, reason: 'not-mentioned', missing: ['Canada'] }
   * search.judge(ranking, 0.3); // demand that the best window meets 30 % of the question's weight
   * search.judge(search.rankQuestion('what is pino?')); // answerable: the named document's lead, whatever the coverage
   */
  judge({ query, windows, leadAsked }: QuestionRanking, minCoverage?: number): Verdict {
    // A document the question names exists, and its lead says what it is, though it may never repeat the name.
    if (leadAsked) return { answerable: true, missing: [] };
    return judgeEvidence(this.index, query, windows, minCoverage);
  }

  /** The terms a question resolved to, as indexed: what its quoted passages highlight. */
  askedTerms(query: Query): Set<string> {
    return askedTerms(query);
  }

  /**
   * The sentences matching a remembered phrase, typos and dropped words tolerated, best first.
   *
   * @example
   * search.findPhrase('sovreignty is not negociable', { limit: 3 });
   * search.findPhrase('drones', { limit: 5, document: 'us-mexico-security' });
   */
  findPhrase(text: string, options: PhraseOptions): PhraseMatches {
    this.index.beginRequest();
    return findPhrase(this.index, text, options);
  }

  /**
   * The most representative of these sentences, in document order.
   *
   * @example
   * search.summarySentences(search.sentencesOf(document), { count: 3 });
   * search.summarySentences(sentences, { count: 5, groupOf: (entry) => entry.section }); // one per section first
   */
  summarySentences(sentences: readonly IndexedSentence[], options: ExtractOptions): IndexedSentence[] {
    this.index.beginRequest();
    return extractSummary(sentences, this.index.stats, options);
  }
}
