import type { Token, TokenFilter } from './token.ts';

/** The currency each sign stands for, as a question would name it. */
const CURRENCY_OF_SIGN: ReadonlyMap<string, string> = new Map([
  ['$', 'dollars'],
  ['€', 'euros'],
  ['£', 'pounds'],
  ['¥', 'yen'],
  ['₹', 'rupees'],
  ['₽', 'roubles'],
]);

/** The signs, for a character class (none is special inside one): the tokenizer keeps them on a sum, answer types look for them. */
export const CURRENCY_SIGNS = [...CURRENCY_OF_SIGN.keys()].join('');

/**
 * `€27,814` → `27,814` and `euros`, at one position: a sum meets its number and a question asking "in euros".
 * Runs first, so that both forms go through the rest of the chain. The tokenizer writes a sign only before a digit.
 */
export const currencyWords: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    const currency = CURRENCY_OF_SIGN.get(token.term.charAt(0));
    if (currency === undefined) return [token];
    return [{ ...token, term: token.term.slice(1) }, { ...token, term: currency }];
  });
