import { letterSignature } from '../rank/editDistance.ts';
import { firstAtOrAfter } from './alphabetical.ts';
import { buildPhraseData, lowerBound, pairKey, positionOf, type PhraseData } from './phraseData.ts';
import type { Postings } from './postings.ts';
import type { SentenceRange } from './sentenceRange.ts';
import { pauseAfter, runAtOnce, type Steps } from '../../steps.ts';

/** A phrase's loose words, resolved to ids (undefined when no sentence holds one), with their weights. */
export interface PhraseTerms {
  readonly words: readonly string[];
  readonly ids: readonly (number | undefined)[];
  readonly weights: readonly number[];
}

/**
 * Words or pairs found in more sentences than this say little about which one is meant ("the", "of the"), and
 * reading their sentence lists would make a query's work grow with the corpus: they are left out, unless the phrase
 * has nothing rarer.
 */
const MAX_LIST = 500;
/** Entries of its shortest list that the search for sentences holding a whole phrase reads, at most. */
const MAX_INTERSECTED = 20_000;
/** A word that begins this many indexed words or fewer also looks for them ("cartel": "cartels"), at this weight. */
const MAX_COMPLETIONS = 24;
const COMPLETION_WEIGHT = 0.5;
const MIN_COMPLETED = 2;

/** What the index derives from its spellings to look words up: each one's id and `letterSignature`, by id. */
interface Lookups {
  readonly ids: ReadonlyMap<string, number>;
  readonly signatures: readonly number[];
}

function* lookupsOf(spellings: readonly string[]): Steps<Lookups> {
  const ids = new Map<string, number>();
  const signatures: number[] = [];
  for (let id = 0; id < spellings.length; id++) {
    ids.set(spellings[id]!, id);
    signatures.push(letterSignature(spellings[id]!));
    if (pauseAfter(id)) yield;
  }
  return { ids, signatures };
}

/**
 * Every sentence as its loose words (see `looseWords`), stop words included, stored once as word ids; the
 * sentences holding each word and each pair of neighbouring words; and the vocabulary in order, for completions.
 * Finds the sentences a remembered phrase may come from, with work bounded however large the corpus, including
 * phrases of common words that BM25 over content terms misses ("would be acting in her or").
 */
export class PhraseIndex {
  private readonly ids: ReadonlyMap<string, number>;
  private readonly spellings: readonly string[];
  /** `letterSignature` of each word, by id. */
  private readonly signatures: readonly number[];
  private readonly starts: Uint32Array;
  private readonly words: Uint32Array;
  private readonly wordLists: Postings;
  private readonly pairKeys: Float64Array;
  private readonly pairLists: Postings;
  private readonly alphabetical: Uint32Array;
  /** Candidate weights by sentence, zeroed after each query. */
  private readonly tally: Float64Array;

  /** What the index is made of, to persist it. */
  readonly data: PhraseData;

  /**
   * The index of these sentence texts, or one already built (read back from a persisted index). `lookups`, when
   * given, are those `lookupsOf` made from the same data.
   */
  constructor(source: readonly string[] | PhraseData, lookups?: Lookups) {
    const data = 'words' in source ? source : buildPhraseData(source);
    this.data = data;
    this.spellings = data.spellings;
    this.starts = data.starts;
    this.words = data.words;
    this.wordLists = data.wordLists;
    this.pairKeys = data.pairKeys;
    this.pairLists = data.pairLists;
    this.alphabetical = data.alphabetical;
    ({ ids: this.ids, signatures: this.signatures } = lookups ?? runAtOnce(lookupsOf(data.spellings)));
    this.tally = new Float64Array(this.sentences);
  }

  /** The index of data already built, in steps (see `Steps`): a large corpus has a hundred thousand spellings. */
  static *assemble(data: PhraseData): Steps<PhraseIndex> {
    return new PhraseIndex(data, yield* lookupsOf(data.spellings));
  }

  get sentences(): number {
    return this.starts.length - 1;
  }

  /** The id of a loose word, or undefined when no sentence holds it. */
  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  spelling(id: number): string {
    return this.spellings[id] ?? '';
  }

  signature(id: number): number {
    return this.signatures[id] ?? 0;
  }

  /** IDF over sentences: near 0 for "the", highest for a word of one sentence. */
  weight(id: number): number {
    return this.idf(this.wordLists.get(id).length);
  }

  /** The loose word ids of a sentence (by its index id), in order. */
  wordsOf(sentence: number): Uint32Array {
    return this.words.subarray(this.starts[sentence], this.starts[sentence + 1]);
  }

