import type { Token, TokenFilter } from './token.ts';

/** What joins the parts of a written word: a hyphen, or an en dash between numbers (`1646–7`, see tokenize.ts). */
export const DASH = /[-–]/u;
const DIGIT = /\d/u;
const YEAR = /^[12]\d{3}$/u;
const YEAR_ENDING = /^\d{1,2}$/u;

/**
 * The last year of a range written short, `1646–7` or `2010-11`: 1647, 2011 (`1999-00`: 2000). Nothing for
 * other pairs of numbers, such as the score `24–10`, whose second number is not a later year's ending.
 */
export function rangeEnd(first: string, second: string): string | undefined {
  if (!YEAR.test(first) || !YEAR_ENDING.test(second)) return undefined;
  const start = Number(first);
  const step = 10 ** second.length;
  let end = start - (start % step) + Number(second);
  if (end <= start) end += step;
  return end - start < step ? String(end) : undefined;
}

/**
 * `anti-narcotics` → `anti`, `narcotics` and `antinarcotics`, at one position,
 * so that the hyphenated, spaced and closed-up spellings all meet. Numbers are only split: `15-1` is not 151,
 * but a range of years written short also gives its last year: `1646–7` → 1646, 7 and 1647.
 */
export const splitHyphens: TokenFilter = (tokens) =>
  tokens.flatMap((token): Token[] => {
    if (!DASH.test(token.term)) return [token];
    const parts = token.term.split(DASH).filter((part) => part !== '');
    const numeric = parts.some((part) => DIGIT.test(part));
    const end = parts.length === 2 ? rangeEnd(parts[0]!, parts[1]!) : undefined;
    const extra = numeric ? (end ? [end] : []) : [parts.join('')];
    return [...parts, ...extra].map((term) => ({ ...token, term }));
  });
