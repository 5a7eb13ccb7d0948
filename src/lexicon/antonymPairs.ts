import type { DataFile, Synset } from './wordnetData.ts';
import { plainWord } from './relatedFormPairs.ts';

/** WordNet's pointer symbol for an antonym: a link between two words, not two synsets. */
const ANTONYM = '!';

/**
 * Pairs of single words that WordNet calls opposites ("most" and least, "increase" and decrease, "new" and old),
 * each pair once, ordered: a passage that says one where a question says the other does not answer it.
 */
export function antonymPairs(files: ReadonlyMap<DataFile, ReadonlyMap<number, Synset>>): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const synsets of files.values()) {
    for (const { words, pointers } of synsets.values()) {
      for (const { symbol, file, offset, source, target } of pointers) {
        if (symbol !== ANTONYM || source === 0) continue;
        const word = plainWord(words[source - 1] ?? '');
        const opposite = plainWord(files.get(file)?.get(offset)?.words[target - 1] ?? '');
        if (word === undefined || opposite === undefined || word === opposite) continue;
        const pair: [string, string] = word < opposite ? [word, opposite] : [opposite, word];
        pairs.set(pair.join(' '), pair);
      }
    }
  }
  return [...pairs.keys()].sort().map((key) => pairs.get(key)!);
}
