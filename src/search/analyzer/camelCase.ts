import type { Token, TokenFilter } from './token.ts';

/** Where an identifier's words meet: `loadJSON` → load|JSON, `XMLParser` → XML|Parser, `miniSearch` → mini|Search. */
const WORD_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/** An identifier as code writes one: a lower-case start, a capital later (`processEnv`); `PlayStation` is a name. */
const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;

/**
 * `loadJSON` → `loadJSON`, `load` and `JSON`, at one position, as code is read: an identifier meets both its whole
 * spelling and its words. Words that start with a capital are names of prose (`McDonald`, `YouTube`), kept whole;
 * single letters (`iPhone`'s i) are no words of their own.
 */
export const splitCamelCase: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    if (!CAMEL_CASE.test(token.term)) return [token];
    const parts = token.term.split(WORD_BOUNDARY).filter((part) => part.length > 1);
    return parts.length < 2 ? [token] : [token, ...parts.map((term) => ({ ...token, term }))];
  });
