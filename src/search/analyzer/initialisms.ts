import type { Token, TokenFilter } from './token.ts';

const DOTTED = /^(?:\p{L}\.)+\p{L}\.?$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** Most words shouted in capitals means the writer is shouting, not writing acronyms. */
function isShouting(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => /\p{L}{2,}/u.test(token.term));
  const capitals = words.filter((token) => ACRONYM.test(token.term));
  return words.length >= 3 && capitals.length * 2 > words.length;
}

/**
 * `U.S.` → `US`, `C.I.A.` → `CIA`, so dotted and undotted forms meet.
 * Capitalised acronyms are marked as keywords: `US` must not be dropped as the stop word "us".
 */
export const joinInitialisms: TokenFilter = (tokens) => {
  const shouting = isShouting(tokens);
  return tokens.map((token): Token => {
    const term = DOTTED.test(token.term) ? token.term.replace(/\./gu, '') : token.term;
    return { ...token, term, keyword: token.keyword || (!shouting && ACRONYM.test(term)) };
  });
};
