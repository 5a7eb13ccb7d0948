import { createRequire } from 'node:module';
import type Lemmatizer from 'wink-lemmatizer';
import type { TokenFilter } from './token.ts';

const require = createRequire(import.meta.url);
let lemmatizer: typeof Lemmatizer | undefined;

/** WordNet's word lists take a good part of a second to load, so they are read when first needed (or warmed up). */
export function loadLemmatizer(): typeof Lemmatizer {
  lemmatizer ??= require('wink-lemmatizer') as typeof Lemmatizer;
  return lemmatizer;
}

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
