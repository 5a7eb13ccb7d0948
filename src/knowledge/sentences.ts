/** Half-open character span `[start, end)` of a sentence inside a paragraph. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that take a period but almost never end a sentence (titles, "vs.", Latin shorthands). */
const NON_TERMINAL_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'brig',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'atty', 'supt', 'insp',
  'vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx', 'ca', 'no', 'nos', 'vol', 'pp', 'fig',
  'inc', 'co', 'corp', 'ltd', 'dept', 'univ', 'assn', 'bros',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that, capitalised after an initialism such as "U.S.", show that a new sentence has begun. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'there', 'as',
  'after', 'before', 'while', 'when', 'if', 'although', 'since', 'despite', 'for', 'so', 'yet',
]);

// A candidate boundary: terminal punctuation, any closing quotes or brackets, then white space.
const BOUNDARY = /([.!?…]+)(["'”’)\]»]*)(\s+)/gu;
const OPENS_SENTENCE = /^["'“‘(\[«¿¡]*[\p{Lu}\p{N}]/u;

/** Abbreviations and initialisms are short: looking further back for the word would only cost time on long lines. */
const LONGEST_WORD = 40;

const WORD_CHARACTER = /^[\p{L}\p{N}.]$/u;

/** Whether the code unit (or the pair ending at `end`) is a letter, a digit or a period; ASCII without a regular expression. */
function isWordCharacter(text: string, start: number, end: number): boolean {
  const unit = text.charCodeAt(start);
  if (end - start === 1 && unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || unit === 0x2e;
  return WORD_CHARACTER.test(text.slice(start, end));
}

/** The word that the period at `dotIndex` closes, e.g. "Gen", "U.S", "vs": read backwards, a code point at a time. */
function wordBefore(text: string, dotIndex: number): string {
  const limit = Math.max(0, dotIndex - LONGEST_WORD);
  let start = dotIndex;
  while (start > limit) {
    const unit = text.charCodeAt(start - 1);
    const width = unit >= 0xdc00 && unit <= 0xdfff && start - 2 >= limit ? 2 : 1;
    if (!isWordCharacter(text, start - width, start)) break;
    start -= width;
  }
  return text.slice(start, dotIndex);
}

function isInitialism(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

function endsSentence(text: string, punctuation: string, punctuationIndex: number, closers: string, next: string): boolean {
  if (!OPENS_SENTENCE.test(next)) return false;
  if (punctuation !== '.' || closers !== '') return true;
  const word = wordBefore(text, punctuationIndex);
  if (NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (isInitialism(word)) {
    const nextWord = /^[\p{L}]+/u.exec(next)?.[0].toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/**
 * Splits a paragraph into sentence spans.
 * Boundaries are terminal punctuation followed by space and a capital, digit or opening quote,
 * except after titles ("Gen."), "vs." and initialisms ("U.S.", "C.I.A.") that are not followed by a sentence opener.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(BOUNDARY)) {
    const [, punctuation = '', closers = '', space = ''] = match;
    const punctuationIndex = match.index;
    const end = punctuationIndex + punctuation.length + closers.length;
    const nextStart = end + space.length;
    if (end <= start) continue;
    if (!endsSentence(text, punctuation, punctuationIndex, closers, text.slice(nextStart, nextStart + 40))) continue;
    spans.push({ start, end });
    start = nextStart;
  }
  const end = trimEnd(text, text.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && /\s/u.test(text[index] ?? '')) index++;
  return index;
}

function trimEnd(text: string, index: number): number {
  while (index > 0 && /\s/u.test(text[index - 1] ?? '')) index--;
  return index;
}
