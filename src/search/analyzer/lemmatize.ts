import lemmatizer from 'wink-lemmatizer';
import type { TokenFilter } from './token.ts';

/**
 * Irregular forms to their lemma, from WordNet's exception lists (wink-lemmatizer): `led` → `lead`,
 * `sought` → `seek`, `children` → `child`. Regular forms are left to the stemmer, which runs next.
 */
export const lemmatizeIrregular: TokenFilter = (tokens) =>
  tokens.map((token) => {
    if (token.keyword || /\d/u.test(token.term)) return token;
    const verb = lemmatizer.verb(token.term);
    const lemma = verb !== token.term ? verb : lemmatizer.noun(token.term);
    return lemma === token.term || lemma === '' ? token : { ...token, term: lemma };
  });
