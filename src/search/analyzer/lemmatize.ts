import { readFileSync } from 'node:fs';
import { lazy } from '../../lazy.ts';
import type { TokenFilter } from './token.ts';

/** WordNet's words, parts of speech and exceptions from wink-lexicon, made by `npm run lexicon:lemmas`; its notice heads it. */
const TABLE_FILE = new URL('../lexicon/lemmas.txt', import.meta.url);

const NEWLINE = 0x0a;
const TAB = 0x09;

/** A part of speech as the table writes it: noun, verb, adjective. */
type PartOfSpeech = 'n' | 'v' | 'a';

/**
 * Words searched in the table's text before it is read into a map, about as long as reading it takes: a question
 * searches for about a thousand (its own and its candidate sentences' words), building an index for millions.
 */
const SEARCHES_BEFORE_MAP = 20_000;

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
 * table of lines (see src/lexicon/lemmaTable.ts): reading it takes a millisecond where requiring wink-lemmatizer
 * compiled 3 MB of JavaScript, a fifth of a one-shot question's start. The tests hold it to wink-lemmatizer's answers.
 */
export class WordNetLemmas {
  /** Where the lines start, after the notice. */
  private readonly start: number;
  private searches = 0;
  private lines: Map<string, string> | undefined;
  /** The last word searched for and what was found: `verb` and `noun` ask for the same word one after the other. */
  private last: { readonly word: string; readonly entry: string | undefined } | undefined;

  constructor(private readonly text: string) {
    let start = 0;
    while (text.startsWith('#', start)) start = text.indexOf('\n', start) + 1;
    this.start = start;
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

  /** Reads every line into a map now: what a long run that analyzes many words wants. */
  readAll(): this {
    if (this.lines) return this;
    this.lines = new Map();
    for (let at = this.start; at < this.text.length; ) {
      const end = this.lineEnd(at);
      const tab = this.text.indexOf('\t', at);
      this.lines.set(this.text.slice(at, tab), this.text.slice(tab + 1, end));
      at = end + 1;
    }
    return this;
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
    if (this.lines || ++this.searches > SEARCHES_BEFORE_MAP) return this.readAll().lines!.get(word);
    if (this.last?.word !== word) this.last = { word, entry: this.search(word) };
    return this.last.entry;
  }

  private search(word: string): string | undefined {
    const { text } = this;
    let low = this.start;
    let high = text.length;
    // A binary search over the lines starting in [low, high): the line around the middle, then the half the word is in.
    // Lines are short, so their ends are found by stepping along them (lastIndexOf takes longer on a long text).
    while (low < high) {
      let start = (low + high) >>> 1;
      while (start > low && text.charCodeAt(start - 1) !== NEWLINE) start--;
      const order = this.compareKey(word, start);
      let end = start;
      while (end < text.length && text.charCodeAt(end) !== NEWLINE) end++;
      if (order === 0) return text.slice(start + word.length + 1, end);
      if (order < 0) high = start;
      else low = end + 1;
    }
    return undefined;
  }

  /** Negative, zero or positive as `word` sorts before, as or after the word of the line at `start`, as `sort` orders them. */
  private compareKey(word: string, start: number): number {
    const { text } = this;
    for (let k = 0; ; k++) {
      const code = start + k < text.length ? text.charCodeAt(start + k) : TAB;
      const key = code === TAB || code === NEWLINE ? -1 : code;
      const mine = k < word.length ? word.charCodeAt(k) : -1;
      if (mine !== key || mine === -1) return mine - key;
    }
  }

  private lineEnd(start: number): number {
    const end = this.text.indexOf('\n', start);
    return end < 0 ? this.text.length : end;
  }
}

/** The lemmatizer, its table searched in place until many words are asked; read on first use. */
export const wordNetLemmas = lazy(() => new WordNetLemmas(readFileSync(TABLE_FILE, 'utf8')));

/** The lemmatizer with its table read into a map now, as the warm-up wants it. */
export const loadLemmatizer = (): WordNetLemmas => wordNetLemmas().readAll();

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
