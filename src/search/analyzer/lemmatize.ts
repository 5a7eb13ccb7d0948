import { readFileSync } from 'node:fs';
import { lazy } from '../../lazy.ts';
import { SortedLines } from './sortedLines.ts';
import type { TokenFilter } from './token.ts';

/** WordNet's words, parts of speech and exceptions from wink-lexicon, made by `npm run lexicon:lemmas`; its notice heads it. */
const TABLE_FILE = new URL('../lexicon/lemmas.txt', import.meta.url);

/** A part of speech as the table writes it: noun, verb, adjective. */
export type PartOfSpeech = 'n' | 'v' | 'a';

/** The rules wink-lemmatizer tries, in its order, on a word that is in no exception list. */
const NOUN_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/s$/u, ''],
  [/ses$/u, 's'],
  [/xes$/u, 'x'],
  [/zes$/u, 's'],
  [/ves$/u, 'f'],
  [/ches$/u, 'ch'],
  [/shes$/u, 'sh'],
  [/men$/u, 'man'],
  [/ies$/u, 'y'],
];

/**
 * wink-lemmatizer's `noun`, `verb` and `adjective` on its own data, WordNet 3.0 from wink-lexicon, kept as a sorted
 * table of lines (see src/lexicon/lemmaTable.ts) searched where it lies: reading it takes milliseconds where requiring
 * wink-lemmatizer compiled 3 MB of JavaScript, a fifth of a one-shot question's start. The tests hold it to
 * wink-lemmatizer's answers.
 */
export class WordNetLemmas {
  private readonly lines: SortedLines;
  /** The last word searched for and what was found: `verb` and `noun` ask for the same word one after the other. */
  private last: { readonly word: string; readonly entry: string | undefined } | undefined;

  constructor(text: string) {
    this.lines = new SortedLines(text);
  }

  noun(noun: string): string {
    const exception = this.exception(noun, 'n');
    if (exception !== undefined) return exception;
    for (const [ending, by] of NOUN_ENDINGS) {
      const lemma = noun.replace(ending, by);
      if (lemma.length !== noun.length && this.is(lemma, 'n')) return lemma;
    }
    return noun;
  }

  verb(verb: string): string {
    const exception = this.exception(verb, 'v');
    if (exception !== undefined) return exception;
    for (const [ending, by] of [[/s$/u, ''], [/ies$/u, 'y']] as const) {
      const lemma = verb.replace(ending, by);
      if (lemma.length !== verb.length && this.is(lemma, 'v')) return lemma;
    }
    const lemma = verb.replace(/es$|ed$|ing$/u, '');
    if (lemma.length === verb.length) return verb;
    if (this.is(lemma, 'v')) return lemma;
    return this.is(`${lemma}e`, 'v') ? `${lemma}e` : verb;
  }

  adjective(adjective: string): string {
    const exception = this.exception(adjective, 'a');
    if (exception !== undefined) return exception;
    const lemma = adjective.replace(/est$|er$/u, '');
    if (lemma.length === adjective.length) return adjective;
    if (this.is(lemma, 'a')) return lemma;
    return this.is(`${lemma}e`, 'a') ? `${lemma}e` : adjective;
  }

  /**
   * The parts of speech WordNet gives the word as written or any of its lemmas: "rotations" a noun, "drops" a noun and
   * a verb, "tokens" a noun and an adjective as "token" is.
   */
  partsOfSpeech(word: string): Set<PartOfSpeech> {
    const forms = [word, this.noun(word), this.verb(word), this.adjective(word)];
    return new Set((['n', 'v', 'a'] as const).filter((part) => forms.some((form) => this.is(form, part))));
  }

  private is(word: string, partOfSpeech: PartOfSpeech): boolean {
    return this.entry(word)?.split('\t', 1)[0]!.includes(partOfSpeech) ?? false;
  }

  private exception(word: string, partOfSpeech: PartOfSpeech): string | undefined {
    const tagged = this.entry(word)?.split('\t').find((field) => field.startsWith(`${partOfSpeech}=`));
    return tagged?.slice(2);
  }

  /** What follows the word's tab on its line, or undefined when the table has no line for it. */
  private entry(word: string): string | undefined {
    if (this.last?.word !== word) this.last = { word, entry: this.lines.find(word) };
    return this.last.entry;
  }
}

/** The lemmatizer, its table read on first use. */
export const wordNetLemmas = lazy(() => new WordNetLemmas(readFileSync(TABLE_FILE, 'utf8')));

/**
 * Irregular forms to their lemma, from WordNet's exception lists: `led` → `lead`, `sought` → `seek`, `children` →
 * `child`. Regular forms are left to the stemmer, which runs next.
 */
export const lemmatizeIrregular: TokenFilter = (tokens) =>
  tokens.map((token) => {
    if (token.keyword || /\d/u.test(token.term)) return token;
    const wordNet = wordNetLemmas();
    const verb = wordNet.verb(token.term);
    const lemma = verb !== token.term ? verb : wordNet.noun(token.term);
    return lemma === token.term || lemma === '' ? token : { ...token, term: lemma };
  });
