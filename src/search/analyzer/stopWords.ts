import { createRequire } from 'node:module';
import type { TokenFilter } from './token.ts';

const require = createRequire(import.meta.url);

/** Function words that the `stopword` list leaves out but that carry no topic in a question. */
const QUESTION_FUNCTION_WORDS = [
  'does', 'doing', 'done', 'when', 'why', 'whom', 'whose', 'will', 'shall', 'she', 'its', 'itself',
  'am', 'isn', 'aren', 'wasn', 'weren', 'doesn', 'didn', 'ever', 'yes', 'us', 'o',
];

let stopWordSet: ReadonlySet<string> | undefined;

/** English stop words: the `stopword` package holds lists for sixty languages, so it is loaded when first needed. */
export function stopWords(): ReadonlySet<string> {
  stopWordSet ??= new Set([...(require('stopword') as typeof import('stopword')).eng, ...QUESTION_FUNCTION_WORDS]);
  return stopWordSet;
}

/** Drops English stop words, but never keywords such as the acronym `US`. */
export const removeStopWords: TokenFilter = (tokens) => {
  const words = stopWords();
  return tokens.filter((token) => token.keyword || !words.has(token.term));
};
