import { lazy, requirePackage } from '../../lazy.ts';
import type { TokenFilter } from './token.ts';

/** Function words that the `stopword` list leaves out but that carry no topic in a question. */
const QUESTION_FUNCTION_WORDS = [
  'does', 'doing', 'done', 'when', 'why', 'whom', 'whose', 'will', 'shall', 'she', 'its', 'itself',
  'am', 'isn', 'aren', 'wasn', 'weren', 'doesn', 'didn', 'ever', 'yes', 'us', 'o',
];

/** Contractions as chat writes them, without the apostrophe ("whats", "doesnt"): as empty as their written forms. */
const RUN_TOGETHER_CONTRACTIONS = [
  'whats', 'thats', 'heres', 'theres', 'whos', 'hows', 'im', 'ive', 'youre', 'theyre', 'dont', 'doesnt', 'didnt',
  'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'cant', 'wont', 'shouldnt', 'couldnt', 'wouldnt',
];

/** English stop words: the `stopword` package holds lists for sixty languages, so it is loaded when first needed. */
export const stopWords = lazy((): ReadonlySet<string> => new Set([...requirePackage<typeof import('stopword')>('stopword').eng, ...QUESTION_FUNCTION_WORDS, ...RUN_TOGETHER_CONTRACTIONS]));

/** Drops English stop words, but never keywords such as the acronym `US`. */
export const removeStopWords: TokenFilter = (tokens) => {
  const words = stopWords();
  return tokens.filter((token) => token.keyword || !words.has(token.term));
};
