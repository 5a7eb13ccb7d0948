import { loadDictionary } from './dictionary.ts';
import { wordNetLemmas } from './lemmatize.ts';
import { stopWords } from './stopWords.ts';

/**
 * Reads now the word lists that analysis otherwise reads on first use (WordNet's exceptions, the English word
 * list, the stop words): a few hundred milliseconds better spent while the bot connects than during the first question.
 */
export function warmUpAnalysis(): void {
  stopWords();
  wordNetLemmas();
  loadDictionary();
}
