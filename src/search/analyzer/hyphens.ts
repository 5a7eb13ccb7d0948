import type { Token, TokenFilter } from './token.ts';

/**
 * `anti-narcotics` → `anti`, `narcotics` and `antinarcotics`, at one position,
 * so that the hyphenated, spaced and closed-up spellings all meet. Numbers are only split: `15-1` is not 151.
 */
export const splitHyphens: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    if (!token.term.includes('-')) return [token];
    const parts = token.term.split('-').filter((part) => part !== '');
    const closedUp = parts.some((part) => /\d/u.test(part)) ? [] : [parts.join('')];
    return [...parts, ...closedUp].map((term) => ({ ...token, term }));
  });
