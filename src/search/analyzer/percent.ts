import type { Token, TokenFilter } from './token.ts';

/** The words a question names a share by: "What percentage…?", "by how many percent". */
const PERCENT_WORDS = ['percent', 'percentage'] as const;

/**
 * `25%` → `25`, `percent` and `percentage`, at one position: a share meets its number and a question asking for a
 * percentage. The tokenizer writes the sign only after a digit.
 */
export const percentWords: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    if (!token.term.endsWith('%')) return [token];
    return [{ ...token, term: token.term.slice(0, -1) }, ...PERCENT_WORDS.map((term) => ({ ...token, term }))];
  });
