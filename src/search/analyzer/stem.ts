import { stemmer } from 'stemmer';
import type { TokenFilter } from './token.ts';

/** Porter stemming (`operations` → `oper`), except for keywords and numbers. */
export const stem: TokenFilter = (tokens) =>
  tokens.map((token) => (token.keyword || /\d/u.test(token.term) ? token : { ...token, term: stemmer(token.term) }));
