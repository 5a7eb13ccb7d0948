import { lazy, requirePackage } from '../../lazy.ts';
import type { TokenFilter } from './token.ts';

/** Function words that the `stopword` list leaves out but that carry no topic in a question. */
const QUESTION_FUNCTION_WORDS = [
  'does', 'doing', 'done', 'when', 'why', 'whom', 'whose', 'will', 'shall', 'she', 'its', 'itself',
  'am', 'isn', 'aren', 'wasn', 'weren', 'doesn', 'didn', 'ever', 'yes', 'us', 'o',
];

/**
 * Contractions as members type them without the apostrophe: "whats", "doesnt". Only those that are no other word:
 * "shell", "ill" and "id" are words of their own.
 */
const BARE_CONTRACTIONS = [
  'whats', 'thats', 'theres', 'heres', 'hows', 'whos', 'wheres', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt',
  'werent', 'hasnt', 'havent', 'hadnt', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'wont', 'im', 'ive', 'youre',
  'youve', 'youll', 'theyre', 'theyve', 'weve',
];

/** A word with a contraction's ending: "what's", "isn't", "you're", "I'll". */
const CONTRACTED = /^(\p{L}+?)(?:n['’]t|['’](?:s|re|ve|m|ll|d))$/u;

/** English stop words: the `stopword` package holds lists for sixty languages, so it is loaded when first needed. */
export const stopWords = lazy(
  (): ReadonlySet<string> => new Set([...requirePackage<typeof import('stopword')>('stopword').eng, ...QUESTION_FUNCTION_WORDS, ...BARE_CONTRACTIONS]),
);

/** Whether a word (folded) is a stop word, or a stop word contracted ("what's", "doesn't", "can't"). */
export function isStopWord(word: string): boolean {
  const words = stopWords();
  if (words.has(word)) return true;
  const stem = CONTRACTED.exec(word)?.[1];
  return stem !== undefined && (words.has(stem) || words.has(`${stem}n`));
}

/** Drops English stop words, but never keywords such as the acronym `US`. */
export const removeStopWords: TokenFilter = (tokens) => tokens.filter((token) => token.keyword || !isStopWord(token.term));
