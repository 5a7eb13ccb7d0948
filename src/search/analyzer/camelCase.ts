import type { Token, TokenFilter } from './token.ts';

/** Where an identifier's words meet: `loadJSON` → load|JSON, `XMLParser` → XML|Parser, `miniSearch` → mini|Search. */
const WORD_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/**
 * `loadJSON` → `loadJSON`, `load` and `JSON`, at one position, as code is read: an identifier meets both its whole
 * spelling and its words. Single letters (`iPhone`'s i) are no words of their own.
 */
export const splitCamelCase: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    const parts = token.term.split(WORD_BOUNDARY).filter((part) => part.length > 1);
    return parts.length < 2 ? [token] : [token, ...parts.map((term) => ({ ...token, term }))];
  });
