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

/**
 * `€27,814` → `27,814` and `euros`, at one position: a sum meets its number and a question asking "in euros".
 * Runs first, so that both forms go through the rest of the chain.
 */
export const currencyWords: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    const currency = CURRENCY_OF_SIGN.get(token.term.charAt(0));
    if (currency === undefined || token.term.length === 1) return [token];
    return [{ ...token, term: token.term.slice(1) }, { ...token, term: currency }];
  });
