import type { TokenFilter } from './token.ts';

/** `Mexico’s` → `Mexico`: a possessive names the same thing. */
export const stripPossessives: TokenFilter = (tokens) =>
  tokens.map((token) => ({ ...token, term: token.term.replace(/['’]s$/iu, '') }));
