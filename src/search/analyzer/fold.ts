import type { TokenFilter } from './token.ts';

/** `García` → `Garcia`: strips diacritics after canonical decomposition; ligatures and widths fold too. */
export function foldAccentsOf(text: string): string {
  // Plain ASCII has nothing to fold, and most text is plain ASCII: skip the costly normalisation.
  return /^[\x00-\x7f]*$/u.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export const foldAccents: TokenFilter = (tokens) => tokens.map((token) => ({ ...token, term: foldAccentsOf(token.term) }));

/** Case folding, plus apostrophes and number grouping removed: `don’t` → `dont`, `1,000` → `1000`. */
export const foldCase: TokenFilter = (tokens) =>
  tokens.map((token) => ({ ...token, term: token.term.toLowerCase().replace(/['’]|(?<=\d),(?=\d)/gu, '') }));
