import type Lemmatizer from 'wink-lemmatizer';
import { lazy, requirePackage } from '../../lazy.ts';
import type { TokenFilter } from './token.ts';

/** WordNet's word lists take a good part of a second to load, so they are read when first needed (or warmed up). */
export const loadLemmatizer = lazy(() => requirePackage<typeof Lemmatizer>('wink-lemmatizer'));

/**
 * Irregular forms to their lemma, from WordNet's exception lists (wink-lemmatizer): `led` → `lead`,
 * `sought` → `seek`, `children` → `child`. Regular forms are left to the stemmer, which runs next.
 */
export const lemmatizeIrregular: TokenFilter = (tokens) =>
  tokens.map((token) => {
    if (token.keyword || /\d/u.test(token.term)) return token;
    const wordNet = loadLemmatizer();
    const verb = wordNet.verb(token.term);
    const lemma = verb !== token.term ? verb : wordNet.noun(token.term);
    return lemma === token.term || lemma === '' ? token : { ...token, term: lemma };
  });
