import { aliasMatcher, expandAliases, type AliasMatcher, type AliasRule } from './aliases.ts';
import { splitCamelCase } from './camelCase.ts';
import { currencyWords } from './currency.ts';
import { foldAccents, foldCase } from './fold.ts';
import { splitHyphens } from './hyphens.ts';
import { foldNumbers } from './numbers.ts';
import { percentWords } from './percent.ts';
import { isShouting, joinInitialism, joinInitialisms, wordCase, type WordCase } from './initialisms.ts';
import { lemmatizeIrregular } from './lemmatize.ts';
import { stripPossessives } from './possessives.ts';
import { RulesByAlias } from './rulesByAlias.ts';
import { stem } from './stem.ts';
import { removeStopWords } from './stopWords.ts';
import type { Token, TokenFilter } from './token.ts';
import { wordsOf } from './tokenize.ts';
import { splitVersions } from './versions.ts';

/** The steps that look at one word at a time: a word gives the same terms wherever it stands. */
const WORD_FILTERS: readonly TokenFilter[] = [
  currencyWords,
  percentWords,
  stripPossessives,
  splitCamelCase,
  splitHyphens,
  foldAccents,
  foldCase,
  foldNumbers,
  splitVersions,
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
export const ANALYZER_VERSION = 10;

type WordForm = Pick<Token, 'term' | 'keyword'>;

/** A word as written: how it counts toward shouting, and its forms in plain and in shouted text, once computed. */
interface WordAnalysis {
  readonly case: WordCase;
  plain?: readonly WordForm[];
  shouted?: readonly WordForm[];
}

/** Words seen so far: a corpus repeats its words, so each is analyzed once. Bounded for safety. */
const words = new Map<string, WordAnalysis>();
const MAX_REMEMBERED_WORDS = 250_000;

function analysisOf(word: string): WordAnalysis {
  let analysis = words.get(word);
  if (analysis === undefined) {
    // Both forms' fields from the start, so that filling one in later needs no separate property store.
    analysis = { case: wordCase(word), plain: undefined, shouted: undefined };
    if (words.size >= MAX_REMEMBERED_WORDS) words.clear();
    words.set(word, analysis);
  }
  return analysis;
}

/** A word's forms from initialisms on, in plain or shouted text: what the chain gives it, computed once. */
function formsOfWord(word: string, analysis: WordAnalysis, shouting: boolean): readonly WordForm[] {
  const known = shouting ? analysis.shouted : analysis.plain;
  if (known) return known;
  const joined = joinInitialism(word, shouting);
  const token: Token = { term: joined.term, surface: word, position: 0, keyword: joined.keyword };
  const forms = WORD_FILTERS.reduce<Token[]>((tokens, filter) => filter(tokens), [token]).map(({ term, keyword }) => ({ term, keyword }));
  if (shouting) analysis.shouted = forms;
  else analysis.plain = forms;
  return forms;
}

/** Each written word of a text with its forms: how the chain, up to aliases, analyzes it. */
function analyzeWords(text: string): { readonly written: readonly string[]; readonly forms: readonly (readonly WordForm[])[] } {
  const written = wordsOf(text);
  const analyses = written.map(analysisOf);
  const shouting = isShouting(analyses.map((analysis) => analysis.case));
  return { written, forms: analyses.map((analysis, i) => formsOfWord(written[i]!, analysis, shouting)) };
}

/**
 * One analysis chain, applied identically to indexed text and to queries (in the manner of Lucene's Analyzer):
 * tokenize → initialisms → currency and percent signs → possessives → camelCase → hyphens → fold accents and case → numbers →
 * versions → stop words → stem → aliases.
 *
 * @example
 * const analyzer = new Analyzer([{ phrase: ['joint', 'special', 'oper', 'command'], alias: 'jsoc' }]);
 * analyzer.terms('the C.I.A. and García’s anti-narcotics operations'); // ['cia', 'garcia', 'anti', 'narcot', 'antinarcot', 'oper']
 */
export class Analyzer {
  private matcher: AliasMatcher | undefined;
  private rulesByAlias: RulesByAlias | undefined;

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

  /** The phrases an alias stands for, as analyzed terms: `jsoc` → [['joint', 'special', 'oper', 'command']]. */
  phrasesOf(alias: string): readonly (readonly string[])[] {
    this.rulesByAlias ??= new RulesByAlias(this.aliases);
    return this.rulesByAlias.of(alias).map((rule) => this.aliases[rule]!.phrase);
  }

  /** Analyzed tokens with positions and surface forms: the same as running `filters` in turn, each word analyzed once. */
  tokens(text: string): Token[] {
    const { written, forms } = analyzeWords(text);
    const tokens: Token[] = [];
    forms.forEach((wordForms, position) => {
      for (const { term, keyword } of wordForms) tokens.push({ term, surface: written[position]!, position, keyword });
    });
    const { aliasesAt } = this;
    if (!aliasesAt) return tokens;
    const terms = tokens.map((token) => token.term);
    const expanded: Token[] = [];
    tokens.forEach((token, i) => {
      expanded.push(token);
      for (const alias of aliasesAt(terms, i)) expanded.push({ ...token, term: alias, keyword: true });
    });
    return expanded;
  }

  /** The analyzed terms alone, as they are indexed: the terms of `tokens`, without building the tokens. */
  terms(text: string): string[] {
    const terms: string[] = [];
    for (const wordForms of analyzeWords(text).forms) for (const form of wordForms) terms.push(form.term);
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
