import { aliasMatcher, expandAliases, type AliasMatcher, type AliasRule } from './aliases.ts';
import { foldAccents, foldCase } from './fold.ts';
import { splitHyphens } from './hyphens.ts';
import { foldNumbers } from './numbers.ts';
import { isShouting, joinInitialism, joinInitialisms, wordCase, type WordCase } from './initialisms.ts';
import { lemmatizeIrregular } from './lemmatize.ts';
import { stripPossessives } from './possessives.ts';
import { stem } from './stem.ts';
import { removeStopWords } from './stopWords.ts';
import type { Token, TokenFilter } from './token.ts';
import { tokenize, wordsOf } from './tokenize.ts';

/** The steps that look at one word at a time: a word gives the same terms wherever it stands. */
const WORD_FILTERS: readonly TokenFilter[] = [
  stripPossessives,
  splitHyphens,
  foldAccents,
  foldCase,
  foldNumbers,
  removeStopWords,
  lemmatizeIrregular,
  stem,
];

/** The chain before aliases: what alias phrases are themselves analyzed with. */
export const BASE_FILTERS: readonly TokenFilter[] = [joinInitialisms, ...WORD_FILTERS];

/**
 * Bumped whenever analysis changes what it produces for any text (a step, its order, a word list): persisted
 * indexes built by another version are then rebuilt, never reused.
 */
export const ANALYZER_VERSION = 1;

type WordForm = Pick<Token, 'term' | 'keyword'>;

/** Words seen so far and their terms: a corpus repeats its words, so each is analyzed once. Bounded for safety. */
const wordForms = { plain: new Map<string, readonly WordForm[]>(), keyword: new Map<string, readonly WordForm[]>() };
const MAX_REMEMBERED_WORDS = 250_000;

function formsOf(token: Token): readonly WordForm[] {
  const remembered = token.keyword ? wordForms.keyword : wordForms.plain;
  let forms = remembered.get(token.term);
  if (forms === undefined) {
    forms = WORD_FILTERS.reduce<Token[]>((tokens, filter) => filter(tokens), [token]).map(({ term, keyword }) => ({ term, keyword }));
    if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
    remembered.set(token.term, forms);
  }
  return forms;
}

/** A word as written: how it counts toward shouting, and its terms in plain and in shouted text, once computed. */
interface WordAnalysis {
  readonly case: WordCase;
  plain?: readonly string[];
  shouted?: readonly string[];
}

const words = new Map<string, WordAnalysis>();

function analysisOf(word: string): WordAnalysis {
  let analysis = words.get(word);
  if (analysis === undefined) {
    analysis = { case: wordCase(word) };
    if (words.size >= MAX_REMEMBERED_WORDS) words.clear();
    words.set(word, analysis);
  }
  return analysis;
}

/** A word's terms from initialisms on, in plain or shouted text: what the chain gives it, computed once. */
function termsOfWord(word: string, analysis: WordAnalysis, shouting: boolean): readonly string[] {
  const known = shouting ? analysis.shouted : analysis.plain;
  if (known) return known;
  const joined = joinInitialism(word, shouting);
  const terms = formsOf({ term: joined.term, surface: word, position: 0, keyword: joined.keyword }).map((form) => form.term);
  if (shouting) analysis.shouted = terms;
  else analysis.plain = terms;
  return terms;
}

/**
 * One analysis chain, applied identically to indexed text and to queries (in the manner of Lucene's Analyzer):
 * tokenize → initialisms → possessives → hyphens → fold accents and case → numbers → stop words → stem → aliases.
 *
 * @example
 * const analyzer = new Analyzer([{ phrase: ['joint', 'special', 'oper', 'command'], alias: 'jsoc' }]);
 * analyzer.terms('the C.I.A. and García’s anti-narcotics operations'); // ['cia', 'garcia', 'anti', 'narcot', 'antinarcot', 'oper']
 */
export class Analyzer {
  private matcher: AliasMatcher | undefined;

  constructor(readonly aliases: readonly AliasRule[] = []) {}

  /** The chain as separate steps, run one after the other: what `tokens` computes, a word at a time. */
  get filters(): readonly TokenFilter[] {
    return this.aliases.length > 0 ? [...BASE_FILTERS, expandAliases(this.aliases)] : BASE_FILTERS;
  }

  /** The alias rules as a trie, built on first use: thousands of mined rules cost a moment at start. */
  private get aliasesAt(): AliasMatcher | undefined {
    if (this.aliases.length === 0) return undefined;
    this.matcher ??= aliasMatcher(this.aliases);
    return this.matcher;
  }

  /** Analyzed tokens with positions and surface forms: the same as running `filters` in turn, each word analyzed once. */
  tokens(text: string): Token[] {
    const tokens: Token[] = [];
    for (const token of joinInitialisms(tokenize(text))) {
      for (const { term, keyword } of formsOf(token)) tokens.push({ term, surface: token.surface, position: token.position, keyword });
    }
    const { aliasesAt } = this;
    if (!aliasesAt) return tokens;
    const terms = tokens.map((token) => token.term);
    return tokens.flatMap((token, i) => {
      const aliases = aliasesAt(terms, i);
      return aliases.length === 0 ? [token] : [token, ...aliases.map((alias) => ({ ...token, term: alias, keyword: true }))];
    });
  }

  /** The analyzed terms alone, as they are indexed: the terms of `tokens`, each word's looked up once analyzed. */
  terms(text: string): string[] {
    const written = wordsOf(text);
    const analyses = written.map(analysisOf);
    const shouting = isShouting(analyses.map((analysis) => analysis.case));
    const terms: string[] = [];
    analyses.forEach((analysis, i) => {
      for (const term of termsOfWord(written[i]!, analysis, shouting)) terms.push(term);
    });
    const { aliasesAt } = this;
    if (!aliasesAt) return terms;
    const expanded: string[] = [];
    terms.forEach((term, i) => {
      expanded.push(term);
      for (const alias of aliasesAt(terms, i)) expanded.push(alias);
    });
    return expanded;
  }
}
