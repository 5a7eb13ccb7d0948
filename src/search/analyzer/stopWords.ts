import { eng } from 'stopword';
import type { TokenFilter } from './token.ts';

/** Function words that the `stopword` list leaves out but that carry no topic in a question. */
const QUESTION_FUNCTION_WORDS = [
  'does', 'doing', 'done', 'when', 'why', 'whom', 'whose', 'will', 'shall', 'she', 'its', 'itself',
  'am', 'isn', 'aren', 'wasn', 'weren', 'doesn', 'didn', 'ever', 'yes', 'us', 'o',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...QUESTION_FUNCTION_WORDS]);

/** Drops English stop words, but never keywords such as the acronym `US`. */
export const removeStopWords: TokenFilter = (tokens) =>
  tokens.filter((token) => token.keyword || !STOP_WORDS.has(token.term));
