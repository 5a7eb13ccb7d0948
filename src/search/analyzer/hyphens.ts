import type { Token, TokenFilter } from './token.ts';

/**
 * `anti-narcotics` → `anti`, `narcotics` and `antinarcotics`, at one position,
 * so that the hyphenated, spaced and closed-up spellings all meet.
 */
export const splitHyphens: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    if (!token.term.includes('-')) return [token];
    const parts = token.term.split('-').filter((part) => part !== '');
    return [...parts, parts.join('')].map((term) => ({ ...token, term }));
  });