  /**
   * The sentences a phrase may come from, at most `limit`: first those holding all of it (every pair of
   * neighbouring words), so that an exact phrase is never missed; then those holding the most of it, where each
   * word counts its weight, each word that a phrase word begins (when there are few) half of it, and each pair of
   * neighbouring words its own IDF. Lists of common words and pairs are skipped while rarer ones find something.
   */
  candidates(phrase: PhraseTerms, limit: number, range: SentenceRange = { first: 0, end: this.sentences }): number[] {
    const holders = this.holders(phrase, limit, range);
    const held = new Set(holders);
    const touched: number[] = [];
    for (const { sentences, weight } of this.listsToRead(phrase)) {
      for (let k = lowerBound(sentences, range.first), read = 0; k < sentences.length && read < MAX_LIST; k++, read++) {
        const sentence = sentences[k]!;
        if (sentence >= range.end) break;
        if (held.has(sentence)) continue;
        if (this.tally[sentence] === 0) touched.push(sentence);
        this.tally[sentence] = this.tally[sentence]! + weight;
      }
    }
    const rest = touched.sort((a, b) => this.tally[b]! - this.tally[a]! || a - b).slice(0, limit - holders.length);
    for (const sentence of touched) this.tally[sentence] = 0;
    return [...holders, ...rest];
  }

  /**
   * Sentences holding every pair of neighbouring words of the phrase (its word, for one word), up to `limit`:
   * the shortest list, read up to `MAX_INTERSECTED` entries, checked against the others.
   */
  private holders(phrase: PhraseTerms, limit: number, range: SentenceRange): number[] {
    const { ids } = phrase;
    if (ids.length === 0 || ids.some((id) => id === undefined)) return [];
    const positions = ids.length === 1 ? [] : ids.slice(1).map((id, i) => this.pairPosition(ids[i]!, id!));
    if (positions.some((position) => position < 0)) return [];
    const lists = ids.length === 1 ? [this.wordLists.get(ids[0]!)] : positions.map((position) => this.pairLists.get(position));
    lists.sort((a, b) => a.length - b.length);
    const [shortest, ...others] = lists as [Uint32Array, ...Uint32Array[]];
    const holders: number[] = [];
    for (let k = lowerBound(shortest, range.first), read = 0; k < shortest.length && read < MAX_INTERSECTED && holders.length < limit; k++, read++) {
      const sentence = shortest[k]!;
      if (sentence >= range.end) break;
      if (others.every((list) => list[lowerBound(list, sentence)] === sentence)) holders.push(sentence);
    }
    return holders;
  }

  /** The phrase's words, their completions and its pairs, with weights: the rare ones, or else the rarest one. */
  private listsToRead(phrase: PhraseTerms): { sentences: Uint32Array; weight: number }[] {
    const lists: { sentences: Uint32Array; weight: number }[] = [];
    phrase.words.forEach((word, i) => {
      const id = phrase.ids[i];
      const weight = phrase.weights[i]!;
      if (id !== undefined) lists.push({ sentences: this.wordLists.get(id), weight });
      for (const completion of this.completionsOf(word)) {
        if (completion !== id) lists.push({ sentences: this.wordLists.get(completion), weight: weight * COMPLETION_WEIGHT });
      }
      const next = phrase.ids[i + 1];
      const pair = id === undefined || next === undefined ? -1 : this.pairPosition(id, next);
      if (pair >= 0) {
        const sentences = this.pairLists.get(pair);
        lists.push({ sentences, weight: this.idf(sentences.length) });
      }
    });
    const rare = lists.filter((list) => list.sentences.length <= MAX_LIST);
    // Nothing rare: the rarest list alone, read only in part, so that a phrase of common words still finds something.
    return rare.length > 0 ? rare : lists.sort((a, b) => a.sentences.length - b.sentences.length).slice(0, 1);
  }

  /** The indexed words that begin with `start`, if there are few enough to be worth reading. */
  private completionsOf(start: string): Uint32Array {
    if (start.length < MIN_COMPLETED) return new Uint32Array(0);
    const first = firstAtOrAfter(this.spellings, this.alphabetical, start);
    const end = firstAtOrAfter(this.spellings, this.alphabetical, `${start}\uffff`);
    return end - first <= MAX_COMPLETIONS ? this.alphabetical.subarray(first, end) : new Uint32Array(0);
  }

  /** Whether some sentence writes the two loose words next to each other, in this order ("dot files"). */
  adjacent(first: string, second: string): boolean {
    const a = this.id(first);
    const b = this.id(second);
    return a !== undefined && b !== undefined && this.pairPosition(a, b) >= 0;
  }

  private idf(sentences: number): number {
    return Math.log(1 + this.sentences / Math.max(1, sentences));
  }

  /** Where the pair stands in `pairKeys`, or -1 when no sentence holds it. */
  private pairPosition(first: number, second: number): number {
    return positionOf(this.pairKeys, pairKey(first, second));
  }
}
