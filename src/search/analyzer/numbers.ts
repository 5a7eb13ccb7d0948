import type { TokenFilter } from './token.ts';

/** A Map, not an object literal: a word such as `constructor` must not find Object.prototype's. */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70',
  eighty: '80', ninety: '90', hundred: '100', first: '1', second: '2', third: '3', fourth: '4', fifth: '5',
  sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10',
}));

/**
 * `two` → `2`, `10th` → `10`, `third` → `3`, `1950s` → `1950`: numbers meet however they are written.
 * Runs after case folding, before stop words.
 */
export const foldNumbers: TokenFilter = (tokens) =>
  tokens.map((token) => {
    const ordinal = /^(\d+)(?:st|nd|rd|th|s)$/u.exec(token.term);
    const term = ordinal?.[1] ?? NUMBER_WORDS.get(token.term) ?? token.term;
    return term === token.term ? token : { ...token, term };
  });
