import type { Token, TokenFilter } from './token.ts';

const DOTTED = /^(?:\p{L}\.)+\p{L}\.?$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const TWO_LETTERS = /\p{L}{2,}/u;

/** How a word counts toward shouting: whether it is a word (two letters or more), and whether it is in capitals. */
export interface WordCase {
  readonly word: boolean;
  readonly capitals: boolean;
}

/** The four cases, shared: the analyzer remembers the case of every word it has met, a hundred thousand and more. */
const CASES: readonly WordCase[] = [false, true].flatMap((word) => [false, true].map((capitals) => ({ word, capitals })));

export function wordCase(term: string): WordCase {
  return CASES[(TWO_LETTERS.test(term) ? 2 : 0) + (ACRONYM.test(term) ? 1 : 0)]!;
}

/** Most words shouted in capitals means the writer is shouting, not writing acronyms. */
export function isShouting(cases: readonly WordCase[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const { word, capitals: inCapitals } of cases) {
    if (!word) continue;
    words++;
    if (inCapitals) capitals++;
  }
  return words >= 3 && capitals * 2 > words;
}

/** One word with its initialisms joined, and whether it is an acronym to protect (never in shouted text). */
export function joinInitialism(term: string, shouting: boolean): { readonly term: string; readonly keyword: boolean } {
  const dotted = term.includes('.') && DOTTED.test(term);
  const joined = dotted ? term.replace(/\./gu, '') : term;
  return { term: joined, keyword: !shouting && ACRONYM.test(joined) };
}

/**
 * `U.S.` → `US`, `C.I.A.` → `CIA`, so dotted and undotted forms meet.
 * Capitalised acronyms are marked as keywords: `US` must not be dropped as the stop word "us".
 */
export const joinInitialisms: TokenFilter = (tokens) => {
  const shouting = isShouting(tokens.map((token) => wordCase(token.term)));
  return tokens.map((token): Token => {
    const joined = joinInitialism(token.term, shouting);
    const keyword = token.keyword || joined.keyword;
    return joined.term === token.term && keyword === token.keyword ? token : { ...token, term: joined.term, keyword };
  });
};
