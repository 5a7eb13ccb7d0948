import { expandAliases, type AliasRule } from './aliases.ts';
import { foldAccents, foldCase } from './fold.ts';
import { splitHyphens } from './hyphens.ts';
import { foldNumbers } from './numbers.ts';
import { joinInitialisms } from './initialisms.ts';
import { lemmatizeIrregular } from './lemmatize.ts';
import { stripPossessives } from './possessives.ts';
import { stem } from './stem.ts';
import { removeStopWords } from './stopWords.ts';
import type { Token, TokenFilter } from './token.ts';
import { tokenize } from './tokenize.ts';

/** The chain before aliases: what alias phrases are themselves analyzed with. */
export const BASE_FILTERS: readonly TokenFilter[] = [
  joinInitialisms,
  stripPossessives,
  splitHyphens,
  foldAccents,
  foldCase,
  foldNumbers,
  removeStopWords,
  lemmatizeIrregular,
  stem,
];

/**
 * One analysis chain, applied identically to indexed text and to queries (in the manner of Lucene's Analyzer):
 * tokenize → initialisms → possessives → hyphens → fold accents and case → numbers → stop words → stem → aliases.
 *
 * @example
 * const analyzer = new Analyzer([{ phrase: ['joint', 'special', 'oper', 'command'], alias: 'jsoc' }]);
 * analyzer.terms('the C.I.A. and García’s anti-narcotics operations'); // ['cia', 'garcia', 'anti', 'narcot', 'antinarcot', 'oper']
 */
export class Analyzer {
  readonly filters: readonly TokenFilter[];

  constructor(readonly aliases: readonly AliasRule[] = []) {
    this.filters = aliases.length > 0 ? [...BASE_FILTERS, expandAliases(aliases)] : BASE_FILTERS;
  }

  /** Analyzed tokens with positions and surface forms. */
  tokens(text: string): Token[] {
    return this.filters.reduce<Token[]>((tokens, filter) => filter(tokens), tokenize(text));
  }

  /** The analyzed terms alone, as MiniSearch indexes them. */
  terms(text: string): string[] {
    return this.tokens(text).map((token) => token.term);
  }
}
