import { looseWords } from '../analyzer/looseWords.ts';
import type { PhraseIndex } from '../index/phraseIndex.ts';
import { editsAllowedInPhrase, typoStrength } from '../typos.ts';
import { editDistance, hasDigit, letterSignature, mayBeWithin } from './editDistance.ts';

/** The column of an indexed word like none of the fragment's, in the cache. */
const NONE = new Float64Array(0);

/** The last word may be unfinished, as while typing: a longer word it begins counts, a little less. */
const PREFIX_SIMILARITY = 0.8;
const MIN_PREFIX = 2;

/** Typos allowed between two words (and their signatures): none in numbers, where a typo is another fact. */
function maxEdits(a: string, b: string, signatures: number): number {
  return hasDigit(signatures) ? 0 : editsAllowedInPhrase(Math.max(a.length, b.length));
}

/**
 * A remembered fragment as loose words resolved against the phrase index: each word's weight (IDF; a word no
 * sentence holds weighs as much as the fragment's average), how similar it is to any indexed word (cached), and
 * the ways two words may stand for one ("dont" for "don t", "13 8" for "138").
 */
export class PhraseQuery {
  readonly words: readonly string[];
  readonly ids: readonly (number | undefined)[];
  readonly weights: readonly number[];
  readonly total: number;
  /** Similarity of each indexed word met so far to every word of the fragment, by id. */
  private readonly columns = new Map<number, Float64Array>();
  private readonly signatures: readonly number[];

  /** For each word, the splits of it into two indexed words: first part's id → second part's id. */
  private readonly splitsOf: ReadonlyMap<number, number>[];
  /** For each word after the first, the id of it written together with the one before, if indexed. */
  private readonly joined: readonly (number | undefined)[];
  /** Indexed words that take part in a split or a join, by id, with the fragment words they may stand for. */
  private readonly joinParts = new Map<number, number[]>();

  constructor(
    text: string,
    private readonly phrases: PhraseIndex,
  ) {
    this.words = looseWords(text);
    this.ids = this.words.map((word) => phrases.id(word));
    const known = this.ids.filter((id) => id !== undefined).map((id) => phrases.weight(id));
    const unknownWeight = known.length > 0 ? known.reduce((sum, weight) => sum + weight, 0) / known.length : 1;
    this.weights = this.ids.map((id) => (id === undefined ? unknownWeight : phrases.weight(id)));
    this.total = this.weights.reduce((sum, weight) => sum + weight, 0);
    this.signatures = this.words.map(letterSignature);
    this.splitsOf = this.words.map((word) => this.findSplits(word));
    this.joined = this.words.map((word, i) => (i === 0 ? undefined : phrases.id(`${this.words[i - 1]}${word}`)));
    this.splitsOf.forEach((splits, i) => {
      for (const [first, second] of splits) this.addJoinPart([first, second], [i]);
    });
    this.joined.forEach((id, i) => {
      if (id !== undefined) this.addJoinPart([id], [i - 1, i]);
    });
  }

  get length(): number {
    return this.words.length;
  }

  /**
   * How well indexed word `id` stands for each word of the fragment: 1 the same, less for a typo, 0 not at all;
   * undefined when it stands for none. Computed once per query and word.
   */
  column(id: number): Float64Array | undefined {
    let column = this.columns.get(id);
    if (column === undefined) {
      column = this.measure(id) ?? NONE;
      this.columns.set(id, column);
    }
    return column === NONE ? undefined : column;
  }

  /** Whether word `i` may be split into two indexed words at all. */
  splits(i: number): boolean {
    return this.splitsOf[i]!.size > 0;
  }

  /** Whether word `i` is indexed words `first` and `second` written together. */
  isSplitInto(i: number, first: number, second: number): boolean {
    return this.splitsOf[i]!.get(first) === second;
  }

  /** Whether words `i - 1` and `i` written together are indexed word `id`. */
  joinsInto(i: number, id: number): boolean {
    return this.joined[i] === id;
  }

  /** The fragment words that indexed word `id` may stand for as part of a split or join. */
  joinedWordsOf(id: number): readonly number[] | undefined {
    return this.joinParts.get(id);
  }

  /** Whether the sentence holds every word of the fragment, in order, side by side. */
  isHeldBy(sentence: Uint32Array): boolean {
    const { ids } = this;
    if (ids.length === 0 || ids.some((id) => id === undefined)) return false;
    for (let start = 0; start + ids.length <= sentence.length; start++) {
      let i = 0;
      while (i < ids.length && sentence[start + i] === ids[i]) i++;
      if (i === ids.length) return true;
    }
    return false;
  }

  private measure(id: number): Float64Array | undefined {
    const spelling = this.phrases.spelling(id);
    const signature = this.phrases.signature(id);
    let column: Float64Array | undefined;
    this.words.forEach((word, i) => {
      let similarity = 0;
      if (this.ids[i] === id) similarity = 1;
      else {
        const edits = maxEdits(word, spelling, signature | this.signatures[i]!);
        if (edits > 0 && mayBeWithin(signature, this.signatures[i]!, edits)) similarity = typoStrength(editDistance(word, spelling, edits));
        if (i === this.words.length - 1 && word.length >= MIN_PREFIX && spelling.startsWith(word)) similarity = Math.max(similarity, PREFIX_SIMILARITY);
      }
      if (similarity > 0) (column ??= new Float64Array(this.words.length))[i] = similarity;
    });
    return column;
  }

  private addJoinPart(ids: readonly number[], words: readonly number[]): void {
    for (const id of ids) this.joinParts.set(id, [...(this.joinParts.get(id) ?? []), ...words]);
  }

  private findSplits(word: string): Map<number, number> {
    const splits = new Map<number, number>();
    for (let at = 1; at < word.length; at++) {
      const first = this.phrases.id(word.slice(0, at));
      const second = this.phrases.id(word.slice(at));
      if (first !== undefined && second !== undefined) splits.set(first, second);
    }
    return splits;
  }
}
